// Coordinates in the forms Swedish lists use: WGS84 decimal degrees in either order, or SWEREF 99 TM
// (EPSG:3006) northing/easting in metres, with decimal comma or point. SWEREF 99 TM is transformed with
// proj4 (a maintained library) rather than hand-written Gauss–Krüger formulas.
import proj4 from "proj4";
import type { CoordinateForm, ImportField } from "./types.ts";

/** EPSG:3006 as NOTES.md records it (GRS80 ellipsoid, UTM zone 33, no datum shift to WGS84). */
export const SWEREF99TM_DEF = "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
const toWgs84 = proj4(SWEREF99TM_DEF, "WGS84");

/** Sweden's extent with a margin, [lon, lat] degrees: anything outside is not a Swedish point. */
export const SWEDEN_BBOX = { minLon: 10.5, minLat: 55.0, maxLon: 24.3, maxLat: 69.2 } as const;

/** Northing of SWEREF 99 TM in Sweden: 6,130,000–7,680,000 m, always 7 digits; easting 6 digits. */
const NORTHING_RANGE = [6_000_000, 7_800_000] as const;
const EASTING_RANGE = [100_000, 999_999] as const;
/** Below this easting SWEREF 99 TM lies west of Sweden; local zones (false easting 150 km) live there. */
export const LOCAL_ZONE_EASTING_MAX = 250_000;

/**
 * A number written with decimal comma or point, optional spaces as thousands separators ("6 580 822")
 * and an optional degree sign; null if it is not one. "59,33" → 59.33, "1,234.5" → null (ambiguous).
 */
export function parseNumber(raw: string): number | null {
  const compact = raw
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/°$/, "")
    .replace(/^\u2212/, "-");
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return null;
  const value = Number(compact.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** The two coordinate columns of a file, in file order, and the form their names suggest. */
export interface CoordinateColumns {
  first: number;
  second: number;
  /** What the names say: lat/lon named columns, northing/easting, or plain x/y. */
  named: "latlon" | "ne" | "xy";
}

export function coordinateColumns(index: Partial<Record<ImportField, number>>): CoordinateColumns | null {
  const pair = (a: number | undefined, b: number | undefined, named: CoordinateColumns["named"]) =>
    a === undefined || b === undefined ? null : { first: Math.min(a, b), second: Math.max(a, b), named };
  return (
    pair(index.lat, index.lon, "latlon") ??
    pair(index.northing, index.easting, "ne") ??
    pair(index.x, index.y, "xy")
  );
}

/**
 * Detects the form from sample value pairs (first, second in file order): degrees when the values are
 * small, SWEREF 99 TM when they are metres; for degrees the order is the one that puts more rows inside
 * Sweden's extent (latitude 55–69 and longitude 10–24 do not overlap, so one row decides unambiguously).
 */
export function detectCoordinateForm(samples: readonly [number, number][]): CoordinateForm {
  let latlon = 0;
  let lonlat = 0;
  let metres = 0;
  const inLat = (v: number) => v >= SWEDEN_BBOX.minLat && v <= SWEDEN_BBOX.maxLat;
  const inLon = (v: number) => v >= SWEDEN_BBOX.minLon && v <= SWEDEN_BBOX.maxLon;
  for (const [a, b] of samples) {
    if (Math.abs(a) > 1000 || Math.abs(b) > 1000) metres++;
    else if (inLat(a) && inLon(b)) latlon++;
    else if (inLon(a) && inLat(b)) lonlat++;
  }
  if (metres === 0 && latlon === 0 && lonlat === 0) return samples.length > 0 ? "wgs84-latlon" : "none";
  if (metres > latlon && metres > lonlat) return "sweref99tm";
  return lonlat > latlon ? "wgs84-lonlat" : "wgs84-latlon";
}

export type PairResult =
  { ok: true; lon: number; lat: number; easting?: number } | { ok: false; reason: "not_sweref99tm" };

/** One pair (first, second in file order) → [lon, lat] in the given form (not "none"). */
export function toLonLat(first: number, second: number, form: Exclude<CoordinateForm, "none">): PairResult {
  if (form === "wgs84-latlon") return { ok: true, lat: first, lon: second };
  if (form === "wgs84-lonlat") return { ok: true, lon: first, lat: second };
  // SWEREF 99 TM: the 7-digit value is the northing whichever column holds it (Swedish files call it X).
  const isNorthing = (v: number) => v >= NORTHING_RANGE[0] && v < NORTHING_RANGE[1];
  const isEasting = (v: number) => v >= EASTING_RANGE[0] && v <= EASTING_RANGE[1];
  let northing: number;
  let easting: number;
  if (isNorthing(first) && isEasting(second)) [northing, easting] = [first, second];
  else if (isNorthing(second) && isEasting(first)) [northing, easting] = [second, first];
  else return { ok: false, reason: "not_sweref99tm" };
  const [lon, lat] = toWgs84.forward([easting, northing]) as [number, number];
  return { ok: true, lon, lat, easting };
}

/** WGS84 [lon, lat] → SWEREF 99 TM [easting, northing] metres, for tests and templates. */
export function toSweref99tm(lon: number, lat: number): [number, number] {
  return toWgs84.inverse([lon, lat]) as [number, number];
}

export function insideSwedenBbox(lon: number, lat: number): boolean {
  return (
    lon >= SWEDEN_BBOX.minLon &&
    lon <= SWEDEN_BBOX.maxLon &&
    lat >= SWEDEN_BBOX.minLat &&
    lat <= SWEDEN_BBOX.maxLat
  );
}
