// The detour audit of the data build: a systematic hunt for places where the road model sends people the
// long way. For every kommun seat to its nearest meeting place of each kind (by straight line), and for
// every pair of neighbouring kommun seats (kommun polygons that touch), the model's road km is compared
// with the straight-line km; every pair over DETOUR_AUDIT_RATIO is listed as a suspected gap in the road
// data, with the road numbers the model's route uses. Pure: graph and points in, a typed list out.
// Coordinates [lon, lat] WGS84; km.
import type { Polygon, MultiPolygon } from "geojson";
import { DETOUR_AUDIT_RATIO, DIRECT_MAX_KM, accessMinutes, accessRoadKm } from "./assumptions.ts";
import { multiSourceDijkstra } from "./dijkstra.ts";
import { haversineM } from "./distance.ts";
import type { NetworkIndex } from "./reach.ts";
import type { RoadGraph } from "./roadGraph.ts";
import { PointGrid } from "./spatialIndex.ts";

export interface AuditPoint {
  /** What the list shows: a kommun name or a place id. */
  name: string;
  lon: number;
  lat: number;
}

export interface AuditPair {
  from: AuditPoint;
  to: AuditPoint;
}

export interface SuspectedGap {
  from: string;
  to: string;
  roadKm: number;
  straightKm: number;
  /** roadKm / straightKm. */
  ratio: number;
  /** Road numbers along the model's route, each once, in driving order. */
  roads: string[];
}

/** The model's road km for one route and the roads it uses (same legs as the finder: ReachService.route). */
export interface ModelRoute {
  minutes: number;
  km: number;
  roads: string[];
}

/** Road numbers along the path that ends at `endNode`, each once in driving order (from Dijkstra's incoming edge slots). */
export function pathRoads(graph: RoadGraph, previousEdge: Int32Array, endNode: number): string[] {
  const roads: string[] = [];
  const { offsets, edgeRoad, roadNames } = graph;
  const sourceOf = (slot: number) => {
    let [lo, hi] = [0, offsets.length - 2];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= slot) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (let node = endNode; node >= 0 && previousEdge[node]! >= 0;) {
    const k = previousEdge[node]!;
    const road = edgeRoad[k]!;
    const name = road >= 0 ? roadNames[road]! : null;
    if (name !== null && roads[roads.length - 1] !== name) roads.push(name);
    node = sourceOf(k);
  }
  // Each road once, in driving order (concurrent roads, E10/E45, would otherwise alternate edge by edge).
  return [...new Set(roads.reverse())];
}

/**
 * The finder's route between two points: every access leg at the start (multi-node attachment), the
 * network, every egress leg at the end, or the direct local-road leg within DIRECT_MAX_KM if faster.
 */
export function modelRoute(network: NetworkIndex, from: AuditPoint, to: AuditPoint): ModelRoute {
  return modelRoutes(network, from, [to])[0]!;
}

/** modelRoute from one start to several ends, with one shortest-path run. */
export function modelRoutes(
  network: NetworkIndex,
  from: AuditPoint,
  ends: readonly AuditPoint[],
): ModelRoute[] {
  const graph = network.graph;
  const previousEdge = new Int32Array(graph.nodeLon.length);
  const paths = multiSourceDijkstra(
    graph,
    network
      .attachLegs(from.lon, from.lat)
      .map((leg) => ({ node: leg.node, minutes: accessMinutes(leg.accessKm), km: leg.accessKm, label: 0 })),
    undefined,
    previousEdge,
  );
  return ends.map((to) => {
    let [minutes, km, endNode] = [Infinity, Infinity, -1];
    for (const end of network.attachLegs(to.lon, to.lat)) {
      if (end.node < 0) continue;
      const t = paths.minutes[end.node]! + accessMinutes(end.accessKm);
      if (t < minutes) [minutes, km, endNode] = [t, paths.km[end.node]! + end.accessKm, end.node];
    }
    const straightM = haversineM(from.lon, from.lat, to.lon, to.lat);
    if (straightM <= DIRECT_MAX_KM * 1000 && accessMinutes(accessRoadKm(straightM)) < minutes)
      return { minutes: accessMinutes(accessRoadKm(straightM)), km: accessRoadKm(straightM), roads: [] };
    return { minutes, km, roads: endNode >= 0 ? pathRoads(graph, previousEdge, endNode) : [] };
  });
}

/** True when a route's road km exceed DETOUR_AUDIT_RATIO × the straight line: the per-result caveat. */
export function isSuspectedDetour(roadKm: number, straightKm: number): boolean {
  return straightKm > 0 && Number.isFinite(roadKm) && roadKm / straightKm > DETOUR_AUDIT_RATIO;
}

/**
 * Kommun pairs whose polygons touch: some vertex of one lies within `toleranceM` of a vertex of the other
 * (the kommun file's shared borders have common vertices). Indexes into `areas`, each pair once, i < j.
 */
export function touchingPairs(
  areas: readonly (Polygon | MultiPolygon)[],
  toleranceM = 100,
): [number, number][] {
  const lon: number[] = [];
  const lat: number[] = [];
  const area: number[] = [];
  areas.forEach((geometry, i) => {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const [x, y] of ring) {
          lon.push(x!);
          lat.push(y!);
          area.push(i);
        }
  });
  const grid = new PointGrid(lon, lat, 1_000);
  const pairs = new Set<string>();
  for (let v = 0; v < lon.length; v++)
    grid.visit(lon[v]!, lat[v]!, toleranceM, (w, distanceM) => {
      if (distanceM > toleranceM || area[w]! <= area[v]!) return;
      pairs.add(`${area[v]}|${area[w]}`);
    });
  return [...pairs]
    .map((key) => key.split("|").map(Number) as [number, number])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Every audited pair over DETOUR_AUDIT_RATIO, worst ratio first; pairs with no road link are left out. */
export function detourAudit(network: NetworkIndex, pairs: readonly AuditPair[]): SuspectedGap[] {
  // One shortest-path run per start point (a seat starts several pairs).
  const byStart = new Map<string, AuditPair[]>();
  for (const pair of pairs) {
    const key = `${pair.from.name}@${pair.from.lon},${pair.from.lat}`;
    const list = byStart.get(key);
    if (list) list.push(pair);
    else byStart.set(key, [pair]);
  }
  const gaps: SuspectedGap[] = [];
  for (const group of byStart.values()) {
    const routes = modelRoutes(
      network,
      group[0]!.from,
      group.map((p) => p.to),
    );
    group.forEach(({ from, to }, i) => {
      const route = routes[i]!;
      const straightKm = haversineM(from.lon, from.lat, to.lon, to.lat) / 1000;
      if (!isSuspectedDetour(route.km, straightKm)) return;
      gaps.push({
        from: from.name,
        to: to.name,
        roadKm: Math.round(route.km * 10) / 10,
        straightKm: Math.round(straightKm * 10) / 10,
        ratio: Math.round((route.km / straightKm) * 100) / 100,
        roads: route.roads,
      });
    });
  }
  return gaps.sort(
    (p, q) =>
      q.ratio - p.ratio ||
      (p.from < q.from ? -1 : p.from > q.from ? 1 : p.to < q.to ? -1 : p.to > q.to ? 1 : 0),
  );
}
