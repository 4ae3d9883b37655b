import { describe, expect, it } from "vitest";
import { toDisplayCollection } from "../../src/map/displayPoints";
import { buildStyle, faVisibility, LAYER } from "../../src/map/layers";
import { DEFAULT_TOGGLES } from "../../src/state/toggles";
import { feature, place } from "../state/places.fixture";

const empty = { type: "FeatureCollection" as const, features: [] };

describe("buildStyle", () => {
  const style = buildStyle(
    {
      kommuner: empty,
      lan: empty,
      faRegioner: empty,
      places: { type: "FeatureCollection", features: [] },
      reachArea: { type: "FeatureCollection", features: [] },
      countries: { type: "FeatureCollection", features: [] },
    },
    DEFAULT_TOGGLES,
    null,
  );

  it("makes no request outside the site: no glyphs, sprite, tiles or remote URLs", () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe("geojson");
      expect(typeof (source as { data: unknown }).data).toBe("object");
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it("has no symbol layers (there is no glyph server for text)", () => {
    expect(style.layers.some((layer) => layer.type === "symbol")).toBe(false);
  });

  it("draws water under land and places above borders", () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(ids[0]).toBe(LAYER.water);
    expect(ids.indexOf(LAYER.land)).toBeLessThan(ids.indexOf(LAYER.lanBorder));
    expect(ids.indexOf(LAYER.lanBorder)).toBeLessThan(ids.indexOf(LAYER.places));
  });

  it("hides FA-region borders unless toggled on", () => {
    expect(faVisibility(DEFAULT_TOGGLES)).toBe("none");
    expect(faVisibility({ ...DEFAULT_TOGGLES, faRegions: true })).toBe("visible");
  });
});

describe("toDisplayCollection", () => {
  it("draws each place at [displayLon, displayLat] and keeps its properties", () => {
    const props = place({ id: "p", displayLon: 14.4, displayLat: 62.1 });
    const out = toDisplayCollection({
      type: "FeatureCollection",
      features: [feature(props, [14.35, 62.03])],
    });
    expect(out.features[0]?.geometry.coordinates).toEqual([14.4, 62.1]);
    expect(out.features[0]?.properties).toBe(props);
  });
});
