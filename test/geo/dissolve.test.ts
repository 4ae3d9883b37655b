// Unit tests for src/geo/dissolve.ts: hand-made fixtures with known answers, then the real kommun layer.
// Coordinates are [lon, lat] degrees; areas are km².
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { areaKm2, dissolveByKey } from "../../src/geo/dissolve.ts";

interface SquareProps {
  region: string;
}

/** Axis-aligned square of `sizeDeg` degrees with its south-west corner at [lon, lat]. */
function square(lon: number, lat: number, region: string, sizeDeg = 1): Feature<Polygon, SquareProps> {
  const ring = [
    [lon, lat],
    [lon + sizeDeg, lat],
    [lon + sizeDeg, lat + sizeDeg],
    [lon, lat + sizeDeg],
    [lon, lat],
  ];
  return { type: "Feature", properties: { region }, geometry: { type: "Polygon", coordinates: [ring] } };
}

const byRegion = (props: SquareProps): string => props.region;

/** Spherical area of a lon/lat box: R² · Δλ · (sin φ2 − sin φ1), R = Turf's earth radius in km. */
function sphericalBoxKm2(lonSpanDeg: number, latSouthDeg: number, latNorthDeg: number): number {
  const radiusKm = 6371.0088;
  const rad = Math.PI / 180;
  return radiusKm ** 2 * lonSpanDeg * rad * (Math.sin(latNorthDeg * rad) - Math.sin(latSouthDeg * rad));
}

describe("areaKm2", () => {
  // Fails if areaKm2 returns m² (×10⁶) or uses a planar degree² area (= 1).
  it("gives the spherical area of a 1° × 1° box at the equator (≈ 12,364 km²)", () => {
    const expected = sphericalBoxKm2(1, 0, 1);
    expect(expected).toBeCloseTo(12_364, -1);
    expect(areaKm2(square(0, 0, "a").geometry)).toBeCloseTo(expected, 3);
  });
});

describe("dissolveByKey on hand-made squares", () => {
  // Fails if the union is skipped (a MultiPolygon of two squares comes back) or the shared edge is kept.
  it("merges two adjacent unit squares into one polygon with the summed area", () => {
    const left = square(10, 60, "x");
    const right = square(11, 60, "x");
    const region = dissolveByKey([left, right], byRegion).get("x");
    expect(region?.geometry.type).toBe("Polygon");
    expect(region?.memberCount).toBe(2);
    const summed = areaKm2(left.geometry) + areaKm2(right.geometry);
    expect(areaKm2(region!.geometry) / summed).toBeCloseTo(1, 9);
  });

  // Fails if only the first member's geometry is kept, or disjoint parts are bridged into one polygon.
  it("returns a MultiPolygon of both parts for two disjoint squares", () => {
    const west = square(10, 60, "x");
    const east = square(13, 60, "x");
    const geometry = dissolveByKey([west, east], byRegion).get("x")?.geometry;
    expect(geometry?.type).toBe("MultiPolygon");
    expect((geometry as MultiPolygon).coordinates).toHaveLength(2);
    const summed = areaKm2(west.geometry) + areaKm2(east.geometry);
    expect(areaKm2(geometry!) / summed).toBeCloseTo(1, 9);
  });

  // Fails if groups leak into each other or a lone member is altered.
  it("returns a lone member unchanged and keeps other keys apart", () => {
    const lone = square(20, 65, "b", 0.5);
    const result = dissolveByKey([square(10, 60, "a"), lone, square(11, 60, "a")], byRegion);
    expect(result.get("b")).toEqual({ geometry: lone.geometry, memberCount: 1 });
    expect(areaKm2(result.get("b")!.geometry)).toBe(areaKm2(lone.geometry));
    expect(result.get("a")?.memberCount).toBe(2);
  });

  // Fails if keys come back in first-seen order instead of sorted.
  it("iterates keys in ascending order", () => {
    const features = ["25", "01", "13", "01"].map((key, i) => square(i * 2, 0, key));
    expect([...dissolveByKey(features, byRegion).keys()]).toEqual(["01", "13", "25"]);
  });
});

// ---- real data: the 290 kommun polygons joined to kommuner.csv ----

interface KommunGeoProps {
  id: string;
}

interface KommunRow {
  kommunkod: string;
  lanskod: string;
  fa_kod: string;
}

interface KommunJoined {
  kommunkod: string;
  lanskod: string;
  faKod: string;
}

/** ../shared/data resolved from the repo root, or NARVARO_DATA_DIR. */
const dataDir = path.resolve(process.cwd(), process.env.NARVARO_DATA_DIR ?? "../shared/data");

function loadKommuner(): Feature<Polygon | MultiPolygon, KommunJoined>[] {
  const geojson = JSON.parse(
    readFileSync(path.join(dataDir, "admin/swedish_municipalities.geojson"), "utf8"),
  ) as FeatureCollection<Polygon | MultiPolygon, KommunGeoProps>;
  const csv = Papa.parse<KommunRow>(readFileSync(path.join(dataDir, "admin/kommuner.csv"), "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(csv.errors).toEqual([]);
  const rowByKod = new Map(csv.data.map((row) => [row.kommunkod, row]));
  return geojson.features.map((feature) => {
    const row = rowByKod.get(feature.properties.id);
    if (!row) throw new Error(`kommun ${feature.properties.id} is in the GeoJSON but not in kommuner.csv`);
    return {
      ...feature,
      properties: { kommunkod: row.kommunkod, lanskod: row.lanskod, faKod: row.fa_kod },
    };
  });
}

/** Maximum relative area difference between a dissolved region and the sum of its members. */
const AREA_TOLERANCE = 0.0005; // 0.05 %

describe("dissolveByKey on the real kommun layer", () => {
  const kommuner = loadKommuner();

  it("joins all 290 kommun polygons to kommuner.csv", () => {
    expect(kommuner).toHaveLength(290);
    expect(new Set(kommuner.map((k) => k.properties.kommunkod)).size).toBe(290);
  });

  const cases = [
    { name: "FA-region (fa_kod)", keyOf: (p: KommunJoined) => p.faKod, expectedRegions: 60 },
    { name: "län (lanskod)", keyOf: (p: KommunJoined) => p.lanskod, expectedRegions: 21 },
  ];

  // Each case fails if union drops or duplicates members (area off by a whole kommun ≫ 0.05 %),
  // if grouping uses the wrong key (count ≠ 60/21), or memberCount is not the group size.
  for (const { name, keyOf, expectedRegions } of cases) {
    it(`dissolves by ${name} into ${expectedRegions} regions whose area is the sum of their kommuner`, () => {
      const started = performance.now();
      const regions = dissolveByKey(kommuner, keyOf);
      const elapsedMs = performance.now() - started;
      expect(regions.size).toBe(expectedRegions);

      let worst = { key: "", relative: 0 };
      for (const [key, region] of regions) {
        const members = kommuner.filter((k) => keyOf(k.properties) === key);
        expect(region.memberCount, `memberCount of ${key}`).toBe(members.length);
        const summedKm2 = members.reduce((sum, k) => sum + areaKm2(k.geometry), 0);
        const relative = Math.abs(areaKm2(region.geometry) - summedKm2) / summedKm2;
        if (relative > worst.relative) worst = { key, relative };
        expect(relative, `relative area difference of ${key}`).toBeLessThan(AREA_TOLERANCE);
      }
      console.log(
        `dissolve by ${name}: ${regions.size} regions in ${elapsedMs.toFixed(0)} ms; ` +
          `worst relative area difference ${(worst.relative * 100).toPrecision(2)} % (key ${worst.key})`,
      );
    });
  }
});
