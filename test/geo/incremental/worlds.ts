// The two inputs the incremental what-if is tested on: the hand-made fixture region of the golden reach
// test (test/fixtures/in/reach, 44 cells: fast enough for thousands of steps) and the real national data
// (the build's in-process path, as test/worker/reachService.test.ts does). Coordinates [lon, lat].
import { readFileSync } from "node:fs";
import path from "node:path";
import { dataDir, loadReachSources, loadSources } from "../../../scripts/load-sources.ts";
import { buildData } from "../../../src/data/pipeline.ts";
import { parsePopulationGrid } from "../../../src/data/population.ts";
import { decodeCells, decodeNetwork, encodeCells, encodeNetwork } from "../../../src/data/reachBinary.ts";
import { buildReach, toArrayBuffer } from "../../../src/data/reachPipeline.ts";
import { placedPlaces, type EnginePlace } from "../../../src/data/reachScenarios.ts";
import { parseKommunSeats } from "../../../src/data/reference.ts";
import { assignToAreas } from "../../../src/geo/assignAreas.ts";
import { NetworkIndex, ReachEngine } from "../../../src/geo/reach.ts";
import { areaLevels } from "../../../src/geo/reachSummary.ts";
import { buildRoadGraph, type RoadCollection } from "../../../src/geo/roadGraph.ts";
import { parseSkeleton } from "../../../src/geo/skeleton.ts";
import type { World } from "./compare.ts";

const IN = path.resolve(import.meta.dirname, "../../fixtures/in/reach");
const read = (name: string) => readFileSync(path.join(IN, name), "utf8");

interface FixtureKommun {
  geometry: Parameters<typeof assignToAreas>[2][number];
  properties: { kod: string; faKod: string; lanKod: string };
}

/** The fixture region through the build's path (encode and decode network and cells, as buildReach). */
export function fixtureWorld(): World & { places: EnginePlace[] } {
  const roads = JSON.parse(read("roads.json")) as RoadCollection;
  const skeleton = parseSkeleton(read("skeleton.graphml"), "skeleton.graphml");
  const grid = parsePopulationGrid(read("population.csv"), "population.csv");
  const seats = parseKommunSeats(read("kommun_seats.csv"), "kommun_seats.csv", null);
  const kommuner = (JSON.parse(read("kommuner.json")) as { features: FixtureKommun[] }).features;
  // As buildReach: the skeleton links are split at the kommun seats they pass.
  const built = buildRoadGraph(roads, skeleton.skeleton, "roads.json", {
    seats: seats.rows.map((s) => ({ name: s.name, lon: s.lon, lat: s.lat })),
  });
  const graph = decodeNetwork(toArrayBuffer(encodeNetwork(built.graph)));
  const network = new NetworkIndex(graph);
  const cellLon = Float64Array.from(grid.rows, (c) => c.lon);
  const cellLat = Float64Array.from(grid.rows, (c) => c.lat);
  const { areaOf } = assignToAreas(
    cellLon,
    cellLat,
    kommuner.map((f) => f.geometry),
  );
  const seatOf = new Map(seats.rows.map((s) => [s.kommunKod, s]));
  const seatPoints = kommuner.map((f) => seatOf.get(f.properties.kod)!);
  const data = decodeCells(
    toArrayBuffer(
      encodeCells({
        kommuner: kommuner.map(({ properties: { kod, faKod, lanKod } }) => ({ kod, faKod, lanKod })),
        populationYear: 2021,
        cells: {
          ...network.attachAll(cellLon, cellLat),
          population: Float64Array.from(grid.rows, (c) => c.population),
          kommun: areaOf,
        },
        seats: network.attachAll(
          Float64Array.from(seatPoints, (s) => s.lon),
          Float64Array.from(seatPoints, (s) => s.lat),
        ),
      }),
    ),
  );
  return {
    engine: new ReachEngine(graph, data.cells, data.seats),
    data,
    levels: areaLevels(data),
    places: JSON.parse(read("places.json")) as EnginePlace[],
  };
}

/** The national data, built in-process from ../shared as `npm run data` does. */
export function realWorld(): World & { places: EnginePlace[] } {
  const { outputs, issues } = buildData(loadSources(), dataDir);
  if (!outputs) throw new Error(`base build failed: ${issues.map((i) => i.reason).join("; ")}`);
  const reach = buildReach(loadReachSources(), outputs, dataDir);
  if (!reach.build) throw new Error(`reach build failed: ${reach.issues.map((i) => i.reason).join("; ")}`);
  const network = decodeNetwork(toArrayBuffer(reach.build.networkBytes));
  const data = decodeCells(toArrayBuffer(reach.build.cellsBytes));
  return {
    engine: new ReachEngine(network, data.cells, data.seats),
    data,
    levels: areaLevels(data),
    places: placedPlaces(outputs.meetingPlaces),
  };
}
