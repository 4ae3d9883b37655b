// npm run data, public-transport step (issue 12): reads the GTFS feed in ../shared/data/transit and the
// outputs build-data.ts just wrote (summary.json, reach-cells.bin, meeting-places.geojson), computes the
// door-to-door public-transport figures for the feed's kommuner and writes them into summary.json
// (summary.transit and kommuner[i].reach.<kind>.transit). Exits 1 with every notice if the feed is unusable.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  TRANSIT_FEED_DIR,
  TRANSIT_FEED_NOTES,
  buildTransit,
  withTransit,
} from "../src/data/gtfs/transitPipeline.ts";
import { transitPlaces } from "../src/data/gtfs/transitInputs.ts";
import { decodeCells } from "../src/data/reachBinary.ts";
import type { MeetingPlaceCollection, Summary } from "../src/data/schema.ts";
import { transitCellsFromCellData } from "../src/geo/transit/area.ts";
import { TRANSIT_KINDS } from "../src/geo/transit/types.ts";
import { dataDir, read, repoRoot } from "./load-sources.ts";
import { readFeedFolder, transitFeedFolder } from "./load-transit.ts";

const outDir = join(repoRoot, "public", "data");
const started = performance.now();
let summary: Summary;
let files: Map<string, string>;
let cellsBuffer: Buffer;
let meetingPlaces: MeetingPlaceCollection;
try {
  summary = JSON.parse(read(join(outDir, "summary.json"))) as Summary;
  meetingPlaces = JSON.parse(read(join(outDir, "meeting-places.geojson"))) as MeetingPlaceCollection;
  cellsBuffer = readFileSync(join(outDir, "reach-cells.bin"));
  files = readFeedFolder(transitFeedFolder);
} catch (error) {
  console.error(`npm run data (transit): ${(error as Error).message}; run scripts/build-data.ts first`);
  process.exit(1);
}

const cells = transitCellsFromCellData(decodeCells(new Uint8Array(cellsBuffer).buffer));
const { build, notices } = buildTransit(
  files,
  { cells, places: transitPlaces(meetingPlaces), kommuner: summary.kommuner },
  TRANSIT_FEED_NOTES,
);
const feedPath = `${dataDir}/${TRANSIT_FEED_DIR}`;
if (!build) {
  console.error(`npm run data (transit): the GTFS feed ${feedPath} cannot be used:`);
  for (const n of notices) console.error(`  ${feedPath}/${n.file}:${n.line} ${n.code}: ${n.message}`);
  process.exit(1);
}
writeFileSync(join(outDir, "summary.json"), JSON.stringify(withTransit(summary, build)));

const { transit } = build;
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
console.log(
  `transit: ${transit.feed.name} (${transit.feed.id} ${transit.feed.feedVersion}, ${transit.feed.validFrom}–${transit.feed.validTo}); ` +
    `${transit.serviceDate} ${hhmm(transit.window.fromMin)}–${hhmm(transit.window.toMin)}, ${build.result.trips} trips in range; ` +
    `${transit.kommunKoder.length} kommuner, ${transit.cells} cells, ${transit.departures} departure minutes`,
);
console.log(
  `transit validation: ${transit.validation.errors} errors, ${transit.validation.warnings} warnings` +
    transit.validation.notices
      .map((n) => `; ${n.code} ×${n.count} (first ${n.first.file}:${n.first.line})`)
      .join(""),
);
for (const kind of TRANSIT_KINDS) {
  let population = 0;
  let within60 = 0;
  let none = 0;
  for (const figures of build.perKommun.values()) {
    population += figures[kind].population;
    within60 += figures[kind].popWithin["60"];
    none += figures[kind].noConnectionPopulation;
  }
  console.log(
    `transit ${kind}: ${((within60 / population) * 100).toFixed(1)} % of ${population} people within 60 min at the median minute; ` +
      `${((none / population) * 100).toFixed(1)} % with no connection within ${transit.assumptions.maxTripMin} min`,
  );
}
console.log(
  `wrote transit figures into public/data/summary.json in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
