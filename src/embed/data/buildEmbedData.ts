// Builds the widget's data files from the pipeline's outputs (summary.json, meeting-places.geojson,
// kommuner.geojson). Pure: the CLI scripts/build-embed-data.ts reads and writes the files, tests call it
// with fixtures. Nothing is hard-coded: every place, minute and share is read from those outputs, so a
// change to the road model shows up in the widget at the next `npm run data`.
import { bbox as turfBbox, simplify } from "@turf/turf";
import type { Position } from "geojson";
import type {
  AreaGeometry,
  KommunCollection,
  MeetingPlaceCollection,
  MeetingPlaceProps,
  Summary,
} from "../../data/schema";
import {
  EMBED_DATA_VERSION,
  type EmbedIndex,
  type EmbedKommunData,
  type EmbedNearest,
  type EmbedPlace,
  type EmbedReach,
  type EmbedReachKind,
} from "./types";

/** Kommuner whose vertices fall into one grid cell of this size (degrees, ~1 km) are neighbours. */
export const NEIGHBOUR_CELL_DEG = 0.01;
/** Simplification tolerance as a share of the kommun's larger bbox side: about 1 px of a 400 px map. */
export const SIMPLIFY_SHARE = 1 / 400;
/** Decimals kept in map coordinates (4 ≈ 10 m, far finer than the simplification). */
const COORD_DECIMALS = 4;

export interface EmbedBuildIssue {
  kommunKod: string;
  reason: string;
}

export interface EmbedBuild {
  index: EmbedIndex;
  kommuner: EmbedKommunData[];
  issues: EmbedBuildIssue[];
}

const REACH_KINDS: readonly EmbedReachKind[] = ["spontaneous", "booked"];

function toEmbedPlace(p: MeetingPlaceProps): EmbedPlace {
  return {
    id: p.id,
    kind: p.kind,
    form: p.form,
    status: p.status,
    label: p.label,
    kommunNamn: p.kommunNamn,
    locality: p.locality,
    comment: p.comment,
    precision: p.precision,
    positionNote: p.positionNote,
    sourceRef: p.sourceRef,
    lonLat: [round(p.displayLon), round(p.displayLat)],
  };
}

function round(value: number): number {
  const factor = 10 ** COORD_DECIMALS;
  return Math.round(value * factor) / factor;
}

function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** Every vertex of the geometry, [lon, lat]. */
function* vertices(geometry: AreaGeometry): Generator<Position> {
  for (const polygon of polygonsOf(geometry)) for (const ring of polygon) yield* ring;
}

/**
 * Neighbours by shared grid cells: the kommun polygons come from one source and share their borders
 * vertex for vertex, so two kommuner with a vertex in the same ~1 km cell touch (or face each other
 * across a strait narrower than that, which on a map is the same).
 */
export function neighbourCodes(kommuner: KommunCollection): Map<string, Set<string>> {
  const cells = new Map<string, Set<string>>();
  for (const feature of kommuner.features) {
    for (const [lon = 0, lat = 0] of vertices(feature.geometry)) {
      const key = `${Math.floor(lon / NEIGHBOUR_CELL_DEG)},${Math.floor(lat / NEIGHBOUR_CELL_DEG)}`;
      let codes = cells.get(key);
      if (codes === undefined) cells.set(key, (codes = new Set()));
      codes.add(feature.properties.kod);
    }
  }
  const neighbours = new Map<string, Set<string>>(
    kommuner.features.map((f) => [f.properties.kod, new Set<string>()]),
  );
  for (const codes of cells.values()) {
    if (codes.size < 2) continue;
    for (const a of codes) for (const b of codes) if (a !== b) neighbours.get(a)?.add(b);
  }
  return neighbours;
}

/**
 * The geometry simplified with `tolerance` (degrees), rounded, without the parts too small to see at
 * that tolerance (islets of an archipelago kommun): a drawing aid, the text never depends on it.
 */
export function simplifyForMap(geometry: AreaGeometry, tolerance: number): AreaGeometry | null {
  const simplified = simplify(geometry, { tolerance, highQuality: false, mutate: false });
  const polygons: Position[][][] = [];
  for (const polygon of polygonsOf(simplified)) {
    const [west, south, east, north] = turfBbox({ type: "Polygon", coordinates: polygon });
    if (Math.max(east - west, north - south) < 2 * tolerance) continue;
    const rings = polygon
      .map((ring) => dedupe(ring.map(([lon = 0, lat = 0]) => [round(lon), round(lat)])))
      .filter((ring) => ring.length >= 4);
    if (rings.length > 0) polygons.push(rings);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: "Polygon", coordinates: polygons[0]! }
    : { type: "MultiPolygon", coordinates: polygons };
}

function dedupe(ring: Position[]): Position[] {
  return ring.filter((point, i) => i === 0 || point[0] !== ring[i - 1]![0] || point[1] !== ring[i - 1]![1]);
}

function reachOf(stats: Summary["kommuner"][number]["reach"][EmbedReachKind]): EmbedReach | null {
  if (stats === undefined) return null;
  return { population: stats.population, share20: stats.shareWithin["20"], share60: stats.shareWithin["60"] };
}

export function buildEmbedData(
  summary: Summary,
  places: MeetingPlaceCollection,
  kommuner: KommunCollection,
): EmbedBuild {
  const issues: EmbedBuildIssue[] = [];
  const placesById = new Map(places.features.map((f) => [f.properties.id, f.properties]));
  const placesByKommun = new Map<string, MeetingPlaceProps[]>();
  for (const { properties: p } of places.features) {
    const list = placesByKommun.get(p.kommunKod) ?? [];
    list.push(p);
    placesByKommun.set(p.kommunKod, list);
  }
  const features = new Map(kommuner.features.map((f) => [f.properties.kod, f]));
  const neighbours = neighbourCodes(kommuner);
  const distanceServices = summary.distanceServices.filter((s) => s.audience !== "arbetsgivare");
  const out: EmbedKommunData[] = [];

  for (const kommun of summary.kommuner) {
    const feature = features.get(kommun.kod);
    if (feature === undefined) {
      issues.push({ kommunKod: kommun.kod, reason: "no polygon in kommuner.geojson" });
      continue;
    }
    const own = placesByKommun.get(kommun.kod) ?? [];
    const nearest = { spontaneous: null, booked: null } as Record<EmbedReachKind, EmbedNearest | null>;
    for (const kind of REACH_KINDS) {
      if (own.some((p) => p.kind === kind && p.status === "current")) continue;
      const fromSeat = kommun.reach[kind]?.fromSeat;
      if (fromSeat === undefined || fromSeat === null) continue;
      const place = placesById.get(fromSeat.placeId);
      if (place === undefined) {
        issues.push({
          kommunKod: kommun.kod,
          reason: `${kind}.fromSeat names unknown place ${fromSeat.placeId}`,
        });
        continue;
      }
      nearest[kind] = { place: toEmbedPlace(place), minutes: fromSeat.minutes, km: fromSeat.km };
    }

    const [west, south, east, north] = turfBbox(feature.geometry);
    const tolerance = Math.max(east - west, north - south) * SIMPLIFY_SHARE;
    const kommunGeometry = simplifyForMap(feature.geometry, tolerance);
    if (kommunGeometry === null) {
      issues.push({ kommunKod: kommun.kod, reason: "the polygon vanished when simplified" });
      continue;
    }
    const box: [number, number, number, number] = [west, south, east, north];
    for (const n of Object.values(nearest)) {
      if (n === null) continue;
      const [lon, lat] = n.place.lonLat;
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
    out.push({
      version: EMBED_DATA_VERSION,
      kod: kommun.kod,
      namn: kommun.namn,
      lanNamn: feature.properties.lanNamn,
      seat: { name: kommun.seat.name, lonLat: [round(kommun.seat.lon), round(kommun.seat.lat)] },
      reportDate: summary.reportDate,
      places: own.map(toEmbedPlace),
      nearest,
      reach: { spontaneous: reachOf(kommun.reach.spontaneous), booked: reachOf(kommun.reach.booked) },
      providerServiceCount: summary.contractedServices.length,
      distanceServices,
      map: {
        bbox: box.map(round) as [number, number, number, number],
        kommun: kommunGeometry,
        label: [round(feature.properties.labelLon), round(feature.properties.labelLat)],
        neighbours: [...(neighbours.get(kommun.kod) ?? [])].sort().flatMap((kod) => {
          const neighbour = features.get(kod);
          const geometry = neighbour && simplifyForMap(neighbour.geometry, tolerance * 2);
          if (!neighbour || !geometry) return [];
          const { namn, labelLon, labelLat } = neighbour.properties;
          return [{ kod, namn, geometry, label: [round(labelLon), round(labelLat)] as [number, number] }];
        }),
      },
    });
  }
  return {
    index: { version: EMBED_DATA_VERSION, kommuner: summary.kommuner.map((k) => [k.kod, k.namn]) },
    kommuner: out,
    issues,
  };
}
