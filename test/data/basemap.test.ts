import type { MultiPolygon } from "geojson";
import { describe, expect, it } from "vitest";
import { unwrapAntimeridian } from "../../src/data/basemap";

describe("unwrapAntimeridian", () => {
  it("moves the western half of a ring cut at ±180° to the east, so it no longer spans the world", () => {
    const cut: MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [170, 60],
            [180, 60],
            [-170, 60],
            [-170, 65],
            [170, 65],
            [170, 60],
          ],
        ],
      ],
    };
    const lons = unwrapAntimeridian(cut).coordinates[0]![0]!.map((p) => p[0]!);
    expect(Math.max(...lons) - Math.min(...lons)).toBe(20);
  });
  it("leaves an ordinary polygon alone", () => {
    const norway: MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [5, 58],
            [31, 70],
            [10, 64],
            [5, 58],
          ],
        ],
      ],
    };
    expect(unwrapAntimeridian(norway)).toEqual(norway);
  });
});
