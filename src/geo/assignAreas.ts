// Assigns points (population cells) to the kommun polygon that contains them, or else to the nearest
// kommun polygon: the polygons are simplified and the grid's coast cells can lie just outside them.
import { booleanPointInPolygon, pointToPolygonDistance } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";

type Area = Polygon | MultiPolygon;

function bbox(area: Area): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = area.type === "Polygon" ? area.coordinates : area.coordinates.flat();
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      w = Math.min(w, lon!);
      e = Math.max(e, lon!);
      s = Math.min(s, lat!);
      n = Math.max(n, lat!);
    }
  return [w, s, e, n];
}

/**
 * Index of the containing area per point, or of the nearest area (by distance to its edge) when none
 * contains it; `outside` counts the latter. Points are [lon, lat].
 */
export function assignToAreas(
  lons: ArrayLike<number>,
  lats: ArrayLike<number>,
  areas: readonly Area[],
): { areaOf: Int32Array; outside: number } {
  const boxes = areas.map(bbox);
  const areaOf = new Int32Array(lons.length).fill(-1);
  let outside = 0;
  for (let i = 0; i < lons.length; i++) {
    const point = [lons[i]!, lats[i]!];
    const [lon, lat] = point as [number, number];
    for (let a = 0; a < areas.length; a++) {
      const [w, s, e, n] = boxes[a]!;
      if (lon < w || lon > e || lat < s || lat > n) continue;
      if (booleanPointInPolygon(point, areas[a]!)) {
        areaOf[i] = a;
        break;
      }
    }
    if (areaOf[i] !== -1) continue;
    outside++;
    // Nearest by edge distance among areas whose box is within ~0.5° (55 km); all areas if none is.
    let candidates = areas
      .map((_, a) => a)
      .filter((a) => {
        const [w, s, e, n] = boxes[a]!;
        return lon > w - 0.5 && lon < e + 0.5 && lat > s - 0.5 && lat < n + 0.5;
      });
    if (candidates.length === 0) candidates = areas.map((_, a) => a);
    let best = -1;
    let bestD = Infinity;
    for (const a of candidates) {
      const area = areas[a]!;
      const polygons = area.type === "Polygon" ? [area.coordinates] : area.coordinates;
      for (const coordinates of polygons) {
        const d = pointToPolygonDistance(point, { type: "Polygon", coordinates }, { units: "meters" });
        if (d < bestD) [best, bestD] = [a, d];
      }
    }
    areaOf[i] = best;
  }
  return { areaOf, outside };
}
