// Golden test of the reach aggregates on a hand-made region (test/fixtures/in/reach/README.md): the inputs
// go through the build's code path (road graph → binary network → cells → binary cells → ReachEngine →
// areaLevels → scenarioReach) and the rounded result must equal test/fixtures/out/reach/aggregates.json.
// Regenerate after an intended change with: UPDATE_GOLDEN=1 npx vitest run test/geo/reachGolden.test.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../fixtures/golden.ts";
import { parsePopulationGrid } from "../../src/data/population.ts";
import { decodeCells, decodeNetwork, encodeCells, encodeNetwork } from "../../src/data/reachBinary.ts";
import { toArrayBuffer } from "../../src/data/reachPipeline.ts";
import { REACH_KEYS, inScenario, type EnginePlace } from "../../src/data/reachScenarios.ts";
import { parseKommunSeats } from "../../src/data/reference.ts";
import type { KommunCollection } from "../../src/data/schema.ts";
import { assignToAreas } from "../../src/geo/assignAreas.ts";
import { NetworkIndex, ReachEngine } from "../../src/geo/reach.ts";
import { areaLevels, scenarioReach, type ScenarioReach } from "../../src/geo/reachSummary.ts";
import { buildRoadGraph, type RoadCollection } from "../../src/geo/roadGraph.ts";
import { parseSkeleton } from "../../src/geo/skeleton.ts";

const IN = path.resolve(import.meta.dirname, "../fixtures/in/reach");
const OUT = path.resolve(import.meta.dirname, "../fixtures/out/reach");
const GOLDEN = path.join(OUT, "aggregates.json");

const read = (name: string) => readFileSync(path.join(IN, name), "utf8");
const round1 = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

type KommunAreas = Pick<KommunCollection, "type"> & {
  features: { geometry: KommunCollection["features"][number]["geometry"]; properties: KommunKeys }[];
};
interface KommunKeys {
  kod: string;
  faKod: string;
  lanKod: string;
}

/** Everything the golden file holds: network shape, per-cell nearest place and the scenario aggregates. */
function computeAggregates() {
  const issues = [];
  const roads = JSON.parse(read("roads.json")) as RoadCollection;
  const skeleton = parseSkeleton(read("skeleton.graphml"), "skeleton.graphml");
  const grid = parsePopulationGrid(read("population.csv"), "population.csv");
  const seats = parseKommunSeats(read("kommun_seats.csv"), "kommun_seats.csv", null);
  const kommuner = JSON.parse(read("kommuner.json")) as KommunAreas;
  const places = JSON.parse(read("places.json")) as EnginePlace[];
  // As buildReach: the skeleton links are split at the kommun seats they pass.
  const built = buildRoadGraph(roads, skeleton.skeleton, "roads.json", {
    seats: seats.rows.map((s) => ({ name: s.name, lon: s.lon, lat: s.lat })),
  });
  issues.push(...skeleton.issues, ...grid.issues, ...seats.issues, ...built.issues);

  // As buildReach: encode and decode the network and the cells, then run on the decoded form.
  const graph = decodeNetwork(toArrayBuffer(encodeNetwork(built.graph)));
  const network = new NetworkIndex(graph);
  const cellLon = Float64Array.from(grid.rows, (c) => c.lon);
  const cellLat = Float64Array.from(grid.rows, (c) => c.lat);
  const { areaOf, outside } = assignToAreas(
    cellLon,
    cellLat,
    kommuner.features.map((f) => f.geometry),
  );
  const seatOf = new Map(seats.rows.map((s) => [s.kommunKod, s]));
  const seatPoints = kommuner.features.map((f) => seatOf.get(f.properties.kod)!);
  const cellsBytes = encodeCells({
    kommuner: kommuner.features.map(({ properties: { kod, faKod, lanKod } }) => ({ kod, faKod, lanKod })),
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
  });
  const data = decodeCells(toArrayBuffer(cellsBytes));
  const engine = new ReachEngine(graph, data.cells, data.seats);
  const levels = areaLevels(data);

  const scenarios: Partial<Record<string, ScenarioReach>> = {};
  const cells: Partial<Record<string, { id: string; place: string | null; minutes: number | null }[]>> = {};
  for (const key of REACH_KEYS) {
    const selected = places.filter((p) => inScenario(key, p));
    if (selected.length === 0) continue;
    scenarios[key] = scenarioReach(engine, data, levels, selected);
    const run = engine.run(selected).cells;
    cells[key] = grid.rows.map((row, i) => ({
      id: row.id,
      place: run.place[i]! < 0 ? null : selected[run.place[i]!]!.id,
      minutes: round1(run.minutes[i]!),
    }));
  }
  return {
    issues,
    network: {
      nodes: built.stats.nodes,
      edges: built.stats.edges,
      danglingJoined: built.stats.danglingJoined,
      skeletonNodesSnapped: built.stats.skeletonNodesSnapped,
      components: built.stats.components,
      routableNodes: graph.routable.reduce((sum, r) => sum + r, 0),
      gapsBridged: built.stats.gapsBridged.map((g) => ({
        from: g.from.map(round5),
        to: g.to.map(round5),
        distanceM: g.distanceM,
      })),
    },
    cellsOutsideKommuner: outside,
    scenarios,
    cells,
  };
}

describe("reach aggregates on the fixture region (golden)", () => {
  // Fails on any change to the road graph, the access legs, the nearest-place search or the aggregation
  // that moves a rounded figure (0.1 min, 0.0001 share, 1 person) of the fixture region.
  it("matches test/fixtures/out/reach/aggregates.json", async () => {
    await expectGolden(GOLDEN, computeAggregates());
  });

  // Fails if the fixture stops exercising what it was made for: an issue-free build, an unreachable
  // island, a non-routable stub, the dangle join and the skeleton link.
  it("still covers the cases the fixture was made for", () => {
    const { issues, network, scenarios } = computeAggregates();
    expect(issues).toEqual([]);
    expect(network.danglingJoined).toBeGreaterThanOrEqual(1);
    expect(network.skeletonNodesSnapped).toBe(2);
    expect(network.components.length).toBeGreaterThanOrEqual(3);
    expect(network.routableNodes).toBeLessThan(network.nodes);
    expect(scenarios.booked?.sverige.unreachablePopulation).toBeGreaterThan(0);
    expect(Object.keys(scenarios).sort()).toEqual(
      ["booked", "provider", "spontaneous", "spontaneousIncludingPlanned"].sort(),
    );
  });
});
