// Display positions for places that share one point (several offices "in Göteborg" all sit on the
// kommun seat). The true point is kept; only the drawn point moves, onto a small ring.

/** Ring radius in metres. Small enough to stay inside a town, large enough to click apart at zoom ≥ 11. */
export const DISPLAY_RING_RADIUS_M = 400;

const METRES_PER_DEGREE_LAT = 111_320;

/**
 * For points given as [lon, lat] (degrees), returns a display [lon, lat] for each, in input order.
 * Points with a unique position are returned unchanged; a group of n identical positions is spread
 * evenly on a circle of `radiusM` metres, starting north and going clockwise, in input order.
 */
export function spreadCoincident(
  points: readonly (readonly [number, number])[],
  radiusM: number = DISPLAY_RING_RADIUS_M,
): [number, number][] {
  const groups = new Map<string, number[]>();
  points.forEach(([lon, lat], index) => {
    const key = `${lon.toFixed(6)},${lat.toFixed(6)}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const result = points.map(([lon, lat]) => [lon, lat] as [number, number]);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach((pointIndex, k) => {
      const [lon, lat] = points[pointIndex]!;
      const bearing = (2 * Math.PI * k) / members.length;
      const dLat = (radiusM * Math.cos(bearing)) / METRES_PER_DEGREE_LAT;
      const dLon = (radiusM * Math.sin(bearing)) / (METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180));
      result[pointIndex] = [lon + dLon, lat + dLat];
    });
  }
  return result;
}
