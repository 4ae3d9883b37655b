// Why: a planner who loads a region's GTFS feed gets the public-transport figures computed in a browser
// worker, so the whole window (07:00–09:00, every minute) for every inhabited cell of the feed's area must
// take about 2 s or less (≤ 20 ms a departure minute) in Node on this 2-core machine. This times
// computeTransitReach — both kinds, timetable and walking legs included — on the Norrbotten feed and the
// build's cells, places and seats, against a naive baseline measured in the same run: a fresh forward
// RAPTOR for each cell and minute (test/geo/transit/naive.ts), timed on a sample of cells and scaled up.
// Run alone: npx tsx test/bench/transit.bench.ts
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { dataDir, loadReachSources, loadSources, read, repoRoot } from "../../scripts/load-sources.ts";
import { readFeedFolder } from "../../scripts/load-transit.ts";
import { readGtfs } from "../../src/data/gtfs/read.ts";
import { transitPlaces } from "../../src/data/gtfs/transitInputs.ts";
import { buildData } from "../../src/data/pipeline.ts";
import { parsePopulationGrid } from "../../src/data/population.ts";
import { SEAT_CORRECTIONS_FILE, parseKommunSeats } from "../../src/data/reference.ts";
import { assignToAreas } from "../../src/geo/assignAreas.ts";
import { cellsInKommuner, defaultServiceDate, feedArea } from "../../src/geo/transit/area.ts";
import {
  DEFAULT_TRANSIT_OPTIONS,
  computeTransitReach,
  kindQuery,
  prepareSearch,
} from "../../src/geo/transit/reach.ts";
import type { TransitCells, TransitOptions } from "../../src/geo/transit/types.ts";
import { naiveTravelMin } from "../geo/transit/naive.ts";

const RUNS = 5;
const BASELINE_CELLS = 25;
const ms = (x: number) => x.toFixed(1);

export async function benchTransit(): Promise<string[]> {
  const lines: string[] = [];
  const started = performance.now();
  const { feed, notices } = readGtfs(readFeedFolder());
  if (!feed) throw new Error(`the GTFS feed cannot be read: ${notices.map((n) => n.code).join(", ")}`);
  lines.push(
    `GTFS read and validated: ${ms(performance.now() - started)} ms (${feed.stopTimes.stop.length} stop times)`,
  );

  // The cells of reach-cells.bin: census grid cells in the kommun polygons of the data build.
  const { outputs } = buildData(loadSources(), dataDir);
  if (!outputs) throw new Error("data build failed: run npm run data for the issues");
  const reachTexts = loadReachSources();
  const grid = parsePopulationGrid(reachTexts.population, "population");
  const lon = Float64Array.from(grid.rows, (c) => c.lon);
  const lat = Float64Array.from(grid.rows, (c) => c.lat);
  const kommunFeatures = outputs.kommuner.features;
  const { areaOf } = assignToAreas(
    lon,
    lat,
    kommunFeatures.map((f) => f.geometry),
  );
  const allCells: TransitCells = {
    lon,
    lat,
    population: Float64Array.from(grid.rows, (c) => c.population),
    kommun: areaOf,
    kommuner: kommunFeatures.map((f) => ({ kod: f.properties.kod, lanKod: f.properties.lanKod })),
  };
  const area = feedArea(feed, allCells);
  const cells = cellsInKommuner(allCells, area);
  const seatRows = parseKommunSeats(reachTexts.seats, "seats", {
    text: read(join(repoRoot, SEAT_CORRECTIONS_FILE)),
    file: SEAT_CORRECTIONS_FILE,
  }).rows;
  const seats = area.flatMap((kod) =>
    seatRows.filter((s) => s.kommunKod === kod).map((s) => ({ kommunKod: kod, lon: s.lon, lat: s.lat })),
  );
  const places = transitPlaces(outputs.meetingPlaces);
  const options: TransitOptions = { ...DEFAULT_TRANSIT_OPTIONS, serviceDate: defaultServiceDate(feed)! };

  const timings: number[] = [];
  let result = computeTransitReach(feed, cells, places, options, seats);
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    result = computeTransitReach(feed, cells, places, options, seats);
    timings.push(performance.now() - t0);
  }
  timings.sort((a, b) => a - b);
  const total = timings[Math.floor(RUNS / 2)]!;
  lines.push(
    `feed ${feed.info.id} ${feed.info.feedVersion}, ${options.serviceDate}, window ${options.windowFromMin}–${options.windowToMin} min, ` +
      `${result.trips} trips in range, ${area.length} kommuner, ${seats.length} seats, ${places.length} place entries; ` +
      `both kinds (booked, spontaneous); median of ${RUNS} runs (min ${ms(timings[0]!)}, max ${ms(timings[RUNS - 1]!)})`,
  );

  // Baseline: a fresh forward search per cell and minute (booked only), on evenly spaced sample cells.
  const prepared = prepareSearch(feed, cells, [], options);
  const query = kindQuery(
    feed,
    prepared,
    places.filter((p) => p.kind === "booked"),
    options,
  );
  const step = Math.max(1, Math.floor(cells.lon.length / BASELINE_CELLS));
  let sampled = 0;
  let checksum = 0;
  const t0 = performance.now();
  for (let o = 0; o < cells.lon.length && sampled < BASELINE_CELLS; o += step, sampled++)
    for (let d = 0; d < query.departures; d++)
      checksum += naiveTravelMin(prepared.timetable, query, o, options.windowFromMin + d) ?? 0;
  const sampleMs = performance.now() - t0;
  if (!Number.isFinite(checksum)) throw new Error("baseline produced no times");
  const baseline = (sampleMs / sampled) * cells.lon.length * 2;
  lines.push(
    `baseline = naive forward RAPTOR per cell and minute, ${sampled} cells × ${query.departures} minutes timed ` +
      `(${ms(sampleMs)} ms), scaled to ${cells.lon.length} cells × 2 kinds: ${ms(baseline)} ms; ratio=${(baseline / total).toFixed(0)}`,
  );
  lines.push(
    `transit: cells=${result.cells} departures=${result.departures} total_ms=${ms(total)} per_departure_ms=${ms(total / result.departures)}`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  for (const line of await benchTransit()) console.log(line);
