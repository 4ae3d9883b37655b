// The map layer of places imported from the user's file: diamonds (the built-in places are circles), one
// colour per kind, provider teal. Its data is a blob: URL made in the import worker, so MapLibre's worker
// loads it and the main thread never clones the features. Icons are drawn here as pixels: no sprite file.
import type { FeatureCollection } from "geojson";
import type * as maplibregl from "maplibre-gl";
import type { ImportedKind } from "../data/import/types";
import { BASE_COLOURS, KIND_COLOURS } from "./palette";

export const IMPORTED_SOURCE = "imported-places";
export const IMPORTED_LAYER = "imported-places";

/** Fill per kind; each keeps 3:1 against land and water (test/app/importedLayer.test.ts). */
export const IMPORTED_COLOURS: Record<ImportedKind, string> = {
  provider: "#00695c",
  spontaneous: KIND_COLOURS.spontaneous,
  booked: KIND_COLOURS.booked,
};

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };
const ICON_SIZE = 22; // CSS pixels; drawn at pixelRatio 2
const iconId = (kind: ImportedKind) => `imported-${kind}`;

/** A diamond: white halo, dark edge, the kind's fill. RGBA pixels, `size` × `size`. */
export function diamondPixels(fill: string, size: number): Uint8Array {
  const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const [fr, fg, fb] = rgb(fill);
  const [dr, dg, db] = rgb(BASE_COLOURS.symbolDark);
  const data = new Uint8Array(size * size * 4);
  const c = (size - 1) / 2;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const d = Math.abs(x - c) + Math.abs(y - c); // L1 distance: a diamond
      const i = (y * size + x) * 4;
      let colour: number[] | null = null;
      if (d <= c - size * 0.16) colour = [fr!, fg!, fb!];
      else if (d <= c - size * 0.08) colour = [dr!, dg!, db!];
      else if (d <= c) colour = [255, 255, 255];
      if (colour) data.set([...colour, 255], i);
    }
  return data;
}

export function addImportedIcons(map: maplibregl.Map): void {
  const pixels = ICON_SIZE * 2;
  for (const kind of Object.keys(IMPORTED_COLOURS) as ImportedKind[])
    if (!map.hasImage(iconId(kind)))
      map.addImage(
        iconId(kind),
        { width: pixels, height: pixels, data: diamondPixels(IMPORTED_COLOURS[kind], pixels) },
        { pixelRatio: 2 },
      );
}

export function importedLayerSpec(): maplibregl.LayerSpecification {
  return {
    id: IMPORTED_LAYER,
    type: "symbol",
    source: IMPORTED_SOURCE,
    layout: {
      "icon-image": ["concat", "imported-", ["get", "kind"]],
      "icon-size": ["interpolate", ["linear"], ["zoom"], 4, 0.8, 8, 1, 12, 1.3],
      "icon-allow-overlap": true,
      "icon-ignore-placement": true,
    },
  };
}

/** Adds the source and layer (once) and points them at `data` (a blob: URL), or empties them. */
export function showImported(map: maplibregl.Map, data: string | null, visible: boolean): void {
  addImportedIcons(map);
  const source = map.getSource<maplibregl.GeoJSONSource>(IMPORTED_SOURCE);
  if (!source) {
    map.addSource(IMPORTED_SOURCE, { type: "geojson", data: data ?? EMPTY });
    map.addLayer(importedLayerSpec());
  } else source.setData(data ?? EMPTY);
  map.setLayoutProperty(IMPORTED_LAYER, "visibility", visible && data ? "visible" : "none");
}
