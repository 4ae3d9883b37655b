// Unit tests for src/geo/reach.ts: population-weighted statistics on hand-made cells, the direct leg of
// nearestPlaces, and ReachEngine on a tiny graph. Coordinates [lon, lat] around 60° N; minutes; km.
import { describe, expect, it } from "vitest";
import { DIRECT_MAX_KM, WITHIN_MINUTES, accessMinutes, accessRoadKm } from "../../src/geo/assumptions.ts";
import { multiSourceDijkstra } from "../../src/geo/dijkstra.ts";
import { haversineM } from "../../src/geo/distance.ts";
import {
  NetworkIndex,
  ReachEngine,
  areaStatistics,
  nearestPlaces,
  placeSources,
  type AreaLevel,
  type AreaStats,
  type ReachPlace,
} from "../../src/geo/reach.ts";
import type { RoadGraph } from "../../src/geo/roadGraph.ts";
import { PointGrid } from "../../src/geo/spatialIndex.ts";

/** Metres per degree of latitude on the haversine sphere. */
const M_PER_DEG_LAT = (6_371_008.8 * Math.PI) / 180;

/** A graph with nodes at the given [lon, lat] points and undirected edges [a, b, minutes, km]. */
function graphOf(nodes: [number, number][], edges: [number, number, number, number][]): RoadGraph {
  const adjacency: { to: number; minutes: number; km: number }[][] = nodes.map(() => []);
  for (const [a, b, minutes, km] of edges) {
    adjacency[a]!.push({ to: b, minutes, km });
    adjacency[b]!.push({ to: a, minutes, km });
  }
  const offsets = new Int32Array(nodes.length + 1);
  adjacency.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const flat = adjacency.flat();
  return {
    nodeLon: Float64Array.from(nodes, (p) => p[0]),
    nodeLat: Float64Array.from(nodes, (p) => p[1]),
    offsets,
    targets: Int32Array.from(flat, (e) => e.to),
    edgeMinutes: Float64Array.from(flat, (e) => e.minutes),
    edgeKm: Float64Array.from(flat, (e) => e.km),
    edgeRoad: new Int32Array(flat.length),
    roadNames: ["test road"],
    routable: new Uint8Array(nodes.length).fill(1),
    component: new Int32Array(nodes.length),
  };
}

/** One area's statistics as a plain object (NaN and Infinity compare exactly with toEqual). */
function statsOf(stats: AreaStats, area: number) {
  return {
    population: stats.population[area],
    unreachablePopulation: stats.unreachablePopulation[area],
    meanMin: stats.meanMin[area],
    medianMin: stats.medianMin[area],
    p90Min: stats.p90Min[area],
    maxMin: stats.maxMin[area],
    popWithin: Object.fromEntries(WITHIN_MINUTES.map((m, k) => [m, stats.popWithin[k]![area]])),
  };
}

describe("areaStatistics", () => {
  // Cells in no particular order. Area 0: 100 people, 10 of them unreachable; area 1: 3 people, 2 of them
  // unreachable (its median falls among the unreachable); area 2 has no cells.
  const minutes = Float64Array.from([50, 5, Infinity, 25, 100, 15, 10, Infinity]);
  const population = Float64Array.from([30, 10, 10, 30, 1, 20, 0, 2]);
  const byArea: AreaLevel = { areaOfCell: Int32Array.from([0, 0, 0, 0, 1, 0, 0, 1]), areaCount: 3 };
  const whole: AreaLevel = { areaOfCell: new Int32Array(8), areaCount: 1 };
  const [perArea, sverige] = areaStatistics(minutes, population, [byArea, whole]) as [AreaStats, AreaStats];

  // Fails if the median/p90 are unweighted (cell counts), the mean includes unreachable people, the max
  // is taken over unreachable cells, or the thresholds are exclusive.
  it("gives population-weighted mean, median, p90, max and popWithin for an area with unreachable cells", () => {
    // Sorted: 5 (10), 10 (0), 15 (20), 25 (30) → cumulative 60 ≥ 50: median 25; 50 (30) → 90 ≥ 90: p90 50.
    expect(statsOf(perArea, 0)).toEqual({
      population: 100,
      unreachablePopulation: 10,
      meanMin: (5 * 10 + 15 * 20 + 25 * 30 + 50 * 30) / 90,
      medianMin: 25,
      p90Min: 50,
      maxMin: 50,
      popWithin: { 10: 10, 20: 30, 30: 60, 45: 60, 60: 90 },
    });
  });

  // Fails if unreachable people are dropped from the population (the median would be 100, not Infinity).
  it("puts the median among unreachable cells when most people cannot reach a place", () => {
    expect(statsOf(perArea, 1)).toEqual({
      population: 3,
      unreachablePopulation: 2,
      meanMin: 100,
      medianMin: Infinity,
      p90Min: Infinity,
      maxMin: 100,
      popWithin: { 10: 0, 20: 0, 30: 0, 45: 0, 60: 0 },
    });
  });

  // Fails if an area without cells gets 0 minutes instead of NaN ("none").
  it("gives NaN minutes for an area without cells", () => {
    const empty = statsOf(perArea, 2);
    expect(empty.population).toBe(0);
    expect([empty.meanMin, empty.medianMin, empty.p90Min, empty.maxMin]).toEqual([NaN, NaN, NaN, NaN]);
  });

  // Fails if the second level reuses the first level's accumulators or its area index.
  it("aggregates a second level over the same cells independently", () => {
    // Sorted: 5, 10, 15, 25 → 60 ≥ 51.5: median 25; 50 → 90, 100 → 91 < 92.7; Infinity → 103: p90 Infinity.
    expect(statsOf(sverige, 0)).toEqual({
      population: 103,
      unreachablePopulation: 12,
      meanMin: (5 * 10 + 15 * 20 + 25 * 30 + 50 * 30 + 100 * 1) / 91,
      medianMin: 25,
      p90Min: Infinity,
      maxMin: 100,
      popWithin: { 10: 10, 20: 30, 30: 60, 45: 60, 60: 90 },
    });
  });
});

describe("nearestPlaces", () => {
  // Node 0 at the cell, node 1 at the place 10 km east, joined by a slow winding road (60 min).
  const cell: [number, number] = [15, 60];
  const place: ReachPlace = { id: "near", lon: 15.18, lat: 60 };
  const graph = graphOf([cell, [place.lon, place.lat]], [[0, 1, 60, 70]]);
  const network = new NetworkIndex(graph);
  const points = network.attachAll(Float64Array.of(cell[0]), Float64Array.of(cell[1]));
  const pointGrid = new PointGrid(points.lon, points.lat, 5_000);

  // Fails if the direct local-road leg is not considered and the cell is sent round the network.
  it("takes the direct leg when it beats the network route", () => {
    const paths = multiSourceDijkstra(graph, placeSources(network, [place]));
    const result = nearestPlaces(points, pointGrid, paths, [place]);
    const straightM = haversineM(cell[0], cell[1], place.lon, place.lat);
    expect(straightM).toBeLessThan(DIRECT_MAX_KM * 1000);
    expect(result.place[0]).toBe(0);
    expect(result.minutes[0]).toBeCloseTo(accessMinutes(accessRoadKm(straightM)), 9);
    expect(result.km[0]).toBeCloseTo(accessRoadKm(straightM), 9);
    expect(result.minutes[0]).toBeLessThan(60);
  });

  // Fails if the direct leg ignores DIRECT_MAX_KM (a far place would be reached in a straight line).
  it("uses the network route for a place beyond DIRECT_MAX_KM", () => {
    const farLat = 60 + (DIRECT_MAX_KM * 1.2 * 1000) / M_PER_DEG_LAT;
    const far: ReachPlace = { id: "far", lon: 15, lat: farLat };
    const farGraph = graphOf([cell, [15, farLat]], [[0, 1, 60, 70]]);
    const farNetwork = new NetworkIndex(farGraph);
    const farPoints = farNetwork.attachAll(Float64Array.of(cell[0]), Float64Array.of(cell[1]));
    const paths = multiSourceDijkstra(farGraph, placeSources(farNetwork, [far]));
    const result = nearestPlaces(farPoints, pointGrid, paths, [far]);
    expect(result.minutes[0]).toBe(60);
    expect(result.km[0]).toBe(70);
  });
});

describe("ReachEngine", () => {
  // Three nodes along latitude 60, 0.5° of longitude (≈ 27.8 km, beyond DIRECT_MAX_KM) apart.
  // West → middle 20 min, middle → east 30 min; places sit exactly on the west and east nodes.
  const graph = graphOf(
    [
      [15, 60],
      [15.5, 60],
      [16, 60],
    ],
    [
      [0, 1, 20, 25],
      [1, 2, 30, 28],
    ],
  );
  const places: ReachPlace[] = [
    { id: "west", lon: 15, lat: 60 },
    { id: "east", lon: 16, lat: 60 },
  ];
  const offsetM = 2_000;
  const middleCellLat = 60 + offsetM / M_PER_DEG_LAT;
  const network = new NetworkIndex(graph);
  const cells = {
    ...network.attachAll(Float64Array.of(15.5, 16), Float64Array.of(middleCellLat, 60)),
    population: Float64Array.of(100, 50),
  };
  const seats = network.attachAll(Float64Array.of(15.5), Float64Array.of(60));
  const engine = new ReachEngine(graph, cells, seats);

  // Fails if the access leg or the network minutes are left out, or the farther place is chosen.
  it("gives each cell and seat its nearest place: access leg + network + egress leg", () => {
    const { cells: c, seats: s } = engine.run(places);
    const accessKm = accessRoadKm(haversineM(15.5, middleCellLat, 15.5, 60));
    expect([...c.place]).toEqual([0, 1]);
    expect(c.minutes[0]).toBeCloseTo(accessMinutes(accessKm) + 20, 9);
    expect(c.km[0]).toBeCloseTo(accessKm + 25, 9);
    expect(c.minutes[1]).toBe(0);
    expect([s.place[0], s.minutes[0], s.km[0]]).toEqual([0, 20, 25]);
  });

  // Fails if the engine's reused path arrays leak one run's result into the next.
  it("gives the same result for a set of places before and after running another set", () => {
    const first = engine.run(places);
    const eastOnly = engine.run([places[1]!]);
    expect(eastOnly.seats.minutes[0]).toBe(30);
    const again = engine.run(places);
    expect([...again.cells.minutes]).toEqual([...first.cells.minutes]);
    expect([...again.cells.place]).toEqual([...first.cells.place]);
  });
});
