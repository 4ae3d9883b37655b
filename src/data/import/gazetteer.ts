// What the importer positions rows with when they carry no coordinates: the postnummer, localities and
// kommun seats of the finder's search entries (public/data/search-entries.json in the browser, built from
// the same shared GeoNames files in Node), and the kommun polygons that give every point its kommunKod.
// Built once per session; pure (no DOM, no fetch), so the worker, the CLI and the tests share it.
import { bbox, booleanPointInPolygon } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import { distanceOutsideM } from "../../geo/inside.ts";
import { searchKey } from "../../search/normalize.ts";
import type { SearchEntry } from "../../search/searchIndex.ts";

export interface GazetteerPoint {
  label: string;
  lon: number;
  lat: number;
  kommunKod: string | null;
  /** Only GeoNames' postal file names it (a postort): its kommun code follows the postal area, which
   *  can cross kommun borders, so a named locality elsewhere wins over it. */
  postalOnly: boolean;
}

export interface KommunRef {
  kod: string;
  namn: string;
  /** The GeoNames kommun seat, [lon, lat]. */
  seat: [number, number];
}

export interface KommunArea {
  kommunKod: string;
  geometry: Polygon | MultiPolygon;
}

/** A Bilaga 3 service: "Rusta och matcha (KROM)" has code "KROM". */
export interface ServiceName {
  code: string;
  name: string;
}

/** A point within this distance of a kommun polygon (simplified, so coasts are cut) is given that kommun. */
export const NEAR_BORDER_MAX_M = 5_000;

export interface ImportGazetteer {
  /** By the 5 digits. */
  postnummer: Map<string, GazetteerPoint>;
  /** By search key (lower case, no diacritics); several kommuner may share a name. */
  localities: Map<string, GazetteerPoint[]>;
  localityLabels: string[];
  kommunByKod: Map<string, KommunRef>;
  kommunByKey: Map<string, KommunRef>;
  kommunNames: string[];
  services: ServiceName[];
  /** The kommun containing [lon, lat] (distance 0), else the nearest within NEAR_BORDER_MAX_M, else null. */
  locate(lon: number, lat: number): { kommunKod: string; distanceM: number } | null;
}

interface IndexedArea extends KommunArea {
  box: [number, number, number, number];
}

export function buildGazetteer(
  entries: readonly SearchEntry[],
  areas: readonly KommunArea[],
  services: readonly ServiceName[],
): ImportGazetteer {
  const postnummer = new Map<string, GazetteerPoint>();
  const localities = new Map<string, GazetteerPoint[]>();
  const kommunByKod = new Map<string, KommunRef>();
  for (const entry of entries) {
    const [lon, lat] = entry.position;
    if (entry.kind === "postnummer") {
      const digits = entry.label.replace(/\D/g, "").slice(0, 5);
      postnummer.set(digits, { label: entry.label, lon, lat, kommunKod: entry.kommunKod, postalOnly: true });
    } else if (entry.kind === "kommun" && entry.kommunKod !== null) {
      kommunByKod.set(entry.kommunKod, { kod: entry.kommunKod, namn: entry.label, seat: [lon, lat] });
    } else if (entry.kind === "locality" || entry.kind === "district") {
      const key = searchKey(entry.label);
      const list = localities.get(key) ?? [];
      // One point per (name, kommun): the search entries already merged sources, best first.
      if (!list.some((p) => p.kommunKod === entry.kommunKod))
        list.push({
          label: entry.label,
          lon,
          lat,
          kommunKod: entry.kommunKod,
          postalOnly: entry.source === "geonames_postal",
        });
      localities.set(key, list);
    }
  }
  const kommunByKey = new Map<string, KommunRef>();
  for (const kommun of kommunByKod.values()) kommunByKey.set(searchKey(kommun.namn), kommun);

  const indexed: IndexedArea[] = areas.map((area) => ({
    ...area,
    box: bbox(area.geometry) as [number, number, number, number],
  }));
  const margin = 0.1; // degrees; NEAR_BORDER_MAX_M is well inside it at Swedish latitudes
  // Rows share points (a postort, a seat), so answers are remembered, up to a bound.
  const located = new Map<string, { kommunKod: string; distanceM: number } | null>();
  const locate = (lon: number, lat: number) => {
    const key = `${lon},${lat}`;
    const known = located.get(key);
    if (known !== undefined) return known;
    const answer = locateUncached(lon, lat);
    if (located.size < 200_000) located.set(key, answer);
    return answer;
  };
  const locateUncached = (lon: number, lat: number) => {
    const near: IndexedArea[] = [];
    for (const area of indexed) {
      const [w, s, e, n] = area.box;
      if (lon < w - margin || lon > e + margin || lat < s - margin || lat > n + margin) continue;
      if (lon >= w && lon <= e && lat >= s && lat <= n && booleanPointInPolygon([lon, lat], area.geometry))
        return { kommunKod: area.kommunKod, distanceM: 0 };
      near.push(area);
    }
    let best: { kommunKod: string; distanceM: number } | null = null;
    for (const area of near) {
      const distanceM = distanceOutsideM([lon, lat], area.geometry);
      if (distanceM <= NEAR_BORDER_MAX_M && (!best || distanceM < best.distanceM))
        best = { kommunKod: area.kommunKod, distanceM };
    }
    return best;
  };

  return {
    postnummer,
    localities,
    localityLabels: [...new Set([...localities.values()].flat().map((p) => p.label))],
    kommunByKod,
    kommunByKey,
    kommunNames: [...kommunByKod.values()].map((k) => k.namn),
    services: [...services],
    locate,
  };
}

/**
 * The kommun a cell names: its 4-digit code, its name, or "<name> kommun" / "<name>s kommun" /
 * "<name> stad" as kommuner write themselves ("Mölndals stad"); null when none matches exactly.
 */
export function findKommun(gazetteer: ImportGazetteer, value: string): KommunRef | null {
  const trimmed = value.trim();
  if (/^\d{4}$/.test(trimmed)) return gazetteer.kommunByKod.get(trimmed) ?? null;
  const key = searchKey(trimmed);
  const direct = gazetteer.kommunByKey.get(key);
  if (direct) return direct;
  const stem = key.replace(/ (kommun|stad)$/, "");
  if (stem === key) return null;
  return (
    gazetteer.kommunByKey.get(stem) ??
    (stem.endsWith("s") ? gazetteer.kommunByKey.get(stem.slice(0, -1)) : undefined) ??
    null
  );
}
