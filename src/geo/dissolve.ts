// Dissolve polygons that share a key (kommuner → FA-region or län) and measure areas.
// Pure: GeoJSON in, GeoJSON out; runs in scripts/, the worker and tests alike.
// Coordinates are WGS84 [lon, lat] in degrees throughout (RFC 7946 order).
import { area, feature, featureCollection, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";

export interface DissolvedRegion {
  /** Union of all members, [lon, lat]. A Polygon when the members form one piece, else a MultiPolygon. */
  geometry: Polygon | MultiPolygon;
  /** Number of input features that carried this key. */
  memberCount: number;
}

/** Thrown when the members of a key union to nothing (every member degenerate). */
export class EmptyDissolveError extends Error {
  constructor(readonly key: string) {
    super(`dissolve: the members of key "${key}" union to an empty geometry`);
    this.name = "EmptyDissolveError";
  }
}

/**
 * Groups features by `keyOf(properties)` and unions each group's geometries.
 *
 * The returned Map iterates its keys in ascending string order (codes such as "01", "0114" are
 * zero-padded, so string order is numeric order). A key with a single member gets that member's
 * geometry back unchanged (same coordinates, not copied through the clipper), so its area is exact.
 * Shared edges between neighbours are removed; gaps between them (slivers, lakes) stay as holes.
 */
export function dissolveByKey<P>(
  features: Feature<Polygon | MultiPolygon, P>[],
  keyOf: (props: P) => string,
): Map<string, DissolvedRegion> {
  const groups = new Map<string, Feature<Polygon | MultiPolygon, P>[]>();
  for (const feature of features) {
    const key = keyOf(feature.properties);
    const members = groups.get(key);
    if (members) members.push(feature);
    else groups.set(key, [feature]);
  }

  const result = new Map<string, DissolvedRegion>();
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key) ?? [];
    result.set(key, { geometry: unionGeometries(key, members), memberCount: members.length });
  }
  return result;
}

function unionGeometries<P>(
  key: string,
  members: Feature<Polygon | MultiPolygon, P>[],
): Polygon | MultiPolygon {
  const [first] = members;
  // Turf's union needs at least two geometries; one member is its own dissolve.
  if (members.length === 1 && first) return first.geometry;
  // Only geometries go into the clipper; the members' own properties are not GeoJSON-typed here.
  const unioned = union(featureCollection(members.map((member) => feature(member.geometry))));
  if (!unioned) throw new EmptyDissolveError(key);
  return unioned.geometry;
}

/**
 * Geodesic area in square kilometres of a [lon, lat] polygon (Turf's spherical-excess formula on a sphere
 * of radius 6,371,008.8 m). Holes are subtracted.
 */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  const squareMetres = area(geometry);
  return squareMetres / 1_000_000;
}
