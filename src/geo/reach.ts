// Travel reach over the population grid: for each inhabited 1 km cell (and each kommun seat) the nearest
// meeting place of a kind by estimated car minutes, then population-weighted statistics per area. Pure:
// typed arrays in, typed arrays out; the same code runs in scripts/, the Web Worker and the tests.
// Coordinates [lon, lat] WGS84; minutes; km.
import {
  ACCESS_CIRCUITY,
  ATTACH_EXTRA_M,
  DIRECT_MAX_KM,
  WITHIN_MINUTES,
  accessMinutes,
  accessRoadKm,
} from "./assumptions.ts";
import { multiSourceDijkstra, type PathSource, type ShortestPaths } from "./dijkstra.ts";
import type { RoadGraph } from "./roadGraph.ts";
import { PointGrid } from "./spatialIndex.ts";

/**
 * Points tied to the road network: node = nearest routable node (-1: none), accessKm = road km to it; and
 * the extra access legs of multi-node attachment (ATTACH_EXTRA_M) in compressed rows: point i's extra legs
 * are extraOffsets[i] … extraOffsets[i+1]-1 of extraNode / extraKm.
 */
export interface AttachedPoints {
  lon: Float64Array;
  lat: Float64Array;
  node: Int32Array;
  accessKm: Float64Array;
  extraOffsets: Int32Array;
  extraNode: Int32Array;
  extraKm: Float64Array;
}

/** One access leg: a network node and the road km to it. */
export interface AccessLeg {
  node: number;
  accessKm: number;
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
  attach(lon: number, lat: number, maxM = 2_000_000): AccessLeg {
    const near = this.nodeGrid.nearest(lon, lat, maxM);
    return near.index < 0
      ? { node: -1, accessKm: Infinity }
      : { node: near.index, accessKm: accessRoadKm(near.distanceM) };
  }

  /**
   * Multi-node attachment (ATTACH_EXTRA_M): the leg to the nearest routable node first, then one leg to the
   * nearest node of every other road (by edge road number) within ATTACH_EXTRA_M beyond the nearest
   * node's distance, nearest first. A town at the dead end of riksväg 55 (Uppsala) also reaches E4.
   */
  attachLegs(lon: number, lat: number, maxM = 2_000_000): AccessLeg[] {
    const first = this.attach(lon, lat, maxM);
    if (first.node < 0) return [first];
    const { offsets, edgeRoad } = this.graph;
    const served = new Set<number>();
    for (let k = offsets[first.node]!; k < offsets[first.node + 1]!; k++) served.add(edgeRoad[k]!);
    const radiusM = (first.accessKm / ACCESS_CIRCUITY) * 1000 + ATTACH_EXTRA_M;
    const bestByRoad = new Map<number, { node: number; distanceM: number }>();
    this.nodeGrid.visit(lon, lat, radiusM, (node, distanceM) => {
      if (distanceM > radiusM || node === first.node) return;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const road = edgeRoad[k]!;
        if (road < 0 || served.has(road)) continue;
        const seen = bestByRoad.get(road);
        if (!seen || distanceM < seen.distanceM || (distanceM === seen.distanceM && node < seen.node))
          bestByRoad.set(road, { node, distanceM });
      }
    });
    const extra = new Map<number, number>();
    for (const { node, distanceM } of bestByRoad.values()) extra.set(node, distanceM);
    return [
      first,
      ...[...extra]
        .sort((p, q) => p[1] - q[1] || p[0] - q[0])
        .map(([node, distanceM]) => ({ node, accessKm: accessRoadKm(distanceM) })),
    ];
  }

  attachAll(lon: Float64Array, lat: Float64Array): AttachedPoints {
    const node = new Int32Array(lon.length);
    const accessKm = new Float64Array(lon.length);
    const extraOffsets = new Int32Array(lon.length + 1);
    const extraNode: number[] = [];
    const extraKm: number[] = [];
    for (let i = 0; i < lon.length; i++) {
      const [first, ...rest] = this.attachLegs(lon[i]!, lat[i]!);
      node[i] = first!.node;
      accessKm[i] = first!.accessKm;
      for (const leg of rest) {
        extraNode.push(leg.node);
        extraKm.push(leg.accessKm);
      }
      extraOffsets[i + 1] = extraNode.length;
    }
    return {
      lon,
      lat,
      node,
      accessKm,
      extraOffsets,
      extraNode: Int32Array.from(extraNode),
      extraKm: Float64Array.from(extraKm),
    };
  }
}

/** Egress legs of the places as Dijkstra sources (every leg of multi-node attachment), labelled with the place index. */
export function placeSources(network: NetworkIndex, places: readonly ReachPlace[]): PathSource[] {
  return places.flatMap((place, label) =>
    network
      .attachLegs(place.lon, place.lat)
      .map(({ node, accessKm }) => ({ node, minutes: accessMinutes(accessKm), km: accessKm, label })),
  );
}

/**
 * Nearest place for every point: min over (access leg + network route + egress leg) and, for places within
 * DIRECT_MAX_KM in a straight line, a direct leg on local roads. `pointGrid` indexes the points for the
 * direct legs. Equal minutes go to the lower place index.
 */
/** The points within DIRECT_MAX_KM of one place position, with their direct-leg minutes and km. */
export interface DirectLegs {
  points: Int32Array;
  minutes: Float64Array;
  km: Float64Array;
}

export function directLegs(pointGrid: PointGrid, lon: number, lat: number): DirectLegs {
  const radiusM = DIRECT_MAX_KM * 1000;
  const found: number[] = [];
  const distances: number[] = [];
  pointGrid.visit(lon, lat, radiusM, (i, distanceM) => {
    if (distanceM > radiusM) return;
    found.push(i);
    distances.push(distanceM);
  });
  const km = Float64Array.from(distances, (d) => accessRoadKm(d));
  return { points: Int32Array.from(found), minutes: km.map((k) => accessMinutes(k)), km };
}

export function nearestPlaces(
  points: AttachedPoints,
  pointGrid: PointGrid,
  paths: ShortestPaths,
  places: readonly ReachPlace[],
  /** Direct legs by place position, reused across runs (the what-if loop moves one place at a time). */
  legsCache?: Map<string, DirectLegs>,
): NearestResult {
  const n = points.lon.length;
  const result = { minutes: new Float64Array(n), km: new Float64Array(n), place: new Int32Array(n) };
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
    // The extra legs of multi-node attachment: the fastest leg wins, equal minutes to the lower place.
    for (let k = points.extraOffsets[i]!; k < points.extraOffsets[i + 1]!; k++) {
      const extra = points.extraNode[k]!;
      const t = accessMinutes(points.extraKm[k]!) + paths.minutes[extra]!;
      const label = paths.label[extra]!;
      if (t < minutes[i]! || (t === minutes[i]! && label < place[i]!)) {
        minutes[i] = t;
        km[i] = points.extraKm[k]! + paths.km[extra]!;
        place[i] = label;
      }
    }
  }
  places.forEach((p, index) => {
    const key = `${p.lon},${p.lat}`;
    let legs = legsCache?.get(key);
    if (!legs) {
      legs = directLegs(pointGrid, p.lon, p.lat);
      legsCache?.set(key, legs);
    }
    for (let j = 0; j < legs.points.length; j++) {
      const i = legs.points[j]!;
      const direct = legs.minutes[j]!;
      if (direct < minutes[i]! || (direct === minutes[i]! && index < place[i]!)) {
        minutes[i] = direct;
        km[i] = legs.km[j]!;
        place[i] = index;
      }
    }
  });
  return result;
}

/** Cells, seats and the network ready for repeated nearest-place runs (build time and the worker). */
export class ReachEngine {
  readonly network: NetworkIndex;
  readonly cellGrid: PointGrid;
  readonly seatGrid: PointGrid;
  private readonly paths: ShortestPaths;
  private readonly cellLegs = new Map<string, DirectLegs>();
  private readonly seatLegs = new Map<string, DirectLegs>();

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
  run(places: readonly ReachPlace[]): { cells: NearestResult; seats: NearestResult } {
    multiSourceDijkstra(this.network.graph, placeSources(this.network, places), this.paths);
    return {
      cells: nearestPlaces(this.cells, this.cellGrid, this.paths, places, this.cellLegs),
      seats: nearestPlaces(this.seats, this.seatGrid, this.paths, places, this.seatLegs),
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
/**
 * Cell indexes sorted by key, equal keys in index order (LSD radix sort, 4 passes of 8 bits): a few ms for
 * the 108,000 cells where a comparison sort of (key, index) pairs takes several times longer.
 */
export function radixOrder(keys: Uint32Array): Int32Array {
  const n = keys.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const counts = new Int32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i]! >>> shift) & 255]!++;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[counts[(keys[i]! >>> shift) & 255]!++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}

export function areaStatistics(
  minutes: Float64Array,
  population: Float64Array,
  levels: readonly AreaLevel[],
): AreaStats[] {
  const n = minutes.length;
  const keys = new Uint32Array(n);
  const unreachableKey = 2 ** 31;
  for (let i = 0; i < n; i++) {
    const t = minutes[i]!;
    keys[i] = t === Infinity ? unreachableKey : Math.min(unreachableKey - 1, Math.round(t * QUANTUM));
  }
  const order = radixOrder(keys);

  const thresholds = Float64Array.from(WITHIN_MINUTES);
  const w = thresholds.length;
  return levels.map(({ areaOfCell, areaCount }) => {
    const total = new Float64Array(areaCount);
    for (let i = 0; i < n; i++) total[areaOfCell[i]!]! += population[i]!;
    const unreachable = new Float64Array(areaCount);
    const median = new Float64Array(areaCount).fill(NaN);
    const p90 = new Float64Array(areaCount).fill(NaN);
    const max = new Float64Array(areaCount).fill(NaN);
    const within = new Float64Array(areaCount * w); // [area * w + k]
    const cumulative = new Float64Array(areaCount);
    const weighted = new Float64Array(areaCount);
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      const area = areaOfCell[i]!;
      const pop = population[i]!;
      const t = minutes[i]!;
      const after = cumulative[area]! + pop;
      cumulative[area] = after;
      const areaTotal = total[area]!;
      if (t === Infinity) {
        unreachable[area]! += pop;
        if (median[area]! !== median[area]! && after >= 0.5 * areaTotal) median[area] = Infinity;
        if (p90[area]! !== p90[area]! && after >= 0.9 * areaTotal) p90[area] = Infinity;
        continue;
      }
      weighted[area]! += t * pop;
      max[area] = t; // ascending order: the last reachable cell seen is the maximum
      // x !== x is the NaN test, without a call in the hot loop.
      if (median[area]! !== median[area]! && after >= 0.5 * areaTotal) median[area] = t;
      if (p90[area]! !== p90[area]! && after >= 0.9 * areaTotal) p90[area] = t;
      for (let j = 0; j < w; j++) if (t <= thresholds[j]!) within[area * w + j]! += pop;
    }
    const mean = new Float64Array(areaCount);
    for (let a = 0; a < areaCount; a++) {
      const reachable = total[a]! - unreachable[a]!;
      mean[a] = reachable > 0 ? weighted[a]! / reachable : NaN;
    }
    return {
      population: total,
      unreachablePopulation: unreachable,
      meanMin: mean,
      medianMin: median,
      p90Min: p90,
      maxMin: max,
      popWithin: WITHIN_MINUTES.map((_, j) =>
        Float64Array.from({ length: areaCount }, (_, a) => within[a * w + j]!),
      ),
    };
  });
}
