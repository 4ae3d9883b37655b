import { describe, expect, it } from "vitest";
import type { KommunCollection } from "../../../src/data/schema";
import { kmInDegrees, kommunAtPoint } from "../../../src/state/planner/usePlannerModel";

const square = (kod: string, lon: number, lat: number) => ({
  type: "Feature" as const,
  geometry: {
    type: "Polygon" as const,
    coordinates: [
      [
        [lon, lat],
        [lon + 1, lat],
        [lon + 1, lat + 1],
        [lon, lat + 1],
        [lon, lat],
      ],
    ],
  },
  properties: { kod } as KommunCollection["features"][number]["properties"],
});

describe("the kommun of a point and 1 km in degrees", () => {
  const kommuner: KommunCollection = {
    type: "FeatureCollection",
    features: [square("2361", 14, 62), square("2062", 15, 62)],
  };
  it("finds the polygon that contains the point, or none (sea, abroad)", () => {
    expect(kommunAtPoint(kommuner, 14.5, 62.5)).toBe("2361");
    expect(kommunAtPoint(kommuner, 15.5, 62.2)).toBe("2062");
    expect(kommunAtPoint(kommuner, 9, 62)).toBeNull();
    expect(kommunAtPoint(null, 14.5, 62.5)).toBeNull();
  });
  it("makes 1 km east wider in degrees the farther north", () => {
    expect(kmInDegrees(0).dLon).toBeCloseTo(1 / 111.32, 6);
    expect(kmInDegrees(60).dLon).toBeCloseTo(2 / 111.32, 6);
    expect(kmInDegrees(60).dLat).toBeCloseTo(1 / 111.32, 6);
  });
});
