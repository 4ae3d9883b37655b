// Is a point inside its kommun polygon? The kommun polygons are simplified to 2 %, so points on the
// coast or near a border can fall just outside; such cases are reported with the distance.
import { booleanPointInPolygon, pointToPolygonDistance } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";

/**
 * 0 when [lon, lat] lies inside (or on the edge of) `area`, else the distance in metres to its
 * nearest edge.
 */
export function distanceOutsideM(lonLat: readonly [number, number], area: Polygon | MultiPolygon): number {
  const point = [lonLat[0], lonLat[1]];
  if (booleanPointInPolygon(point, area)) return 0;
  const polygons = area.type === "Polygon" ? [area.coordinates] : area.coordinates;
  // pointToPolygonDistance is negative inside, positive outside, in the given units.
  return Math.min(
    ...polygons.map((coordinates) =>
      pointToPolygonDistance(point, { type: "Polygon", coordinates }, { units: "meters" }),
    ),
  );
}
