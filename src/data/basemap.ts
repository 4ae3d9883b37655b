// The neighbouring countries drawn around Sweden on the self-hosted base map, from Natural Earth's
// 1:10m admin-0 countries as packaged by the npm module world-atlas (ISC; Natural Earth is public
// domain). Pure: the build script (scripts/build-basemap.ts) hands in the parsed TopoJSON, so the same
// code is unit-tested on a fixture. Sweden's own land is drawn from the kommun polygons; its Natural Earth
// outline only fills the seams under them.
import { bboxClip, simplify } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { labelPoint } from "../geo/labelPoint";

/** ISO 3166-1 alpha-2 codes of the countries the map shows, keyed by Natural Earth's numeric id. */
export const NEIGHBOUR_COUNTRIES = {
  "578": "NO",
  "246": "FI",
  "248": "AX",
  "208": "DK",
  "276": "DE",
  "616": "PL",
  "440": "LT",
  "428": "LV",
  "233": "EE",
  "643": "RU",
  "112": "BY",
  // Sweden too, drawn in the land colour under the kommun polygons: where the two sources' coastlines and
  // borders differ by a few hundred metres, the gap shows land instead of a strip of water.
  "752": "SE",
} as const;
export type CountryCode = (typeof NEIGHBOUR_COUNTRIES)[keyof typeof NEIGHBOUR_COUNTRIES];

export interface CountryProps {
  code: CountryCode;
  /** [lon, lat] of the label inside the part of the country the map's extent shows. */
  labelLon: number;
  labelLat: number;
}
export type CountryCollection = FeatureCollection<Polygon | MultiPolygon, CountryProps>;

/** The map's extent (MapController maxBounds) as [west, south, east, north], degrees. */
export const BASEMAP_BBOX: [number, number, number, number] = [-5, 50, 42, 73];

/**
 * Douglas–Peucker tolerance in degrees (≈ 900 m north–south): invisible at the zoom levels where the
 * neighbours are context, and it keeps the file near 60 KB gzip.
 */
export const SIMPLIFY_TOLERANCE_DEG = 0.008;

/** Coordinates rounded to 4 decimals (≈ 10 m): enough for a base map, and a smaller file. */
function round(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const r = (n: number) => Math.round(n * 1e4) / 1e4;
  if (geometry.type === "Polygon")
    return {
      type: "Polygon",
      coordinates: geometry.coordinates.map((ring) => ring.map(([x, y]) => [r(x!), r(y!)])),
    };
  return {
    type: "MultiPolygon",
    coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(([x, y]) => [r(x!), r(y!)]))),
  };
}

/**
 * Natural Earth cuts polygons that cross the antimeridian (mainland Russia reaches 190° E), so one ring
 * jumps from +180 to −180. Drawn flat, such a ring spans the whole world; clipped, it fills the map.
 * A part whose rings span more than 180° of longitude gets 360° added to its western longitudes.
 */
export function unwrapAntimeridian(geometry: Polygon | MultiPolygon): MultiPolygon {
  const parts: Position[][][] = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: "MultiPolygon",
    coordinates: parts.map((rings) => {
      const lons = rings.flatMap((ring) => ring.map((position) => position[0]!));
      if (Math.max(...lons) - Math.min(...lons) <= 180) return rings;
      return rings.map((ring) => ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]));
    }),
  };
}

/**
 * The neighbouring countries clipped to BASEMAP_BBOX and simplified. Throws when the topology has no
 * `countries` object or lacks one of NEIGHBOUR_COUNTRIES (a changed package must not silently drop a
 * country).
 */
export function neighbourCountries(topology: Topology): CountryCollection {
  const object = topology.objects.countries as GeometryCollection | undefined;
  if (object === undefined) throw new Error("world-atlas topology: no `countries` object");
  const all = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null>;
  const features: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
  const missing = new Set(Object.keys(NEIGHBOUR_COUNTRIES));
  for (const country of all.features) {
    const id = String(country.id);
    if (!(id in NEIGHBOUR_COUNTRIES) || country.geometry === null) continue;
    missing.delete(id);
    // Clipping a polygon yields a polygon; Turf's return type also lists lines for line input.
    const clipped = bboxClip(unwrapAntimeridian(country.geometry), BASEMAP_BBOX).geometry as
      Polygon | MultiPolygon;
    const kept = simplify(clipped, { tolerance: SIMPLIFY_TOLERANCE_DEG });
    const parts: Position[][][] = kept.type === "Polygon" ? [kept.coordinates] : kept.coordinates;
    const nonEmpty = parts.filter((rings) => rings.length > 0 && rings[0]!.length >= 4);
    if (nonEmpty.length === 0) continue;
    const geometry = round({ type: "MultiPolygon", coordinates: nonEmpty });
    const [labelLon, labelLat] = labelPoint(geometry);
    features.push({
      type: "Feature",
      properties: { code: NEIGHBOUR_COUNTRIES[id as keyof typeof NEIGHBOUR_COUNTRIES], labelLon, labelLat },
      geometry,
    });
  }
  if (missing.size > 0) throw new Error(`world-atlas topology: countries ${[...missing].join(", ")} missing`);
  return { type: "FeatureCollection", features };
}
