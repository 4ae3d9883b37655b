// Unit tests for src/geo/roadGraph.ts (and the GraphML parser it takes its skeleton from) on tiny
// synthetic roads. Coordinates [lon, lat] degrees WGS84 around 60° N; distances metres, km; minutes.
// Expected values are derived from the named constants in assumptions.ts, never hard-coded speeds.
import type { Feature, LineString, MultiLineString } from "geojson";
import { describe, expect, it } from "vitest";
import {
  ACCESS_CIRCUITY,
  ACCESS_SPEED_KMH,
  DANGLE_JOIN_M,
  GAP_BRIDGE_M,
  MIN_COMPONENT_KM,
  ROAD_SPEED_KMH,
  SHORT_GAP_BRIDGE_M,
  SKELETON_SNAP_MAX_M,
  SKELETON_SPEED_KMH,
  SNAP_TOLERANCE_M,
  type RoadClass,
} from "../../src/geo/assumptions.ts";
import { multiSourceDijkstra } from "../../src/geo/dijkstra.ts";
import { haversineM } from "../../src/geo/distance.ts";
import {
  buildRoadGraph,
  type RoadCollection,
  type RoadGraph,
  type RoadProps,
} from "../../src/geo/roadGraph.ts";
import { parseSkeleton, type Skeleton } from "../../src/geo/skeleton.ts";

const FILE = "fixture/roads.json";
const NO_SKELETON: Skeleton = { nodes: [], links: [] };
/** Metres per degree of latitude on the haversine sphere (R = 6 371 008.8 m). */
const M_PER_DEG_LAT = (6_371_008.8 * Math.PI) / 180;
/** Metres per degree of longitude at latitude 60 (cos 60° = 0.5). */
const M_PER_DEG_LON_60 = M_PER_DEG_LAT * 0.5;

type Position = [lon: number, lat: number];

function road(
  coordinates: Position[],
  roadType: string = "riksvag",
  designation?: string,
): Feature<LineString, RoadProps> {
  return {
    type: "Feature",
    properties: designation === undefined ? { roadType } : { roadType, designation },
    geometry: { type: "LineString", coordinates },
  };
}

function collection(...features: Feature<LineString | MultiLineString, RoadProps>[]): RoadCollection {
  return { type: "FeatureCollection", features };
}

/** An east–west line at latitude 60 from `lon`, `km` long, with a vertex every km (so no vertex is far). */
function eastward(lon: number, km: number, lat = 60, roadType = "riksvag", designation?: string) {
  const steps = Math.ceil(km);
  const coords = Array.from({ length: steps + 1 }, (_, i): Position => [
    lon + (((km * i) / steps) * 1000) / M_PER_DEG_LON_60,
    lat,
  ]);
  return road(coords, roadType, designation);
}

/** Index of the graph node at exactly [lon, lat], or -1. */
function nodeAt(graph: RoadGraph, lon: number, lat: number): number {
  for (let i = 0; i < graph.nodeLon.length; i++)
    if (graph.nodeLon[i] === lon && graph.nodeLat[i] === lat) return i;
  return -1;
}

/** Minutes from node `from` to node `to` over the graph (Infinity when not connected). */
function minutesBetween(graph: RoadGraph, from: number, to: number): number {
  return multiSourceDijkstra(graph, [{ node: from, minutes: 0, km: 0, label: 0 }]).minutes[to]!;
}

/** The directed edge from a to b: its slot in targets / edgeMinutes / edgeKm, or -1. */
function edgeSlot(graph: RoadGraph, a: number, b: number): number {
  for (let k = graph.offsets[a]!; k < graph.offsets[a + 1]!; k++) if (graph.targets[k] === b) return k;
  return -1;
}

describe("buildRoadGraph: nodes", () => {
  // Fails if lines are not noded at a shared vertex (two separate crossing points, 6 nodes).
  it("makes two lines crossing at a shared vertex one node", () => {
    const horizontal = road([
      [15, 60],
      [15.1, 60],
      [15.2, 60],
    ]);
    const vertical = road([
      [15.1, 59.95],
      [15.1, 60],
      [15.1, 60.05],
    ]);
    const { graph, stats } = buildRoadGraph(collection(horizontal, vertical), NO_SKELETON, FILE);
    expect(stats.nodes).toBe(5);
    expect(stats.edges).toBe(4);
    const crossing = nodeAt(graph, 15.1, 60);
    expect(graph.offsets[crossing + 1]! - graph.offsets[crossing]!).toBe(4);
  });

  // Fails if the snap tolerance is not applied (carriageways stay two roads) or is much larger than stated.
  it("merges vertices within SNAP_TOLERANCE_M and keeps those farther apart", () => {
    const west: Position = [15, 60];
    const east: Position = [15.05, 60];
    const shifted =
      (metres: number) =>
      (p: Position): Position => [p[0], p[1] + metres / M_PER_DEG_LAT];

    const nearM = SNAP_TOLERANCE_M * 0.75;
    const near = buildRoadGraph(
      collection(road([west, east]), road([west, east].map(shifted(nearM)))),
      NO_SKELETON,
      FILE,
    );
    expect(near.stats.nodes).toBe(2);
    expect(near.stats.edges).toBe(1);

    const farM = SNAP_TOLERANCE_M * 1.25;
    const farRoads = collection(road([west, east]), road([west, east].map(shifted(farM))));
    const far = buildRoadGraph(farRoads, NO_SKELETON, FILE);
    for (const [lon, lat] of [west, east, ...[west, east].map(shifted(farM))])
      expect(nodeAt(far.graph, lon, lat)).toBeGreaterThanOrEqual(0);
    expect(far.stats.nodes).toBe(4);
  });
});

describe("buildRoadGraph: edges", () => {
  // Fails if a class gets another class's speed, or minutes are computed as km / speed without × 60.
  it.each(Object.keys(ROAD_SPEED_KMH) as RoadClass[])(
    "times a %s edge at km / ROAD_SPEED_KMH × 60",
    (roadClass) => {
      const a: Position = [15, 60];
      const b: Position = [15.02, 60.01];
      const { graph } = buildRoadGraph(collection(road([a, b], roadClass)), NO_SKELETON, FILE);
      const km = haversineM(a[0], a[1], b[0], b[1]) / 1000;
      expect(graph.edgeKm[0]).toBeCloseTo(km, 9);
      expect(graph.edgeMinutes[0]).toBeCloseTo((km / ROAD_SPEED_KMH[roadClass]) * 60, 9);
    },
  );

  // Fails if the edge length is measured between the merged node positions instead of along the line.
  it("measures an edge along the original vertices when a vertex is merged into a node", () => {
    const a: Position = [15, 60];
    const detour: Position = [15, 60 + (SNAP_TOLERANCE_M * 0.5) / M_PER_DEG_LAT];
    const b: Position = [15.05, 60];
    const { graph, stats } = buildRoadGraph(collection(road([a, detour, b])), NO_SKELETON, FILE);
    expect(stats.nodes).toBe(2);
    const km = (haversineM(...a, ...detour) + haversineM(...detour, ...b)) / 1000;
    expect(graph.edgeKm[0]).toBeCloseTo(km, 9);
  });
});

describe("buildRoadGraph: joining and bridging", () => {
  const main = road([
    [15, 60],
    [15.2, 60],
  ]);
  const branchEndingAt = (metresSouth: number) =>
    road([
      [15.1, 60 - metresSouth / M_PER_DEG_LAT],
      [15.1, 59.9],
    ]);

  // Fails if T-junctions between vertices are not joined (the branch would only be a bridged gap) or the
  // main road is not split where the branch meets it.
  it("joins a line end within DANGLE_JOIN_M of another road's segment, splitting that segment", () => {
    const gapM = DANGLE_JOIN_M * 0.5;
    const { graph, stats } = buildRoadGraph(collection(main, branchEndingAt(gapM)), NO_SKELETON, FILE);
    expect(stats.danglingJoined).toBe(1);
    expect(stats.gapsBridged).toEqual([]);
    const split = nodeAt(graph, 15.1, 60);
    expect(split).toBeGreaterThanOrEqual(0);

    const west = nodeAt(graph, 15, 60);
    const branchEnd = nodeAt(graph, 15.1, 60 - gapM / M_PER_DEG_LAT);
    const branchFar = nodeAt(graph, 15.1, 59.9);
    const mainKm = haversineM(15, 60, 15.2, 60) / 1000;
    const branchKm = haversineM(15.1, 60 - gapM / M_PER_DEG_LAT, 15.1, 59.9) / 1000;
    const connectorKm = (gapM / 1000) * ACCESS_CIRCUITY;
    // West end → split point (half the main road) → connector on local roads → branch.
    const toJunction = (mainKm / 2 / ROAD_SPEED_KMH.riksvag) * 60 + (connectorKm / ACCESS_SPEED_KMH) * 60;
    expect(minutesBetween(graph, west, branchEnd)).toBeCloseTo(toJunction, 4);
    expect(minutesBetween(graph, west, branchFar)).toBeCloseTo(
      toJunction + (branchKm / ROAD_SPEED_KMH.riksvag) * 60,
      4,
    );
  });

  // Fails if DANGLE_JOIN_M is not the limit of the dangle join. The components are then bridged node to
  // node (not to the segment): from the branch end to the nearer end of the main road.
  it("does not dangle-join an end farther than DANGLE_JOIN_M (the short-gap bridge takes it)", () => {
    const gapM = DANGLE_JOIN_M * 1.5;
    const branchEndLat = 60 - gapM / M_PER_DEG_LAT;
    const { graph, stats } = buildRoadGraph(collection(main, branchEndingAt(gapM)), NO_SKELETON, FILE);
    expect(stats.danglingJoined).toBe(0);
    expect(nodeAt(graph, 15.1, 60)).toBe(-1);
    const nodeGapM = Math.min(
      haversineM(15.1, branchEndLat, 15, 60),
      haversineM(15.1, branchEndLat, 15.2, 60),
    );
    expect(nodeGapM).toBeLessThan(SHORT_GAP_BRIDGE_M);
    expect(stats.gapsBridged).toHaveLength(1);
    expect(stats.gapsBridged[0]!.distanceM).toBe(Math.round(nodeGapM));
    expect(stats.components).toHaveLength(1);
  });

  // Fails if a far island is bridged (Gotland, 90 km of sea) or short fragments are marked routable.
  it("keeps an island 90 km off its own component and marks routable by MIN_COMPONENT_KM", () => {
    const mainland = eastward(15, MIN_COMPONENT_KM * 3);
    const islandLon = 15 + (90_000 + MIN_COMPONENT_KM * 3_000) / M_PER_DEG_LON_60;
    const island = eastward(islandLon, MIN_COMPONENT_KM * 1.5);
    // A stub 3 × SHORT_GAP_BRIDGE_M north of the mainland road: too far for any bridge, too short to route.
    const stubLat = 60 + (SHORT_GAP_BRIDGE_M * 3) / M_PER_DEG_LAT;
    const stub = eastward(15, MIN_COMPONENT_KM * 0.5, stubLat);
    expect(90_000).toBeGreaterThan(GAP_BRIDGE_M);

    const { graph, stats } = buildRoadGraph(collection(mainland, island, stub), NO_SKELETON, FILE);
    expect(stats.gapsBridged).toEqual([]);
    expect(stats.components).toHaveLength(3);
    const componentOf = (lon: number, lat: number) => graph.component[nodeAt(graph, lon, lat)]!;
    const routableAt = (lon: number, lat: number) => graph.routable[nodeAt(graph, lon, lat)]!;
    expect(componentOf(15, 60)).toBe(0); // the longest
    expect(componentOf(islandLon, 60)).toBe(1);
    expect(componentOf(15, stubLat)).toBe(2);
    expect(minutesBetween(graph, nodeAt(graph, 15, 60), nodeAt(graph, islandLon, 60))).toBe(Infinity);
    expect([routableAt(15, 60), routableAt(islandLon, 60), routableAt(15, stubLat)]).toEqual([1, 1, 0]);
  });

  // Fails if a road mapped in two pieces is listed as two bridged gaps (each end joined to the other).
  it("lists a gap between two pieces of the same road once", () => {
    const gapKm = (DANGLE_JOIN_M + SHORT_GAP_BRIDGE_M) / 2 / 1000;
    const first = eastward(15, MIN_COMPONENT_KM * 1.2, 60, "riksvag", "99");
    const secondLon = 15 + ((MIN_COMPONENT_KM * 1.2 + gapKm) * 1000) / M_PER_DEG_LON_60;
    const second = eastward(secondLon, MIN_COMPONENT_KM * 1.2, 60, "riksvag", "99");
    const { stats } = buildRoadGraph(collection(first, second), NO_SKELETON, FILE);
    expect(stats.components).toHaveLength(1);
    expect(stats.gapsBridged).toHaveLength(1);
  });
});

describe("buildRoadGraph: skeleton links", () => {
  const graphml = (nodes: [id: string, lon: number, lat: number][], links: [string, string, number][]) =>
    [
      `<?xml version='1.0' encoding='utf-8'?>`,
      `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
      `  <key id="d2" for="edge" attr.name="distance" attr.type="double" />`,
      `  <key id="d1" for="node" attr.name="position_y" attr.type="double" />`,
      `  <key id="d0" for="node" attr.name="position_x" attr.type="double" />`,
      `  <graph edgedefault="directed">`,
      ...nodes.map(
        ([id, lon, lat]) =>
          `    <node id="${id}">\n      <data key="d0">${lon}</data>\n      <data key="d1">${lat}</data>\n    </node>`,
      ),
      ...links.map(
        ([s, t, km]) =>
          `    <edge source="${s}" target="${t}">\n      <data key="d2">${km}</data>\n    </edge>`,
      ),
      `  </graph>`,
      `</graphml>`,
    ].join("\n");

  // Fails if the link is stored twice, its distance is misread, or a bad distance goes unreported.
  it("parses a skeleton link stored in both directions once and reports a bad distance by line", () => {
    const text = graphml(
      [
        ["a", 15, 60],
        ["b", 16, 60],
      ],
      [
        ["a", "b", 70.5],
        ["b", "a", 70.5],
        ["a", "b", 0],
      ],
    );
    const { skeleton, issues } = parseSkeleton(text, "fixture/graph.graphml");
    expect(skeleton.links).toEqual([{ source: "a", target: "b", km: 70.5 }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "fixture/graph.graphml", field: "distance" });
    expect(text.split("\n")[issues[0]!.line - 1]).toContain(`<edge source="a" target="b">`);
  });

  // Fails if skeleton nodes are not snapped to the OSM nodes, or the link's time ignores SKELETON_SPEED_KMH.
  it("adds a skeleton link between two separate roads at SKELETON_SPEED_KMH", () => {
    const westRoad = eastward(14, MIN_COMPONENT_KM * 2);
    const eastLon = 15.5; // about 60 km east of the west road's end: far beyond any gap bridge
    const eastRoad = eastward(eastLon, MIN_COMPONENT_KM * 2);
    const westEnd = westRoad.geometry.coordinates.at(-1)! as Position;
    const linkKm = 70;
    const nearM = SKELETON_SNAP_MAX_M / 2;
    const { skeleton } = parseSkeleton(
      graphml(
        [
          ["w", westEnd[0], westEnd[1] + nearM / M_PER_DEG_LAT],
          ["e", eastLon, 60 - nearM / M_PER_DEG_LAT],
          ["x", 18, 62], // far from every road: its own node
        ],
        [
          ["w", "e", linkKm],
          ["e", "x", 300],
        ],
      ),
      "fixture/graph.graphml",
    );
    const roads = collection(westRoad, eastRoad);
    const without = buildRoadGraph(roads, NO_SKELETON, FILE);
    expect(without.stats.components).toHaveLength(2);

    const { graph, stats } = buildRoadGraph(roads, skeleton, FILE);
    expect(stats.skeletonNodesSnapped).toBe(2);
    expect(stats.nodes).toBe(without.stats.nodes + 1);
    expect(stats.components).toHaveLength(1);
    const [w, e] = [nodeAt(graph, westEnd[0], westEnd[1]), nodeAt(graph, eastLon, 60)];
    const slot = edgeSlot(graph, w, e);
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(graph.edgeKm[slot]).toBe(linkKm);
    expect(graph.edgeMinutes[slot]).toBeCloseTo((linkKm / SKELETON_SPEED_KMH) * 60, 9);
    expect(nodeAt(graph, 18, 62)).toBeGreaterThanOrEqual(0);
  });
});

describe("buildRoadGraph: issues", () => {
  // Fails if an unknown class is guessed (kept) or silently dropped, or the other lines are lost with it.
  it("reports an unknown roadType with file and feature number and keeps the other lines", () => {
    const roads = collection(
      road(
        [
          [15, 60],
          [15.05, 60],
        ],
        "motorway",
      ),
      road(
        [
          [15.05, 60],
          [15.1, 60],
        ],
        "gravel",
      ),
      road(
        [
          [15.05, 60],
          [15.05, 60.05],
        ],
        "lansvag",
      ),
    );
    const { issues, stats } = buildRoadGraph(roads, NO_SKELETON, FILE);
    expect(issues).toEqual([
      {
        file: FILE,
        line: 0,
        field: "roadType",
        reason: expect.stringMatching(/^feature 2 \(road \?\): unknown road class "gravel"/) as string,
      },
    ]);
    expect(stats.osmLines).toBe(2);
    expect(stats.nodes).toBe(3);
  });
});
