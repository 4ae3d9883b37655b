// The transit worker: a planner's own GTFS feed, read and computed off the main thread by TransitService
// (the same class Node tests run). Fetches reach-cells.bin, meeting-places.geojson and summary.json (the
// kommun seats) from the site's own origin once; the feed's files never leave the browser and are kept
// only in this worker's memory.
import { decodeCells } from "../data/reachBinary.ts";
import type { MeetingPlaceCollection, Summary } from "../data/schema.ts";
import type { TransitReply, TransitRequest } from "./transitProtocol.ts";
import { TransitService } from "./transitService.ts";

let service: Promise<TransitService> | null = null;

/** data/ beside the page: the worker is told the page's base URL in its name (see transitClient.ts). */
function dataBase(): URL {
  return new URL("data/", self.name || self.location.origin + "/");
}

async function fetchOk(name: string): Promise<Response> {
  const response = await fetch(new URL(name, dataBase()));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response;
}

function getService(): Promise<TransitService> {
  service ??= Promise.all([
    fetchOk("reach-cells.bin").then((r) => r.arrayBuffer()),
    fetchOk("meeting-places.geojson").then((r) => r.json() as Promise<MeetingPlaceCollection>),
    fetchOk("summary.json").then((r) => r.json() as Promise<Summary>),
  ]).then(([cells, places, summary]) => new TransitService(decodeCells(cells), places, summary.kommuner));
  service.catch(() => (service = null));
  return service;
}

self.onmessage = async (event: MessageEvent<TransitRequest>) => {
  const request = event.data;
  let reply: TransitReply;
  try {
    switch (request.type) {
      case "load": {
        const s = await getService();
        const sources = await Promise.all(
          request.files.map(async (f) => ({
            name: f.name,
            bytes: new Uint8Array(await f.blob.arrayBuffer()),
          })),
        );
        const outcome = s.load(sources);
        reply = outcome.ok
          ? {
              id: request.id,
              type: "loaded",
              feed: outcome.feed,
              validation: outcome.validation,
              defaults: outcome.defaults,
              routeTypes: outcome.routeTypes,
            }
          : { id: request.id, type: "failed", problem: outcome.problem, validation: outcome.validation };
        break;
      }
      case "compute": {
        const s = await getService();
        const started = performance.now();
        const result = s.compute(request.options);
        reply = { id: request.id, type: "computed", result, ms: performance.now() - started };
        break;
      }
      case "clear":
        (await service)?.clear();
        reply = { id: request.id, type: "cleared" };
        break;
    }
  } catch (error) {
    reply = { id: request.id, type: "error", reason: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
