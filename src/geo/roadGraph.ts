// Builds a routable car graph from the OSM numbered roads (not noded, with gaps) and the E-road skeleton
// (real road distances, includes E18), following shared/data/roads/SOURCES.md "Recommended use":
//   1. vertices closer than SNAP_TOLERANCE_M become one node (nodes crossings, merges carriageways);
//   2. a line end within DANGLE_JOIN_M of another road is joined to it (T-junctions between vertices);
//   3. the skeleton's links bridge what is left, at their stated road distance;
//   4. components shorter than MIN_COMPONENT_KM are marked not routable (no one is snapped to them).
// No bridge or ferry is invented: Gotland stays its own component. Pure: GeoJSON in, typed arrays out.
import type { Feature, FeatureCollection, LineString, MultiLineString } from "geojson";
import type { DataIssue } from "../data/csv.ts";
import {
  ACCESS_CIRCUITY,
  ACCESS_SPEED_KMH,
  CROSSING_SPLIT_M,
  DANGLE_JOIN_M,
  GAP_BRIDGE_M,
  GAP_BRIDGE_SPEED_KMH,
  JOIN_AT_END_M,
  SAME_ROAD_DETOUR_FACTOR,
  SHORT_GAP_BRIDGE_M,
  MIN_COMPONENT_KM,
  NAMED_END_GAP_M,
  NEAR_MISS_DETOUR_FACTOR,
  NEAR_MISS_JOIN_M,
  SKELETON_PASS_FACTOR,
  ROAD_SPEED_KMH,
  SKELETON_SNAP_MAX_M,
  SKELETON_SPEED_KMH,
  SNAP_TOLERANCE_M,
  type RoadClass,
} from "./assumptions.ts";
import { haversineM, projectOntoSegment } from "./distance.ts";
import type { Skeleton } from "./skeleton.ts";
import { PointGrid } from "./spatialIndex.ts";

export interface RoadProps {
  designation?: string;
  roadType?: string;
  /** The places Swedish Wikipedia's list of numbered roads gives as the road's ends (NAMED_END_GAP_M). */
  fromPlace?: string;
  toPlace?: string;
}

export type RoadCollection = FeatureCollection<LineString | MultiLineString, RoadProps>;

/** An undirected graph in compressed sparse row form: node i's edges are offsets[i] … offsets[i+1]-1. */
export interface RoadGraph {
  nodeLon: Float64Array;
  nodeLat: Float64Array;
  offsets: Int32Array;
  targets: Int32Array;
  /** Free-flow minutes along each directed edge. */
  edgeMinutes: Float64Array;
  /** Road kilometres along each directed edge. */
  edgeKm: Float64Array;
  /** 1 where the node's component is at least MIN_COMPONENT_KM long: only these take access legs. */
  routable: Uint8Array;
  /** Connected component id per node (0 = the longest). */
  component: Int32Array;
  /** Road of each directed edge: an index into roadNames, or -1 for a connector or bridged gap. */
  edgeRoad: Int32Array;
  /** Road numbers as the OSM file writes them ("E45", "62", "241"); SKELETON_ROAD for skeleton links. */
  roadNames: string[];
}

/** The road name of the E-road skeleton's links (the file gives no road numbers). */
export const SKELETON_ROAD = "E-road skeleton";

/** A kommun seat: its name (as the roads' fromPlace/toPlace write it) and [lon, lat]. */
export interface SeatPoint {
  name: string;
  lon: number;
  lat: number;
}

/**
 * Extra inputs of the graph build: the kommun seats skeleton links are split at (SKELETON_PASS_FACTOR)
 * and roads whose named end is a seat are joined to (NAMED_END_GAP_M).
 */
export interface RoadGraphOptions {
  seats?: readonly SeatPoint[];
}

export interface RoadGraphStats {
  osmLines: number;
  osmVertices: number;
  nodes: number;
  edges: number;
  danglingJoined: number;
  /** Crossings of two roads' lines split into one shared node (CROSSING_SPLIT). */
  crossingsSplit: number;
  /** Near-misses of two numbered roads joined (NEAR_MISS_JOIN_M). */
  nearMissesJoined: number;
  skeletonLinks: number;
  /** Skeleton links split at a kommun seat they pass (SKELETON_PASS_FACTOR). */
  skeletonLinksSplit: number;
  /** Roads joined to the kommun seat their list names as an end (NAMED_END_GAP_M). */
  namedEndsJoined: number;
  skeletonNodesSnapped: number;
  /** Gaps bridged between components (GAP_BRIDGE_M): the two end points and the straight-line length. */
  gapsBridged: { from: [number, number]; to: [number, number]; distanceM: number }[];
  components: { nodes: number; km: number }[];
}

interface PendingEdge {
  a: number;
  b: number;
  km: number;
  minutes: number;
  /** Index into the road names, -1 for a connector. */
  road: number;
}

/** Road graph builder state: nodes grow as clusters; edges are deduplicated per node pair (fastest kept). */
class GraphBuilder {
  readonly lon: number[] = [];
  readonly lat: number[] = [];
  readonly edges = new Map<string, PendingEdge>();
  readonly roadNames: string[] = [];
  private readonly roadIndex = new Map<string, number>();

  road(name: string): number {
    let index = this.roadIndex.get(name);
    if (index === undefined) {
      this.roadIndex.set(name, (index = this.roadNames.length));
      this.roadNames.push(name);
    }
    return index;
  }

  addNode(lon: number, lat: number): number {
    this.lon.push(lon);
    this.lat.push(lat);
    return this.lon.length - 1;
  }

  hasEdge(a: number, b: number): boolean {
    return this.edges.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  }

  addEdge(a: number, b: number, km: number, minutes: number, road = -1): void {
    if (a === b) return;
    const [u, v] = a < b ? [a, b] : [b, a];
    const key = `${u}|${v}`;
    const seen = this.edges.get(key);
    if (!seen || minutes < seen.minutes) this.edges.set(key, { a: u, b: v, km, minutes, road });
  }
}

export function buildRoadGraph(
  roads: RoadCollection,
  skeleton: Skeleton,
  file: string,
  options: RoadGraphOptions = {},
): { graph: RoadGraph; stats: RoadGraphStats; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const builder = new GraphBuilder();

  // 1. Lines with their class; a line of unknown class is reported, not guessed.
  const lines: { coords: number[][]; roadClass: RoadClass; designation: string }[] = [];
  roads.features.forEach((feature: Feature<LineString | MultiLineString, RoadProps>, index) => {
    const roadType = feature.properties?.roadType ?? "";
    if (!(roadType in ROAD_SPEED_KMH)) {
      // The file is one line of JSON: the feature's position and road number say where, not a line.
      const road = feature.properties?.designation ?? "?";
      issues.push({
        file,
        line: 0,
        field: "roadType",
        reason: `feature ${index + 1} (road ${road}): unknown road class "${roadType}" (speeds are set for ${Object.keys(ROAD_SPEED_KMH).join(", ")})`,
      });
      return;
    }
    const parts =
      feature.geometry.type === "LineString" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const designation = feature.properties?.designation ?? `#${index}`;
    for (const coords of parts)
      if (coords.length >= 2) lines.push({ coords, roadClass: roadType as RoadClass, designation });
  });

  // 2. Greedy clustering: each vertex joins the nearest existing node within SNAP_TOLERANCE_M, else
  //    founds one. Unlike union-find this cannot chain a whole road into one node.
  const bucketDeg = SNAP_TOLERANCE_M / 111_195;
  const buckets = new Map<string, number[]>();
  const bucketKey = (lon: number, lat: number) =>
    `${Math.floor((lon * Math.cos((lat * Math.PI) / 180)) / bucketDeg)}|${Math.floor(lat / bucketDeg)}`;
  const clusterOf = (lon: number, lat: number): number => {
    const cx = Math.floor((lon * Math.cos((lat * Math.PI) / 180)) / bucketDeg);
    const cy = Math.floor(lat / bucketDeg);
    let best = -1;
    let bestD = SNAP_TOLERANCE_M;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const node of buckets.get(`${cx + dx}|${cy + dy}`) ?? []) {
          const d = haversineM(lon, lat, builder.lon[node]!, builder.lat[node]!);
          if (d <= bestD) [best, bestD] = [node, d];
        }
    if (best >= 0) return best;
    const node = builder.addNode(lon, lat);
    const key = bucketKey(lon, lat);
    buckets.set(key, [...(buckets.get(key) ?? []), node]);
    return node;
  };

  // 3. Edges along each line between consecutive distinct nodes, measured on the original vertices so
  //    merged vertices do not shorten the road.
  let osmVertices = 0;
  // Per node: the road designations through it (for same-road gaps).
  const roadsAt = new Map<number, Set<string>>();
  for (const { coords, roadClass, designation } of lines) {
    const road = builder.road(designation);
    let previous = -1;
    let km = 0;
    for (let i = 0; i < coords.length; i++) {
      const [lon, lat] = coords[i] as [number, number];
      osmVertices++;
      if (i > 0) {
        const [pLon, pLat] = coords[i - 1] as [number, number];
        km += haversineM(pLon, pLat, lon, lat) / 1000;
      }
      const node = clusterOf(lon, lat);
      if (!roadsAt.has(node)) roadsAt.set(node, new Set());
      roadsAt.get(node)!.add(designation);
      if (previous >= 0 && node !== previous) {
        builder.addEdge(previous, node, km, (km / ROAD_SPEED_KMH[roadClass]) * 60, road);
        km = 0;
      }
      if (node !== previous) previous = node;
    }
  }

  // 4. Dangling line ends: join each to the nearest point of another road within DANGLE_JOIN_M, splitting
  //    that road's edge there. Searched against the edges as they stand after step 3.
  const crossingsSplit = splitCrossings(builder);
  const danglingJoined = joinDanglingEnds(builder);
  const sameRoadGaps = joinSameRoadGaps(builder, roadsAt);
  const namedEnds = joinNamedEnds(builder, roadsAt, namedEndsOf(roads), options.seats ?? []);
  const nearMissesJoined = joinNearMisses(builder);

  // 5. Skeleton links, each node attached to the nearest OSM node within SKELETON_SNAP_MAX_M.
  const osmNodeCount = builder.lon.length;
  const osmGrid = new PointGrid(builder.lon, builder.lat, 2_000);
  const skeletonNode = new Map<string, number>();
  let skeletonNodesSnapped = 0;
  for (const node of skeleton.nodes) {
    const near = osmGrid.nearest(node.lon, node.lat, SKELETON_SNAP_MAX_M);
    if (near.index >= 0 && near.index < osmNodeCount) {
      skeletonNode.set(node.id, near.index);
      skeletonNodesSnapped++;
    } else skeletonNode.set(node.id, builder.addNode(node.lon, node.lat));
  }
  const skeletonRoad = builder.road(SKELETON_ROAD);
  const seatNodes = (options.seats ?? []).flatMap(({ lon, lat }) => {
    const near = osmGrid.nearest(lon, lat, SKELETON_SNAP_MAX_M);
    return near.index >= 0 ? [near.index] : [];
  });
  let skeletonLinksSplit = 0;
  for (const link of skeleton.links) {
    const stops = linkStops(
      builder,
      skeletonNode.get(link.source)!,
      skeletonNode.get(link.target)!,
      link.km,
      seatNodes,
    );
    if (stops.length > 2) skeletonLinksSplit++;
    for (let s = 1; s < stops.length; s++) {
      const { km } = stops[s]!;
      builder.addEdge(stops[s - 1]!.node, stops[s]!.node, km, (km / SKELETON_SPEED_KMH) * 60, skeletonRoad);
    }
  }

  // 6. Bridge the gaps left between long components, then compressed sparse rows and components.
  const gapsBridged = [...sameRoadGaps, ...namedEnds, ...bridgeGaps(builder)];
  const graph = toCsr(builder);
  const components = markComponents(graph);
  return {
    graph,
    stats: {
      osmLines: lines.length,
      osmVertices,
      nodes: graph.nodeLon.length,
      edges: graph.targets.length / 2,
      danglingJoined,
      crossingsSplit,
      nearMissesJoined,
      skeletonLinks: skeleton.links.length,
      skeletonLinksSplit,
      namedEndsJoined: namedEnds.length,
      skeletonNodesSnapped,
      gapsBridged,
      components,
    },
    issues,
  };
}

function joinDanglingEnds(builder: GraphBuilder): number {
  const edges = [...builder.edges.values()];
  const degree = new Map<number, number[]>();
  for (const [i, e] of edges.entries()) {
    degree.set(e.a, [...(degree.get(e.a) ?? []), i]);
    degree.set(e.b, [...(degree.get(e.b) ?? []), i]);
  }
  // Buckets of edges by sampled points along them (bucket = DANGLE_JOIN_M), so a query looks at 3×3.
  const bucketDeg = DANGLE_JOIN_M / 111_195;
  const keyOf = (lon: number, lat: number) =>
    `${Math.floor((lon * Math.cos((lat * Math.PI) / 180)) / bucketDeg)}|${Math.floor(lat / bucketDeg)}`;
  const buckets = new Map<string, Set<number>>();
  for (const [i, e] of edges.entries()) {
    const steps = Math.max(1, Math.ceil((e.km * 1000) / (DANGLE_JOIN_M / 2)));
    for (let s = 0; s <= steps; s++) {
      const t = s / steps;
      const lon = builder.lon[e.a]! + t * (builder.lon[e.b]! - builder.lon[e.a]!);
      const lat = builder.lat[e.a]! + t * (builder.lat[e.b]! - builder.lat[e.a]!);
      const key = keyOf(lon, lat);
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = new Set()));
      bucket.add(i);
    }
  }

  const splits = new Map<number, { t: number; node: number }[]>();
  let joined = 0;
  for (const [node, incident] of degree) {
    if (incident.length !== 1) continue;
    const own = edges[incident[0]!]!;
    const neighbour = own.a === node ? own.b : own.a;
    const lon = builder.lon[node]!;
    const lat = builder.lat[node]!;
    const cx = Math.floor((lon * Math.cos((lat * Math.PI) / 180)) / bucketDeg);
    const cy = Math.floor(lat / bucketDeg);
    let best: { edge: number; t: number; distanceM: number } | null = null;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const i of buckets.get(`${cx + dx}|${cy + dy}`) ?? []) {
          const e = edges[i]!;
          if (e.a === node || e.b === node || e.a === neighbour || e.b === neighbour) continue;
          const p = projectOntoSegment(
            lon,
            lat,
            builder.lon[e.a]!,
            builder.lat[e.a]!,
            builder.lon[e.b]!,
            builder.lat[e.b]!,
          );
          if (
            p.distanceM <= DANGLE_JOIN_M &&
            (!best || p.distanceM < best.distanceM || (p.distanceM === best.distanceM && i < best.edge))
          )
            best = { edge: i, ...p };
        }
    if (!best) continue;
    joined++;
    const connectorKm = (best.distanceM / 1000) * ACCESS_CIRCUITY;
    const connectorMinutes = (connectorKm / ACCESS_SPEED_KMH) * 60;
    const e = edges[best.edge]!;
    if (best.t * e.km * 1000 < JOIN_AT_END_M) builder.addEdge(node, e.a, connectorKm, connectorMinutes);
    else if ((1 - best.t) * e.km * 1000 < JOIN_AT_END_M)
      builder.addEdge(node, e.b, connectorKm, connectorMinutes);
    else {
      const list = splits.get(best.edge) ?? [];
      const splitNode = builder.addNode(
        builder.lon[e.a]! + best.t * (builder.lon[e.b]! - builder.lon[e.a]!),
        builder.lat[e.a]! + best.t * (builder.lat[e.b]! - builder.lat[e.a]!),
      );
      list.push({ t: best.t, node: splitNode });
      splits.set(best.edge, list);
      builder.addEdge(node, splitNode, connectorKm, connectorMinutes);
    }
  }

  replaceSplitEdges(builder, edges, splits);
  return joined;
}

/**
 * A road mapped in pieces (riksväg 99 between Övertorneå and Pajala): each line end is joined to the
 * nearest node of the same designation within SHORT_GAP_BRIDGE_M that the network does not already reach
 * within SAME_ROAD_DETOUR_FACTOR × the straight distance, so a gap is closed even where the pieces connect the long
 * way round, and never where the road already runs.
 */
function joinSameRoadGaps(
  builder: GraphBuilder,
  roadsAt: Map<number, Set<string>>,
): RoadGraphStats["gapsBridged"] {
  const adjacency = new Map<number, { to: number; km: number }[]>();
  for (const e of builder.edges.values()) {
    if (!adjacency.has(e.a)) adjacency.set(e.a, []);
    if (!adjacency.has(e.b)) adjacency.set(e.b, []);
    adjacency.get(e.a)!.push({ to: e.b, km: e.km });
    adjacency.get(e.b)!.push({ to: e.a, km: e.km });
  }
  const limitKm = (SHORT_GAP_BRIDGE_M / 1000) * SAME_ROAD_DETOUR_FACTOR;
  /** Road km from `start` to every node within limitKm (small Dijkstra; the areas are a few km wide). */
  const nearby = (start: number): Map<number, number> => {
    const dist = new Map<number, number>([[start, 0]]);
    const queue: [number, number][] = [[0, start]];
    while (queue.length > 0) {
      queue.sort((p, q) => q[0] - p[0]);
      const [d, u] = queue.pop()!;
      if (d > dist.get(u)!) continue;
      for (const { to, km } of adjacency.get(u) ?? []) {
        const nd = d + km;
        if (nd <= limitKm && nd < (dist.get(to) ?? Infinity)) {
          dist.set(to, nd);
          queue.push([nd, to]);
        }
      }
    }
    return dist;
  };
  const grid = new PointGrid(builder.lon, builder.lat, 2_000, (i) => roadsAt.has(i));
  const bridged: RoadGraphStats["gapsBridged"] = [];
  for (const [node, edges] of adjacency) {
    if (edges.length !== 1) continue;
    const roads = roadsAt.get(node);
    if (!roads) continue;
    const reached = nearby(node);
    let best = { other: -1, distanceM: Infinity };
    grid.visit(builder.lon[node]!, builder.lat[node]!, SHORT_GAP_BRIDGE_M, (other, distanceM) => {
      if (other === node || distanceM > SHORT_GAP_BRIDGE_M || distanceM >= best.distanceM) return;
      if (![...(roadsAt.get(other) ?? [])].some((r) => roads.has(r))) return;
      if ((reached.get(other) ?? Infinity) <= (distanceM / 1000) * SAME_ROAD_DETOUR_FACTOR) return;
      best = { other, distanceM };
    });
    // Both ends of a gap are dangling and find each other: list and add the gap once.
    if (best.other < 0 || builder.hasEdge(node, best.other)) continue;
    const gapKm = (best.distanceM / 1000) * ACCESS_CIRCUITY;
    builder.addEdge(node, best.other, gapKm, (gapKm / GAP_BRIDGE_SPEED_KMH) * 60);
    bridged.push({
      from: [builder.lon[node]!, builder.lat[node]!],
      to: [builder.lon[best.other]!, builder.lat[best.other]!],
      distanceM: Math.round(best.distanceM),
    });
  }
  return bridged;
}

/** Road indexes of the edges at each node (connectors, road -1, left out). */
function roadsByNode(builder: GraphBuilder): Map<number, Set<number>> {
  const roads = new Map<number, Set<number>>();
  for (const e of builder.edges.values()) {
    if (e.road < 0) continue;
    for (const node of [e.a, e.b]) {
      let set = roads.get(node);
      if (!set) roads.set(node, (set = new Set()));
      set.add(e.road);
    }
  }
  return roads;
}

/**
 * Rule CROSSING_SPLIT_M: where the lines of two different roads cross between their vertices, both edges are
 * split at the crossing into one shared node (the lines are not noded, and a crossing whose nearest vertices
 * are farther apart than SNAP_TOLERANCE_M was never joined). A crossing within CROSSING_SPLIT_M of an
 * edge's end uses that end. Crossings are found in a local plane (lon scaled by cos lat), fine at 1 km.
 */
function splitCrossings(builder: GraphBuilder): number {
  const edges = [...builder.edges.values()];
  const cellDeg = 0.02;
  const buckets = new Map<string, number[]>();
  for (const [i, e] of edges.entries()) {
    if (e.road < 0) continue;
    const [x0, x1] = [builder.lon[e.a]!, builder.lon[e.b]!].sort((p, q) => p - q);
    const [y0, y1] = [builder.lat[e.a]!, builder.lat[e.b]!].sort((p, q) => p - q);
    for (let cx = Math.floor(x0! / cellDeg); cx <= Math.floor(x1! / cellDeg); cx++)
      for (let cy = Math.floor(y0! / cellDeg); cy <= Math.floor(y1! / cellDeg); cy++) {
        const key = `${cx}|${cy}`;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(i);
        else buckets.set(key, [i]);
      }
  }
  const splits = new Map<number, { t: number; node: number }[]>();
  const seen = new Set<string>();
  let crossings = 0;
  const addSplit = (edge: number, t: number, node: number) => {
    const list = splits.get(edge) ?? [];
    list.push({ t, node });
    splits.set(edge, list);
  };
  for (const bucket of buckets.values())
    for (let p = 0; p < bucket.length; p++)
      for (let q = p + 1; q < bucket.length; q++) {
        const [i, j] = [bucket[p]!, bucket[q]!].sort((x, y) => x - y) as [number, number];
        const e = edges[i]!;
        const f = edges[j]!;
        if (e.road === f.road || e.a === f.a || e.a === f.b || e.b === f.a || e.b === f.b) continue;
        const key = `${i}|${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const hit = segmentCrossing(builder, e, f);
        if (!hit) continue;
        const endOf = (g: PendingEdge, t: number) =>
          t * g.km * 1000 < CROSSING_SPLIT_M ? g.a : (1 - t) * g.km * 1000 < CROSSING_SPLIT_M ? g.b : -1;
        const endE = endOf(e, hit.t);
        const endF = endOf(f, hit.u);
        if (endE >= 0 && endF >= 0) continue; // both ends: the snap or the dangling-end rule handles it
        const node = endE >= 0 ? endE : endF >= 0 ? endF : builder.addNode(hit.lon, hit.lat);
        if (endE < 0) addSplit(i, hit.t, node);
        if (endF < 0) addSplit(j, hit.u, node);
        crossings++;
      }
  replaceSplitEdges(builder, edges, splits);
  return crossings;
}

/** Where the segments of two edges cross (parameters along each), or null. */
function segmentCrossing(
  builder: GraphBuilder,
  e: PendingEdge,
  f: PendingEdge,
): { t: number; u: number; lon: number; lat: number } | null {
  const k = Math.cos((builder.lat[e.a]! * Math.PI) / 180);
  const [ax, ay, bx, by] = [
    builder.lon[e.a]! * k,
    builder.lat[e.a]!,
    builder.lon[e.b]! * k,
    builder.lat[e.b]!,
  ];
  const [cx, cy, dx, dy] = [
    builder.lon[f.a]! * k,
    builder.lat[f.a]!,
    builder.lon[f.b]! * k,
    builder.lat[f.b]!,
  ];
  const denom = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
  if (Math.abs(denom) < 1e-15) return null;
  const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / denom;
  const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / denom;
  if (t <= 0 || t >= 1 || u <= 0 || u >= 1) return null;
  return {
    t,
    u,
    lon: builder.lon[e.a]! + t * (builder.lon[e.b]! - builder.lon[e.a]!),
    lat: builder.lat[e.a]! + t * (builder.lat[e.b]! - builder.lat[e.a]!),
  };
}

/** Replaces each split edge by its pieces, lengths and minutes shared in proportion to t. */
function replaceSplitEdges(
  builder: GraphBuilder,
  edges: readonly PendingEdge[],
  splits: Map<number, { t: number; node: number }[]>,
): void {
  for (const [i, list] of splits) {
    const e = edges[i]!;
    builder.edges.delete(`${e.a}|${e.b}`);
    const stops = [{ t: 0, node: e.a }, ...list.sort((p, q) => p.t - q.t), { t: 1, node: e.b }];
    for (let s = 1; s < stops.length; s++) {
      const share = stops[s]!.t - stops[s - 1]!.t;
      builder.addEdge(stops[s - 1]!.node, stops[s]!.node, e.km * share, e.minutes * share, e.road);
    }
  }
}

/**
 * Rule NEAR_MISS_JOIN_M: two nodes of different numbered roads at most NEAR_MISS_JOIN_M apart are joined by
 * a connector at access speed (straight line × ACCESS_CIRCUITY) unless the network already links them
 * within NEAR_MISS_DETOUR_FACTOR × their straight-line distance: a junction whose nearest vertices lie just
 * over the snap (riksväg 62 × E45 at Stöllet, 0.43 km). Closest pairs first, so one connector serves a
 * junction and the pairs around it then find it.
 */
function joinNearMisses(builder: GraphBuilder): number {
  const roads = roadsByNode(builder);
  const adjacency = new Map<number, { to: number; km: number }[]>();
  const link = (a: number, b: number, km: number) => {
    if (!adjacency.has(a)) adjacency.set(a, []);
    if (!adjacency.has(b)) adjacency.set(b, []);
    adjacency.get(a)!.push({ to: b, km });
    adjacency.get(b)!.push({ to: a, km });
  };
  for (const e of builder.edges.values()) link(e.a, e.b, e.km);
  const grid = new PointGrid(builder.lon, builder.lat, 2_000, (i) => roads.has(i));
  const pairs: { a: number; b: number; distanceM: number }[] = [];
  for (const [node, own] of roads)
    grid.visit(builder.lon[node]!, builder.lat[node]!, NEAR_MISS_JOIN_M, (other, distanceM) => {
      if (other <= node || distanceM > NEAR_MISS_JOIN_M) return;
      for (const r of roads.get(other)!) if (own.has(r)) return;
      pairs.push({ a: node, b: other, distanceM });
    });
  pairs.sort((p, q) => p.distanceM - q.distanceM || p.a - q.a || p.b - q.b);
  let joined = 0;
  for (const { a, b, distanceM } of pairs) {
    const limitKm = (distanceM / 1000) * NEAR_MISS_DETOUR_FACTOR;
    if (networkKmWithin(adjacency, a, b, limitKm) <= limitKm) continue;
    const km = (distanceM / 1000) * ACCESS_CIRCUITY;
    builder.addEdge(a, b, km, (km / ACCESS_SPEED_KMH) * 60);
    link(a, b, km);
    joined++;
  }
  return joined;
}

/** Road km from `start` to `target` if at most `limitKm`, else Infinity (a small bounded Dijkstra). */
function networkKmWithin(
  adjacency: Map<number, { to: number; km: number }[]>,
  start: number,
  target: number,
  limitKm: number,
): number {
  const dist = new Map<number, number>([[start, 0]]);
  const queue: [number, number][] = [[0, start]];
  while (queue.length > 0) {
    queue.sort((p, q) => q[0] - p[0]);
    const [d, u] = queue.pop()!;
    if (u === target) return d;
    if (d > dist.get(u)!) continue;
    for (const { to, km } of adjacency.get(u) ?? []) {
      const nd = d + km;
      if (nd <= limitKm && nd < (dist.get(to) ?? Infinity)) {
        dist.set(to, nd);
        queue.push([nd, to]);
      }
    }
  }
  return Infinity;
}

/**
 * Rule SKELETON_PASS_FACTOR: the stops of a skeleton link from `a` to `b` (road km `km`): its ends and the
 * kommun seats' OSM nodes it passes. Seats are taken nearest the line first; each goes into the piece
 * S → T it lies along when its straight-line detour S → seat → T is at most SKELETON_PASS_FACTOR × S → T
 * and at most the piece's km (a road is never shorter than the straight line, so no piece can become a
 * shortcut between two towns beside the line). Each piece's km is shared in proportion to the straight
 * lines, so a link (Umeå → Töre) no longer bypasses the city it runs through (Luleå).
 */
function linkStops(
  builder: GraphBuilder,
  a: number,
  b: number,
  km: number,
  seatNodes: readonly number[],
): { node: number; km: number }[] {
  const straightKm = (p: number, q: number) =>
    haversineM(builder.lon[p]!, builder.lat[p]!, builder.lon[q]!, builder.lat[q]!) / 1000;
  const direct = straightKm(a, b);
  const candidates = [...new Set(seatNodes)]
    .filter((seat) => seat !== a && seat !== b)
    .map((seat) => ({ seat, detour: straightKm(a, seat) + straightKm(seat, b) - direct }))
    .filter((c) => c.detour <= (SKELETON_PASS_FACTOR - 1) * direct)
    .sort((p, q) => p.detour - q.detour || p.seat - q.seat);
  // Pieces in driving order: node at the start of each piece and the piece's km.
  const pieces: { from: number; to: number; km: number }[] = [{ from: a, to: b, km }];
  for (const { seat } of candidates) {
    let best = -1;
    let bestDetour = Infinity;
    pieces.forEach((piece, i) => {
      const through = straightKm(piece.from, seat) + straightKm(seat, piece.to);
      const detour = through - straightKm(piece.from, piece.to);
      if (
        through <= piece.km &&
        through <= SKELETON_PASS_FACTOR * straightKm(piece.from, piece.to) &&
        detour < bestDetour
      )
        [best, bestDetour] = [i, detour];
    });
    if (best < 0) continue;
    const piece = pieces[best]!;
    const [first, second] = [straightKm(piece.from, seat), straightKm(seat, piece.to)];
    const share = first / (first + second);
    pieces.splice(
      best,
      1,
      { from: piece.from, to: seat, km: piece.km * share },
      { from: seat, to: piece.to, km: piece.km * (1 - share) },
    );
  }
  return [{ node: a, km: 0 }, ...pieces.map((p) => ({ node: p.to, km: p.km }))];
}

/** Each road's named end places (from the OSM file's properties): designation → place names. */
function namedEndsOf(roads: RoadCollection): Map<string, Set<string>> {
  const ends = new Map<string, Set<string>>();
  for (const f of roads.features) {
    const designation = f.properties?.designation;
    if (!designation) continue;
    const set = ends.get(designation) ?? new Set<string>();
    for (const place of [f.properties?.fromPlace, f.properties?.toPlace]) if (place) set.add(place);
    ends.set(designation, set);
  }
  return ends;
}

/**
 * Rule NAMED_END_GAP_M: a road whose list (Swedish Wikipedia, in the OSM file's fromPlace/toPlace) names a
 * kommun seat as its end, but whose mapped line stops short of it, is joined from its node nearest the
 * seat to the network node nearest the seat, when that node of the road is at most NAMED_END_GAP_M from
 * the seat and the network does not already link the two within SAME_ROAD_DETOUR_FACTOR × their straight
 * line: länsväg 395 "Pajala–Vittangi" stops 16 km west of Pajala. The join is a gap at GAP_BRIDGE_SPEED_KMH
 * over straight line × ACCESS_CIRCUITY, listed with the bridged gaps.
 */
function joinNamedEnds(
  builder: GraphBuilder,
  roadsAt: Map<number, Set<string>>,
  namedEnds: Map<string, Set<string>>,
  seats: readonly SeatPoint[],
): RoadGraphStats["gapsBridged"] {
  if (seats.length === 0) return [];
  const adjacency = new Map<number, { to: number; km: number }[]>();
  const link = (a: number, b: number, km: number) => {
    if (!adjacency.has(a)) adjacency.set(a, []);
    if (!adjacency.has(b)) adjacency.set(b, []);
    adjacency.get(a)!.push({ to: b, km });
    adjacency.get(b)!.push({ to: a, km });
  };
  for (const e of builder.edges.values()) link(e.a, e.b, e.km);
  const grid = new PointGrid(builder.lon, builder.lat, 2_000, (i) => adjacency.has(i));
  const seatByName = new Map<string, SeatPoint>();
  for (const seat of seats) if (!seatByName.has(seat.name)) seatByName.set(seat.name, seat);
  const bridged: RoadGraphStats["gapsBridged"] = [];
  for (const [designation, places] of [...namedEnds].sort((p, q) => (p[0] < q[0] ? -1 : 1)))
    for (const place of [...places].sort()) {
      const seat = seatByName.get(place);
      if (!seat) continue;
      // The road's node nearest the seat, and the network's node nearest the seat.
      let [roadNode, roadM] = [-1, Infinity];
      let [seatNode, seatM] = [-1, Infinity];
      grid.visit(seat.lon, seat.lat, NAMED_END_GAP_M, (node, distanceM) => {
        if (distanceM > NAMED_END_GAP_M) return;
        if (roadsAt.get(node)?.has(designation) && distanceM < roadM) [roadNode, roadM] = [node, distanceM];
        if (distanceM < seatM) [seatNode, seatM] = [node, distanceM];
      });
      if (roadNode < 0 || seatNode < 0 || roadNode === seatNode) continue;
      const straightM = haversineM(
        builder.lon[roadNode]!,
        builder.lat[roadNode]!,
        builder.lon[seatNode]!,
        builder.lat[seatNode]!,
      );
      const limitKm = (straightM / 1000) * SAME_ROAD_DETOUR_FACTOR;
      if (networkKmWithin(adjacency, roadNode, seatNode, limitKm) <= limitKm) continue;
      const gapKm = (straightM / 1000) * ACCESS_CIRCUITY;
      builder.addEdge(roadNode, seatNode, gapKm, (gapKm / GAP_BRIDGE_SPEED_KMH) * 60);
      link(roadNode, seatNode, gapKm);
      bridged.push({
        from: [builder.lon[roadNode]!, builder.lat[roadNode]!],
        to: [builder.lon[seatNode]!, builder.lat[seatNode]!],
        distanceM: Math.round(straightM),
      });
    }
  return bridged;
}

/** Component id per node and length per component, over the builder's edges (union-find). */
function builderComponents(builder: GraphBuilder): {
  componentOf: (node: number) => number;
  km: Map<number, number>;
} {
  const parent = Int32Array.from({ length: builder.lon.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const e of builder.edges.values()) parent[find(e.a)] = find(e.b);
  const km = new Map<number, number>();
  for (const e of builder.edges.values()) km.set(find(e.a), (km.get(find(e.a)) ?? 0) + e.km);
  return { componentOf: find, km };
}

/**
 * Kruskal over components: join the closest pair of nodes of two different components when they are at
 * most SHORT_GAP_BRIDGE_M apart, or at most GAP_BRIDGE_M apart if both components are at least
 * MIN_COMPONENT_KM long; closest gaps first, and only while the two are not yet joined.
 */
function bridgeGaps(builder: GraphBuilder): RoadGraphStats["gapsBridged"] {
  const { componentOf, km } = builderComponents(builder);
  const isLong = (c: number) => (km.get(c) ?? 0) >= MIN_COMPONENT_KM;
  let main = -1;
  for (const [c, length] of km) if (main < 0 || length > km.get(main)!) main = c;
  const grid = new PointGrid(builder.lon, builder.lat, 2_000);
  // Best gap per pair of components, searched from the nodes of every component but the main one.
  const best = new Map<string, { a: number; b: number; distanceM: number }>();
  for (let node = 0; node < builder.lon.length; node++) {
    const c = componentOf(node);
    if (c === main) continue;
    grid.visit(builder.lon[node]!, builder.lat[node]!, GAP_BRIDGE_M, (other, distanceM) => {
      const d = componentOf(other);
      if (d === c) return;
      const limit = isLong(c) && isLong(d) ? GAP_BRIDGE_M : SHORT_GAP_BRIDGE_M;
      if (distanceM > limit) return;
      const key = c < d ? `${c}|${d}` : `${d}|${c}`;
      const seen = best.get(key);
      if (!seen || distanceM < seen.distanceM) best.set(key, { a: node, b: other, distanceM });
    });
  }
  const joined = new Map<number, number>();
  const root = (c: number): number => {
    while (joined.has(c)) c = joined.get(c)!;
    return c;
  };
  const bridged: RoadGraphStats["gapsBridged"] = [];
  for (const gap of [...best.values()].sort((p, q) => p.distanceM - q.distanceM || p.a - q.a)) {
    const [ra, rb] = [root(componentOf(gap.a)), root(componentOf(gap.b))];
    if (ra === rb) continue;
    joined.set(ra, rb);
    const gapKm = (gap.distanceM / 1000) * ACCESS_CIRCUITY;
    builder.addEdge(gap.a, gap.b, gapKm, (gapKm / GAP_BRIDGE_SPEED_KMH) * 60);
    bridged.push({
      from: [builder.lon[gap.a]!, builder.lat[gap.a]!],
      to: [builder.lon[gap.b]!, builder.lat[gap.b]!],
      distanceM: Math.round(gap.distanceM),
    });
  }
  return bridged;
}

function toCsr(builder: GraphBuilder): RoadGraph {
  const n = builder.lon.length;
  const edges = [...builder.edges.values()];
  const counts = new Int32Array(n + 1);
  for (const e of edges) {
    counts[e.a + 1]!++;
    counts[e.b + 1]!++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + counts[i + 1]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(edges.length * 2);
  const edgeRoad = new Int32Array(edges.length * 2);
  const edgeMinutes = new Float64Array(edges.length * 2);
  const edgeKm = new Float64Array(edges.length * 2);
  const put = (from: number, to: number, e: PendingEdge) => {
    const slot = cursor[from]!++;
    targets[slot] = to;
    edgeMinutes[slot] = e.minutes;
    edgeKm[slot] = e.km;
    edgeRoad[slot] = e.road;
  };
  for (const e of edges) {
    put(e.a, e.b, e);
    put(e.b, e.a, e);
  }
  return {
    nodeLon: Float64Array.from(builder.lon),
    nodeLat: Float64Array.from(builder.lat),
    offsets,
    targets,
    edgeMinutes,
    edgeKm,
    routable: new Uint8Array(n),
    component: new Int32Array(n).fill(-1),
    edgeRoad,
    roadNames: [...builder.roadNames],
  };
}

/**
 * Labels connected components, longest first (0 = the mainland network), and marks nodes of components
 * at least MIN_COMPONENT_KM long as routable. Returns node count and length per component.
 */
export function markComponents(graph: RoadGraph): { nodes: number; km: number }[] {
  const n = graph.nodeLon.length;
  const raw = new Int32Array(n).fill(-1);
  const found: { id: number; nodes: number; km: number }[] = [];
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    if (raw[start] !== -1) continue;
    const id = found.length;
    let nodes = 0;
    let km = 0;
    raw[start] = id;
    stack.push(start);
    while (stack.length > 0) {
      const node = stack.pop()!;
      nodes++;
      for (let k = graph.offsets[node]!; k < graph.offsets[node + 1]!; k++) {
        km += graph.edgeKm[k]! / 2; // each undirected edge is seen from both ends
        const next = graph.targets[k]!;
        if (raw[next] === -1) {
          raw[next] = id;
          stack.push(next);
        }
      }
    }
    found.push({ id, nodes, km });
  }
  const order = [...found].sort((p, q) => q.km - p.km || p.id - q.id);
  const rank = new Int32Array(found.length);
  order.forEach((c, i) => (rank[c.id] = i));
  for (let i = 0; i < n; i++) {
    const c = rank[raw[i]!]!;
    graph.component[i] = c;
    graph.routable[i] = order[c]!.km >= MIN_COMPONENT_KM ? 1 : 0;
  }
  return order.map((c) => ({ nodes: c.nodes, km: Math.round(c.km * 10) / 10 }));
}
