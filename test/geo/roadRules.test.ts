// Unit tests of the road-model rules added for issue 8 (multi-node attachment, crossing split, near-miss
// joins, skeleton links split at kommun seats) and of the detour audit, each on a tiny hand-made fixture
// that reproduces the defect. Coordinates [lon, lat] WGS84; km; minutes. Expected values come from the
// named constants, never hard-coded speeds.
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import {
  ACCESS_CIRCUITY,
  ATTACH_EXTRA_M,
  DETOUR_AUDIT_RATIO,
  NAMED_END_GAP_M,
  NEAR_MISS_JOIN_M,
  SKELETON_PASS_FACTOR,
  SNAP_TOLERANCE_M,
} from "../../src/geo/assumptions.ts";
import { detourAudit, isSuspectedDetour, modelRoute, touchingPairs } from "../../src/geo/detourAudit.ts";
import { haversineM } from "../../src/geo/distance.ts";
import { NetworkIndex } from "../../src/geo/reach.ts";
import { SKELETON_ROAD, buildRoadGraph, type RoadCollection } from "../../src/geo/roadGraph.ts";
import type { Skeleton } from "../../src/geo/skeleton.ts";

const NO_SKELETON: Skeleton = { nodes: [], links: [] };

function roads(...lines: [designation: string, coordinates: [number, number][]][]): RoadCollection {
  return {
    type: "FeatureCollection",
    features: lines.map(([designation, coordinates]) => ({
      type: "Feature",
      properties: { designation, roadType: designation.startsWith("E") ? "motorway" : "riksvag" },
      geometry: { type: "LineString", coordinates },
    })),
  };
}

const point = (name: string, lon: number, lat: number) => ({ name, lon, lat });

describe("multi-node attachment (ATTACH_EXTRA_M)", () => {
  // A town at the dead end of "55", with the trunk road "E4" 2.2 km east of it: the two roads meet only
  // 17 km to the north (the Uppsala case). The dead end is nearer, but the trip south should take E4.
  const lonE4 = 17.04;
  const network = new NetworkIndex(
    buildRoadGraph(
      roads(
        [
          "55",
          [
            [17.0, 60.05],
            [17.0, 60.2],
            [lonE4, 60.2],
          ],
        ],
        [
          "E4",
          [
            [lonE4, 59.6],
            [lonE4, 59.9],
            [lonE4, 60.05],
            [lonE4, 60.2],
          ],
        ],
      ),
      NO_SKELETON,
      "roads",
    ).graph,
  );
  const town = point("town", 17.002, 60.05);

  it("gives a leg to the nearest node of every other road within the extra distance", () => {
    const legs = network.attachLegs(town.lon, town.lat);
    const nearestM = haversineM(town.lon, town.lat, 17.0, 60.05);
    const e4M = haversineM(town.lon, town.lat, lonE4, 60.05);
    expect(e4M).toBeLessThan(nearestM + ATTACH_EXTRA_M); // the fixture is inside the rule
    expect(legs).toHaveLength(2);
    expect(legs[0]!.accessKm).toBeCloseTo((nearestM / 1000) * ACCESS_CIRCUITY, 6);
    expect(legs[1]!.accessKm).toBeCloseTo((e4M / 1000) * ACCESS_CIRCUITY, 6);
    // The single nearest-node attachment is unchanged.
    expect(network.attach(town.lon, town.lat).node).toBe(legs[0]!.node);
  });

  it("routes a trip south over the trunk road instead of round by the dead end", () => {
    const route = modelRoute(network, town, point("south", lonE4, 59.6));
    const direct = haversineM(town.lon, town.lat, lonE4, 59.6) / 1000;
    expect(route.roads).toEqual(["E4"]);
    expect(route.km).toBeLessThan(direct * 1.1);
  });

  it("gives no extra leg to a road beyond the extra distance", () => {
    // The same two roads with E4 moved 1 km beyond the rule's reach of the town.
    const lonFar = 17.0 + (ATTACH_EXTRA_M + 1_000) / (111_195 * Math.cos((60.05 * Math.PI) / 180));
    const far = new NetworkIndex(
      buildRoadGraph(
        roads(
          [
            "55",
            [
              [17.0, 60.05],
              [17.0, 60.2],
              [lonFar, 60.2],
            ],
          ],
          [
            "E4",
            [
              [lonFar, 59.6],
              [lonFar, 60.05],
              [lonFar, 60.2],
            ],
          ],
        ),
        NO_SKELETON,
        "roads",
      ).graph,
    );
    expect(far.attachLegs(17.0, 60.05)).toHaveLength(1);
  });
});

describe("near-misses of two numbered roads (NEAR_MISS_JOIN_M)", () => {
  // "62" bends towards "E45" and its vertex stops 0.43 km short of E45's vertex (over the 400 m snap), as
  // at Stöllet; the two lines meet at their north ends, so without the rule the trip goes round by there.
  const gapDeg = 430 / (111_195 * Math.cos((60.2 * Math.PI) / 180));
  const built = buildRoadGraph(
    roads(
      [
        "62",
        [
          [12.8, 60.1],
          [13.0 - gapDeg, 60.2],
          [12.8, 60.3],
          [13.0, 60.4],
        ],
      ],
      [
        "E45",
        [
          [13.0, 60.0],
          [13.0, 60.2],
          [13.0, 60.4],
        ],
      ],
    ),
    NO_SKELETON,
    "roads",
  );
  const network = new NetworkIndex(built.graph);

  it("joins the two nodes once, at access speed", () => {
    expect(haversineM(13.0 - gapDeg, 60.2, 13.0, 60.2)).toBeGreaterThan(SNAP_TOLERANCE_M);
    expect(haversineM(13.0 - gapDeg, 60.2, 13.0, 60.2)).toBeLessThan(NEAR_MISS_JOIN_M);
    expect(built.stats.nearMissesJoined).toBe(1);
  });

  it("routes from 62 onto E45 at the junction", () => {
    const from = point("62 south", 12.8, 60.1);
    const to = point("E45 south", 13.0, 60.0);
    const route = modelRoute(network, from, to);
    const viaJunction =
      (haversineM(12.8, 60.1, 13.0 - gapDeg, 60.2) + haversineM(13.0, 60.2, 13.0, 60.0)) / 1000 + 0.43 * 1.3;
    expect(route.km).toBeCloseTo(viaJunction, 0);
    expect(route.roads).toEqual(["62", "E45"]);
  });
});

describe("crossings between vertices (CROSSING_SPLIT_M)", () => {
  // "13" and "E22" cross at (13.2, 55.7) with every vertex 12 km or more from the crossing (Hörby).
  const built = buildRoadGraph(
    roads(
      [
        "13",
        [
          [13.0, 55.7],
          [13.4, 55.7],
        ],
      ],
      [
        "E22",
        [
          [13.2, 55.5],
          [13.2, 55.9],
        ],
      ],
    ),
    NO_SKELETON,
    "roads",
  );

  it("splits both lines into one shared node", () => {
    expect(built.stats.crossingsSplit).toBe(1);
    expect(built.stats.components).toHaveLength(1);
    const route = modelRoute(new NetworkIndex(built.graph), point("w", 13.0, 55.7), point("s", 13.2, 55.5));
    const expected = (haversineM(13.0, 55.7, 13.2, 55.7) + haversineM(13.2, 55.7, 13.2, 55.5)) / 1000;
    expect(route.km).toBeCloseTo(expected, 0);
    expect(route.roads).toEqual(["13", "E22"]);
  });
});

describe("skeleton links split at the kommun seats they pass (SKELETON_PASS_FACTOR)", () => {
  // A skeleton link Umeå → Töre with no node at Luleå, which lies beside its line; a short road at Luleå.
  const skeleton: Skeleton = {
    nodes: [
      { id: "umea", lon: 20.26, lat: 63.83 },
      { id: "tore", lon: 22.65, lat: 65.9 },
    ],
    links: [{ source: "umea", target: "tore", km: 340 }],
  };
  const lulea: [number, number] = [22.15, 65.58];
  const luleaRoad = roads([
    "97",
    [
      [22.15, 65.58],
      [22.0, 65.65],
      [21.8, 65.75],
    ],
  ]);
  const ellipse =
    (haversineM(20.26, 63.83, ...lulea) + haversineM(...lulea, 22.65, 65.9)) /
    haversineM(20.26, 63.83, 22.65, 65.9);

  it("inserts the seat's node into the link, sharing its road km", () => {
    expect(ellipse).toBeLessThan(SKELETON_PASS_FACTOR);
    const built = buildRoadGraph(luleaRoad, skeleton, "roads", {
      seats: [{ name: "Luleå", lon: lulea[0], lat: lulea[1] }],
    });
    expect(built.stats.skeletonLinksSplit).toBe(1);
    const route = modelRoute(
      new NetworkIndex(built.graph),
      point("Luleå", ...lulea),
      point("Umeå", 20.26, 63.83),
    );
    const share =
      haversineM(20.26, 63.83, ...lulea) /
      (haversineM(20.26, 63.83, ...lulea) + haversineM(...lulea, 22.65, 65.9));
    expect(route.km).toBeCloseTo(340 * share, 0);
    expect(route.roads).toEqual([SKELETON_ROAD]);
  });

  it("never makes a piece shorter than the straight line between two towns beside the link", () => {
    // Two seats level with each other, 14 km either side of a 200 km link (Orsa and Älvdalen beside E45):
    // both lie inside the detour ellipse, but the piece between them would be a shortcut.
    const line = {
      nodes: [
        { id: "s", lon: 15.0, lat: 60.0 },
        { id: "n", lon: 15.0, lat: 61.8 },
      ],
      links: [{ source: "s", target: "n", km: 210 }],
    };
    const dLon = 14_000 / (111_195 * Math.cos((60.9 * Math.PI) / 180));
    const west = { name: "West", lon: 15.0 - dLon, lat: 60.9 };
    const east = { name: "East", lon: 15.0 + dLon, lat: 60.9 };
    const stub = (lon: number): [string, [number, number][]] => [
      `${Math.round(lon * 100)}`,
      [
        [lon, 60.9],
        [lon, 61.0],
      ],
    ];
    const built = buildRoadGraph(
      roads(
        stub(west.lon),
        stub(east.lon),
        [
          "E45",
          [
            [15.0, 60.0],
            [15.0, 60.05],
          ],
        ],
        [
          "E45",
          [
            [15.0, 61.75],
            [15.0, 61.8],
          ],
        ],
      ),
      line,
      "roads",
      { seats: [west, east] },
    );
    const route = modelRoute(new NetworkIndex(built.graph), west, east);
    expect(route.km).toBeGreaterThanOrEqual(haversineM(west.lon, west.lat, east.lon, east.lat) / 1000);
  });

  it("leaves the link whole without seats", () => {
    const built = buildRoadGraph(luleaRoad, skeleton, "roads");
    expect(built.stats.skeletonLinksSplit).toBe(0);
  });
});

describe("roads joined to the kommun seat their list names as an end (NAMED_END_GAP_M)", () => {
  // "395" is listed as "Pajala–Vittangi" but its line stops 16 km west of Pajala, which lies on "99".
  const features = roads(
    [
      "395",
      [
        [21.65, 67.67],
        [23.0, 67.26],
      ],
    ],
    [
      "99",
      [
        [23.37, 66.9],
        [23.37, 67.21],
        [23.37, 67.6],
      ],
    ],
  );
  features.features[0]!.properties.fromPlace = "Pajala";
  const pajala = { name: "Pajala", lon: 23.37, lat: 67.21 };
  const gapM = haversineM(23.0, 67.26, 23.37, 67.21);

  it("joins the road's nearest node to the seat's", () => {
    expect(gapM).toBeLessThan(NAMED_END_GAP_M);
    const built = buildRoadGraph(features, NO_SKELETON, "roads", { seats: [pajala] });
    expect(built.stats.namedEndsJoined).toBe(1);
    const route = modelRoute(new NetworkIndex(built.graph), pajala, point("Vittangi", 21.65, 67.67));
    const expected = (gapM / 1000) * ACCESS_CIRCUITY + haversineM(21.65, 67.67, 23.0, 67.26) / 1000;
    expect(route.km).toBeCloseTo(expected, 0);
    expect(route.roads).toEqual(["395"]);
  });

  it("does nothing for a seat the road's list does not name", () => {
    const built = buildRoadGraph(features, NO_SKELETON, "roads", { seats: [{ ...pajala, name: "Kiruna" }] });
    expect(built.stats.namedEndsJoined).toBe(0);
  });
});

describe("detour audit", () => {
  // Riksväg "45" is broken by a 16.7 km gap (over GAP_BRIDGE_M, so never bridged); the only way round is
  // "300", far to the east. X and Y lie on 45 either side of the gap.
  const network = new NetworkIndex(
    buildRoadGraph(
      roads(
        [
          "45",
          [
            [15.0, 60.0],
            [15.0, 60.1],
            [15.0, 60.2],
          ],
        ],
        [
          "45",
          [
            [15.0, 60.35],
            [15.0, 60.45],
            [15.0, 60.6],
          ],
        ],
        [
          "300",
          [
            [15.0, 60.0],
            [15.5, 60.3],
            [15.0, 60.6],
          ],
        ],
      ),
      NO_SKELETON,
      "roads",
    ).graph,
  );
  const x = point("X", 15.0, 60.1);
  const y = point("Y", 15.0, 60.45);
  const z = point("Z", 15.0, 59.95);

  it("lists the pair across the broken road, with its roads, and not the pair beside it", () => {
    const gaps = detourAudit(network, [
      { from: x, to: y },
      { from: x, to: z },
    ]);
    expect(gaps).toHaveLength(1);
    const [gap] = gaps;
    expect(gap!.from).toBe("X");
    expect(gap!.to).toBe("Y");
    expect(gap!.ratio).toBeGreaterThan(DETOUR_AUDIT_RATIO);
    expect(gap!.straightKm).toBeCloseTo(haversineM(x.lon, x.lat, y.lon, y.lat) / 1000, 1);
    expect(gap!.roads).toEqual(["45", "300"]);
  });

  it("flags a single route by the same test", () => {
    expect(isSuspectedDetour(DETOUR_AUDIT_RATIO * 10 + 0.1, 10)).toBe(true);
    expect(isSuspectedDetour(DETOUR_AUDIT_RATIO * 10 - 0.1, 10)).toBe(false);
  });

  it("finds kommun polygons that touch, and not those apart", () => {
    const square = (x0: number): Polygon => ({
      type: "Polygon",
      coordinates: [
        [
          [x0, 60],
          [x0 + 1, 60],
          [x0 + 1, 61],
          [x0, 61],
          [x0, 60],
        ],
      ],
    });
    expect(touchingPairs([square(14), square(15), square(17)])).toEqual([[0, 1]]);
  });
});
