// Where to write an area's name: inside its largest part, at the centroid when that lies inside,
// otherwise at a point Turf guarantees to be inside. Computed at build time so the map only reads it.
import { area, booleanPointInPolygon, centroid, pointOnFeature } from "@turf/turf";
import type { MultiPolygon, Polygon, Position } from "geojson";

/** [lon, lat] in degrees, inside `geometry`. */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const parts: Position[][][] = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let largest: Polygon = { type: "Polygon", coordinates: parts[0]! };
  let largestArea = -1;
  for (const coordinates of parts) {
    const part: Polygon = { type: "Polygon", coordinates };
    const partArea = area(part);
    if (partArea > largestArea) [largest, largestArea] = [part, partArea];
  }
  const centre = centroid(largest).geometry.coordinates;
  const [lon, lat] = booleanPointInPolygon(centre, largest)
    ? centre
    : pointOnFeature(largest).geometry.coordinates;
  return [lon!, lat!];
}
