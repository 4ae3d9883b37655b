// The import worker: parses and positions a dropped file off the main thread (PapaParse runs here, not in
// its own worker mode, which cannot clone functions). The gazetteer is built once from the site's own
// search-entries.json and kommuner.geojson. The bytes never leave the browser.
import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import { buildGazetteer, type ImportGazetteer, type ServiceName } from "../data/import/gazetteer.ts";
import { importPlaces } from "../data/import/importPlaces.ts";
import { decodeSearchEntries, type SearchEntriesFile } from "../search/entries.ts";
import {
  IMPORT_CHUNK_ROWS,
  type ImportFeatureCollection,
  type ImportReply,
  type ImportRequest,
} from "./importProtocol.ts";

let gazetteer: Promise<ImportGazetteer> | null = null;
const mapUrls = new Set<string>();

function dataBase(): URL {
  return new URL("data/", self.name || self.location.origin + "/");
}

async function fetchJson<T>(name: string): Promise<T> {
  const response = await fetch(new URL(name, dataBase()));
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function getGazetteer(services: ServiceName[]): Promise<ImportGazetteer> {
  gazetteer ??= Promise.all([
    fetchJson<SearchEntriesFile>("search-entries.json"),
    fetchJson<FeatureCollection<Polygon | MultiPolygon, { kod: string }>>("kommuner.geojson"),
  ]).then(([entries, kommuner]) =>
    buildGazetteer(
      decodeSearchEntries(entries),
      kommuner.features.map((f) => ({ kommunKod: f.properties.kod, geometry: f.geometry })),
      services,
    ),
  );
  gazetteer.catch(() => (gazetteer = null));
  return gazetteer;
}

const post = (reply: ImportReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === "release") {
    for (const url of mapUrls)
      if (url !== request.keep) {
        URL.revokeObjectURL(url);
        mapUrls.delete(url);
      }
    return;
  }
  try {
    const g = await getGazetteer(request.services);
    const started = performance.now();
    // Reading the bytes counts in `ms`, as it would for a user.
    const result = importPlaces(new Uint8Array(await request.file.arrayBuffer()), g, request.options);
    if (!result.ok) {
      post({ id: request.id, type: "failed", problem: result.problem, detected: result.detected });
      return;
    }
    const { accepted, rejected, ...head } = result;
    post({ id: request.id, type: "head", head });
    // One chunk per worker task: the main thread takes each as it comes instead of a burst.
    // (A MessageChannel round trip, not setTimeout: nested timers are clamped to 4 ms.)
    const nextTask = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    for (let i = 0; i < accepted.length; i += IMPORT_CHUNK_ROWS) {
      post({ id: request.id, type: "accepted", places: accepted.slice(i, i + IMPORT_CHUNK_ROWS) });
      await nextTask();
    }
    for (let i = 0; i < rejected.length; i += IMPORT_CHUNK_ROWS) {
      post({ id: request.id, type: "rejected", rows: rejected.slice(i, i + IMPORT_CHUNK_ROWS) });
      await nextTask();
    }
    // The map reads its layer from a blob: URL in MapLibre's own worker, so the main thread never
    // clones a large GeoJSON object. Older URLs are freed by a "release" request.
    const collection: ImportFeatureCollection = {
      type: "FeatureCollection",
      features: accepted.map((p) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [p.lon, p.lat] } satisfies Point,
        properties: { id: p.id, name: p.name, kind: p.kind, precision: p.precision },
      })),
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(collection)], { type: "application/geo+json" }));
    mapUrls.add(url);
    post({ id: request.id, type: "done", mapData: url, ms: performance.now() - started });
  } catch (error) {
    post({ id: request.id, type: "error", reason: error instanceof Error ? error.message : String(error) });
  }
};
