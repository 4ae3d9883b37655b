// Travel reach over the population grid: for each inhabited 1 km cell (and each kommun seat) the nearest
// meeting place of a kind by estimated car minutes, then population-weighted statistics per area. Pure:
// typed arrays in, typed arrays out; the same code runs in scripts/, the Web Worker and the tests.
// Coordinates [lon, lat] WGS84; minutes; km.
import { DIRECT_MAX_KM, WITHIN_MINUTES, accessMinutes, accessRoadKm } from "./assumptions.ts";
import { multiSourceDijkstra, type PathSource, type ShortestPaths } from "./dijkstra.ts";
import type { RoadGraph } from "./roadGraph.ts";
import { PointGrid } from "./spatialIndex.ts";

/** Points tied to the road network: node = nearest routable node (-1: none), accessKm = road km to it. */
export interface AttachedPoints {
  lon: Float64Array;
  lat: Float64Array;
  node: Int32Array;
  accessKm: Float64Array;
}

/** A meeting place as the engine sees it. */
export interface ReachPlace {
  id: string;
  lon: number;
  lat: number;
}

/** Where each point's nearest place is, and how far. */
export interface NearestResult {
  minutes: Float64Array;
  km: Float64Array;
  /** Index into the places array, -1 where none is reachable. */
  place: Int32Array;
}

export class NetworkIndex {
  readonly nodeGrid: PointGrid;
  constructor(readonly graph: RoadGraph) {
    this.nodeGrid = new PointGrid(graph.nodeLon, graph.nodeLat, 5_000, (i) => graph.routable[i] === 1);
  }

  /** Attaches one point to its nearest routable node (no distance cap: the leg is an estimate either way). */
  attach(lon: number, lat: number): { node: number; accessKm: number } {
    const near = this.nodeGrid.nearest(lon, lat, 2_000_000);
    return near.index < 0
      ? { node: -1, accessKm: Infinity }
      : { node: near.index, accessKm: accessRoadKm(near.distanceM) };
  }

  attachAll(lon: Float64Array, lat: Float64Array): AttachedPoints {
    const node = new Int32Array(lon.length);
    const accessKm = new Float64Array(lon.length);
    for (let i = 0; i < lon.length; i++) {
      const a = this.attach(lon[i]!, lat[i]!);
      node[i] = a.node;
      accessKm[i] = a.accessKm;
    }
    return { lon, lat, node, accessKm };
  }
}

/** Egress legs of the places as Dijkstra sources, labelled with the place index. */
export function placeSources(network: NetworkIndex, places: readonly ReachPlace[]): PathSource[] {
  return places.map((place, label) => {
    const { node, accessKm } = network.attach(place.lon, place.lat);
    return { node, minutes: accessMinutes(accessKm), km: accessKm, label };
  });
}

/**
 * Nearest place for every point: min over (access leg + network route + egress leg) and, for places within
 * DIRECT_MAX_KM in a straight line, a direct leg on local roads. `pointGrid` indexes the points for the
 * direct legs. Equal minutes go to the lower place index.
 */
export function nearestPlaces(
  points: AttachedPoints,
  pointGrid: PointGrid,
  paths: ShortestPaths,
  places: readonly ReachPlace[],
  out?: NearestResult,
): NearestResult {
  const n = points.lon.length;
  const result = out ?? { minutes: new Float64Array(n), km: new Float64Array(n), place: new Int32Array(n) };
  const { minutes, km, place } = result;
  for (let i = 0; i < n; i++) {
    const node = points.node[i]!;
    const viaNetwork = node < 0 ? Infinity : paths.minutes[node]!;
    if (viaNetwork === Infinity) {
      minutes[i] = Infinity;
      km[i] = Infinity;
      place[i] = -1;
    } else {
      minutes[i] = accessMinutes(points.accessKm[i]!) + viaNetwork;
      km[i] = points.accessKm[i]! + paths.km[node]!;
      place[i] = paths.label[node]!;
    }
  }
  const radiusM = DIRECT_MAX_KM * 1000;
  places.forEach((p, index) => {
    pointGrid.visit(p.lon, p.lat, radiusM, (i, distanceM) => {
      if (distanceM > radiusM) return;
      const roadKm = accessRoadKm(distanceM);
      const direct = accessMinutes(roadKm);
      if (direct < minutes[i]! || (direct === minutes[i]! && index < place[i]!)) {
        minutes[i] = direct;
        km[i] = roadKm;
        place[i] = index;
      }
    });
  });
  return result;
}

/** Cells, seats and the network ready for repeated nearest-place runs (build time and the worker). */
export class ReachEngine {
  readonly network: NetworkIndex;
  readonly cellGrid: PointGrid;
  readonly seatGrid: PointGrid;
  private readonly paths: ShortestPaths;

  constructor(
    graph: RoadGraph,
    readonly cells: AttachedPoints & { population: Float64Array },
    readonly seats: AttachedPoints,
  ) {
    this.network = new NetworkIndex(graph);
    this.cellGrid = new PointGrid(cells.lon, cells.lat, 5_000);
    this.seatGrid = new PointGrid(seats.lon, seats.lat, 5_000);
    const n = graph.nodeLon.length;
    this.paths = { minutes: new Float64Array(n), km: new Float64Array(n), label: new Int32Array(n) };
  }

  /** Nearest place of the given set for every cell and every seat. */
  run(places: readonly ReachPlace[], out?: { cells: NearestResult; seats: NearestResult }) {
    multiSourceDijkstra(this.network.graph, placeSources(this.network, places), this.paths);
    return {
      cells: nearestPlaces(this.cells, this.cellGrid, this.paths, places, out?.cells),
      seats: nearestPlaces(this.seats, this.seatGrid, this.paths, places, out?.seats),
    };
  }
}

/** One level of areas (kommuner, FA regions, län, Sweden): the area index of every cell. */
export interface AreaLevel {
  areaOfCell: Int32Array;
  areaCount: number;
}

/** Population-weighted statistics per area, as parallel arrays (index = area). Minutes; NaN = none. */
export interface AreaStats {
  population: Float64Array;
  unreachablePopulation: Float64Array;
  meanMin: Float64Array;
  medianMin: Float64Array;
  p90Min: Float64Array;
  maxMin: Float64Array;
  /** popWithin[k][area]: population within WITHIN_MINUTES[k] minutes. */
  popWithin: Float64Array[];
}

const QUANTUM = 1000; // sort keys at 0.001 minute

/**
 * Statistics for every area of every level from one sort of all cells by minutes. A percentile is the
 * smallest cell time at which the cumulative population reaches that share of the area's population;
 * unreachable cells count in the population and sort last (a median that falls among them is Infinity).
 */
export function areaStatistics(
  minutes: Float64Array,
  population: Float64Array,
  levels: readonly AreaLevel[],
): AreaStats[] {
  const n = minutes.length;
  const cellBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** cellBits;
  const keys = new Float64Array(n);
  const unreachableKey = 2 ** 30;
  for (let i = 0; i < n; i++) {
    const t = minutes[i]!;
    const q = t === Infinity ? unreachableKey : Math.min(unreachableKey - 1, Math.round(t * QUANTUM));
    keys[i] = q * scale + i;
  }
  keys.sort();

  return levels.map(({ areaOfCell, areaCount }) => {
    const stats: AreaStats = {
      population: new Float64Array(areaCount),
      unreachablePopulation: new Float64Array(areaCount),
      meanMin: new Float64Array(areaCount),
      medianMin: new Float64Array(areaCount).fill(NaN),
      p90Min: new Float64Array(areaCount).fill(NaN),
      maxMin: new Float64Array(areaCount).fill(NaN),
      popWithin: WITHIN_MINUTES.map(() => new Float64Array(areaCount)),
    };
    for (let i = 0; i < n; i++) stats.population[areaOfCell[i]!]! += population[i]!;
    const cumulative = new Float64Array(areaCount);
    const weighted = new Float64Array(areaCount);
    for (let k = 0; k < n; k++) {
      const i = keys[k]! % scale;
      const area = areaOfCell[i]!;
      const pop = population[i]!;
      const t = minutes[i]!;
      const total = stats.population[area]!;
      const before = cumulative[area]!;
      const after = before + pop;
      cumulative[area] = after;
      if (t === Infinity) {
        stats.unreachablePopulation[area]! += pop;
        if (Number.isNaN(stats.medianMin[area]!) && after >= 0.5 * total) stats.medianMin[area] = Infinity;
        if (Number.isNaN(stats.p90Min[area]!) && after >= 0.9 * total) stats.p90Min[area] = Infinity;
        continue;
      }
      weighted[area]! += t * pop;
      stats.maxMin[area] = t; // ascending order: the last reachable cell seen is the maximum
      if (Number.isNaN(stats.medianMin[area]!) && after >= 0.5 * total) stats.medianMin[area] = t;
      if (Number.isNaN(stats.p90Min[area]!) && after >= 0.9 * total) stats.p90Min[area] = t;
      for (let w = 0; w < WITHIN_MINUTES.length; w++)
        if (t <= WITHIN_MINUTES[w]!) stats.popWithin[w]![area]! += pop;
    }
    for (let a = 0; a < areaCount; a++) {
      const reachable = stats.population[a]! - stats.unreachablePopulation[a]!;
      stats.meanMin[a] = reachable > 0 ? weighted[a]! / reachable : NaN;
    }
    return stats;
  });
}
