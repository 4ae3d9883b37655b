// Every meeting place has a point from a named source, with an honest precision, inside its kommun
// polygon or reported as an exception with the distance.
import { booleanPointInPolygon } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { spreadCoincident, DISPLAY_RING_RADIUS_M } from "../../src/geo/spread.ts";
import { distanceOutsideM } from "../../src/geo/inside.ts";
import { buildReal } from "./build.ts";

const outputs = buildReal();
const places = outputs.meetingPlaces.features;
const polygon = new Map(outputs.kommuner.features.map((f) => [f.properties.kod, f.geometry]));

describe("meeting place positions", () => {
  it("one place per appendix row, with unique ids", () => {
    expect(places).toHaveLength(148 + 218);
    expect(new Set(places.map((p) => p.properties.id)).size).toBe(places.length);
  });

  it("lie inside their kommun polygon, except the reported exceptions, which are under 1 km outside", () => {
    const outside = places.filter(
      (p) => !booleanPointInPolygon(p.geometry, polygon.get(p.properties.kommunKod)!),
    );
    expect(outside.map((p) => p.properties.id).sort()).toEqual(
      outputs.summary.positionExceptions.map((e) => e.placeId).sort(),
    );
    for (const e of outputs.summary.positionExceptions) expect(e.distanceM).toBeLessThan(1000);
  });

  it("name the locality the report names, at locality precision where a source has it", () => {
    const byLocality = (name: string) =>
      places.filter((p) => p.properties.locality === name).map((p) => p.properties);
    for (const name of [
      "Sveg",
      "Hammarstrand",
      "Malung",
      "Sysslebäck",
      "Kista",
      "Rosengård",
      "Vivalla",
      "Liljeholmen",
    ]) {
      const found = byLocality(name);
      expect(found.length, name).toBeGreaterThan(0);
      for (const p of found) expect(p.precision, name).toBe("locality");
    }
  });

  it("say so when a named locality has no source and falls back to the kommun seat", () => {
    for (const name of ["Hallunda", "Brandbergen", "Gamlestaden", "Värnhem", "Hisingen"]) {
      const found = places.filter((p) => p.properties.locality === name);
      expect(found.length, name).toBeGreaterThan(0);
      for (const { properties: p } of found) {
        expect(p.precision).toBe("kommun_seat");
        expect(p.positionNote).toMatch(/placerad vid/i);
      }
    }
  });

  it("every point carries its source", () => {
    for (const { properties: p } of places)
      expect(p.positionSource).toMatch(/^(GeoNames|Wikipedia|Stockholms stad)/);
  });

  it("keep places that share a point distinguishable on the map", () => {
    const seen = new Set<string>();
    for (const { properties: p } of places) {
      const key = `${p.displayLon},${p.displayLat}`;
      expect(seen.has(key), p.id).toBe(false);
      seen.add(key);
    }
  });
});

describe("spreadCoincident", () => {
  it("leaves unique points alone and puts shared ones on a ring of the given radius", () => {
    const shared: [number, number] = [18, 59];
    const out = spreadCoincident([shared, [17, 58], shared, shared]);
    expect(out[1]).toEqual([17, 58]);
    for (const i of [0, 2, 3]) {
      const [lon, lat] = out[i]!;
      const dx = (lon - 18) * 111_320 * Math.cos((59 * Math.PI) / 180);
      const dy = (lat - 59) * 111_320;
      expect(Math.hypot(dx, dy)).toBeCloseTo(DISPLAY_RING_RADIUS_M, 0);
    }
    expect(new Set(out.map((p) => p.join())).size).toBe(4);
  });
});

describe("distanceOutsideM", () => {
  const square = {
    type: "Polygon" as const,
    coordinates: [
      [
        [18, 59],
        [18.1, 59],
        [18.1, 59.1],
        [18, 59.1],
        [18, 59],
      ],
    ],
  };
  it("is 0 inside and the distance to the edge outside", () => {
    expect(distanceOutsideM([18.05, 59.05], square)).toBe(0);
    // 0.01° of latitude ≈ 1.11 km
    expect(distanceOutsideM([18.05, 59.11], square)).toBeGreaterThan(1000);
    expect(distanceOutsideM([18.05, 59.11], square)).toBeLessThan(1200);
  });
});

describe("label points", () => {
  it("lie inside every kommun, FA region and län", () => {
    for (const collection of [outputs.kommuner, outputs.faRegioner, outputs.lan]) {
      for (const f of collection.features) {
        const { labelLon, labelLat } = f.properties;
        expect(booleanPointInPolygon([labelLon, labelLat], f.geometry), f.properties.kod).toBe(true);
      }
    }
  });
});
