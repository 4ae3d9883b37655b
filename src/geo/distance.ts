// Distances on the sphere and a local metric projection for spatial indexes. Coordinates [lon, lat] in
// degrees WGS84; distances in metres unless the name says km.

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres between two [lon, lat] points (haversine). */
export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Projects [lon, lat] onto the segment a–b in a local equirectangular frame (exact enough for the short
 * distances it is used for, ≤ a few km). Returns the parameter t in [0, 1] along a–b and the distance in
 * metres from the point to the projected point.
 */
export function projectOntoSegment(
  lon: number,
  lat: number,
  aLon: number,
  aLat: number,
  bLon: number,
  bLat: number,
): { t: number; distanceM: number } {
  const kx = EARTH_RADIUS_M * RAD * Math.cos(lat * RAD);
  const ky = EARTH_RADIUS_M * RAD;
  const ax = (aLon - lon) * kx;
  const ay = (aLat - lat) * ky;
  const bx = (bLon - lon) * kx;
  const by = (bLat - lat) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSq));
  return { t, distanceM: Math.hypot(ax + t * dx, ay + t * dy) };
}
