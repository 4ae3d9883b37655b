// The Web Worker: fetches the binary network (and, for aggregates, the cells) from the site's own origin
// once, then answers ReachRequests with ReachService. No request leaves the origin.
import { placedPlaces, type EnginePlace } from "../data/reachScenarios.ts";
import type { MeetingPlaceCollection } from "../data/schema.ts";
import type { ReachReply, ReachRequest } from "./messages.ts";
import { ReachService } from "./reachService.ts";

let service: Promise<ReachService> | null = null;
let cells: Promise<void> | null = null;
let publishedPlaces: Promise<EnginePlace[]> | null = null;

function getPublishedPlaces(): Promise<EnginePlace[]> {
  publishedPlaces ??= fetch(new URL("meeting-places.geojson", dataBase())).then(async (response) => {
    if (!response.ok) throw new Error(`meeting-places.geojson: HTTP ${response.status}`);
    return placedPlaces((await response.json()) as MeetingPlaceCollection);
  });
  return publishedPlaces;
}

async function fetchBuffer(name: string): Promise<ArrayBuffer> {
  const response = await fetch(new URL(name, dataBase()));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** data/ beside the page: the worker is told the page's base URL in its name (see reachClient.ts). */
function dataBase(): URL {
  return new URL("data/", self.name || self.location.origin + "/");
}

function getService(): Promise<ReachService> {
  service ??= fetchBuffer("reach-network.bin").then((buffer) => new ReachService(buffer));
  return service;
}

async function withCells(): Promise<ReachService> {
  const s = await getService();
  cells ??= fetchBuffer("reach-cells.bin").then((buffer) => s.loadCells(buffer));
  await cells;
  return s;
}

self.onmessage = async (event: MessageEvent<ReachRequest>) => {
  const request = event.data;
  let reply: ReachReply;
  try {
    switch (request.type) {
      case "travelFrom": {
        const s = await getService();
        const places = request.places ?? (await getPublishedPlaces());
        reply = { id: request.id, type: "travelFrom", ...s.travelFrom(request.origin, places) };
        break;
      }
      case "scenario": {
        const s = await withCells();
        const started = performance.now();
        const reach = s.scenario(request.key, request.places);
        const ms = performance.now() - started;
        reply = { id: request.id, type: "scenario", reach, ms, mode: s.lastScenarioMode };
        break;
      }
      case "reachArea": {
        const s = await getService();
        reply = { id: request.id, type: "reachArea", area: s.reachArea(request.places, request.minutes) };
        break;
      }
    }
  } catch (error) {
    reply = { id: request.id, type: "error", reason: (error as Error).message };
  }
  self.postMessage(reply);
};
