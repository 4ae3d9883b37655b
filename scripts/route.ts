// npm run route -- "<from>" "<to>": the model's car route between two points, for the method note and for
// checking by hand. Each end is "lon,lat", a meeting place (its id or its label, e.g. "Servicekontor
// Torsby"), or a name resolved through the finder's search index (its best hit, as /?q= resolves it).
// Prints `<minutes> <km>` on the first line, then the road numbers used, then the caveat if the route
// crosses a suspected gap. Reads public/data/ (run `npm run data` first). The route is computed by
// ReachService.route, which shares its code with travelFrom, the finder's call.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { placedPlaces, type EnginePlace } from "../src/data/reachScenarios.ts";
import type { MeetingPlaceCollection } from "../src/data/schema.ts";
import { decodeSearchEntries, type SearchEntriesFile } from "../src/search/entries.ts";
import { searchKey } from "../src/search/normalize.ts";
import { buildSearchIndex, searchPlaces, type SearchIndex } from "../src/search/searchIndex.ts";
import { ReachService, type RouteResult } from "../src/worker/reachService.ts";
import type { LonLat } from "../src/worker/travelTypes.ts";
import { repoRoot } from "./load-sources.ts";

/** A labelled meeting place, as the CLI matches it by id or label. */
export interface LabelledPlace extends EnginePlace {
  label: string;
}

export interface RouteContext {
  service: ReachService;
  index: SearchIndex;
  places: readonly LabelledPlace[];
}

/** One end of a route: a meeting place (routed exactly as the finder routes to it) or a bare point. */
export type RouteEnd =
  { kind: "place"; place: LabelledPlace; label: string } | { kind: "point"; lonLat: LonLat; label: string };

const LON_LAT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

/** Resolves "lon,lat", a place id or label (all query words in the label), else the search's best hit. */
export function resolveEnd(text: string, context: RouteContext): RouteEnd {
  const coordinates = LON_LAT.exec(text);
  if (coordinates) {
    const lonLat: LonLat = [Number(coordinates[1]), Number(coordinates[2])];
    return { kind: "point", lonLat, label: `${lonLat[0]},${lonLat[1]}` };
  }
  const byId = context.places.find((p) => p.id === text.trim());
  if (byId) return { kind: "place", place: byId, label: byId.label };
  const words = searchKey(text).split(" ");
  // A single word ("Torsby") is a town, not an office: only two or more words are matched to labels.
  if (words.length >= 2) {
    const matches = context.places.filter((p) => {
      const labelWords = new Set(searchKey(p.label).split(" "));
      return words.every((w) => labelWords.has(w));
    });
    const exact = matches.filter((p) => searchKey(p.label) === searchKey(text));
    const chosen = exact.length === 1 ? exact : matches;
    if (chosen.length === 1) return { kind: "place", place: chosen[0]!, label: chosen[0]!.label };
    if (chosen.length > 1)
      throw new Error(`"${text}" matches ${chosen.length} places: ${chosen.map((p) => p.id).join(", ")}`);
  }
  const [best] = searchPlaces(context.index, text, 1);
  if (!best) throw new Error(`"${text}": no place, search hit or lon,lat`);
  return { kind: "point", lonLat: best.entry.position, label: `${best.entry.label} (${best.entry.detail})` };
}

function originOf(end: RouteEnd): LonLat {
  return end.kind === "point" ? end.lonLat : [end.place.lon, end.place.lat];
}

/** The route between two ends through ReachService, the code the finder's worker runs. */
export function routeBetween(
  context: RouteContext,
  fromText: string,
  toText: string,
): RouteResult & {
  from: RouteEnd;
  to: RouteEnd;
} {
  const from = resolveEnd(fromText, context);
  const to = resolveEnd(toText, context);
  const target: EnginePlace =
    to.kind === "place"
      ? to.place
      : {
          id: "route-target",
          lon: to.lonLat[0],
          lat: to.lonLat[1],
          kommunKod: "",
          kind: "booked",
          status: "current",
        };
  return { ...context.service.route(originOf(from), target), from, to };
}

/** Reads public/data/ as the browser would fetch it. */
export function loadRouteContext(dataDir = join(repoRoot, "public", "data")): RouteContext {
  const read = (name: string) => readFileSync(join(dataDir, name));
  const network = read("reach-network.bin");
  const service = new ReachService(
    network.buffer.slice(network.byteOffset, network.byteOffset + network.byteLength),
  );
  const index = buildSearchIndex(
    decodeSearchEntries(JSON.parse(read("search-entries.json").toString("utf8")) as SearchEntriesFile),
  );
  const collection = JSON.parse(read("meeting-places.geojson").toString("utf8")) as MeetingPlaceCollection;
  const labels = new Map(collection.features.map((f) => [f.properties.id, f.properties.label]));
  const places = placedPlaces(collection).map((p) => ({ ...p, label: labels.get(p.id) ?? p.id }));
  return { service, index, places };
}

function main(): void {
  const [fromText, toText] = process.argv.slice(2);
  if (!fromText || !toText) {
    console.error('usage: npm run route -- "<from>" "<to>"   (a name, a meeting place, or lon,lat)');
    process.exit(2);
  }
  let result: ReturnType<typeof routeBetween>;
  try {
    result = routeBetween(loadRouteContext(), fromText, toText);
  } catch (error) {
    console.error(`route: ${(error as Error).message}`);
    process.exit(1);
  }
  if (!Number.isFinite(result.minutes)) {
    console.error(`route: no road connection from ${result.from.label} to ${result.to.label}`);
    process.exit(1);
  }
  console.log(`${result.minutes} ${result.km}`);
  console.log(result.roads.join(" "));
  console.log(`${result.from.label} → ${result.to.label}`);
  if (result.gapCaveat) console.log("caveat: the road data has a gap here; the real trip is likely shorter");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
