// Parsers for the third-party reference tables in ../shared/data (read-only; never copied into the repo).
import type { KommunFacts } from "./schema.ts";
import { readCsv, type DataIssue, type Parsed } from "./csv.ts";

export type Kommun = KommunFacts;

const KOMMUN_COLUMNS = [
  "kommunkod",
  "kommun",
  "lanskod",
  "lan",
  "fa_kod",
  "fa_namn",
  "befolkning",
  "befolkning_ar",
  "kommungrupp_skr",
  "kommungrupp_skr_kod",
] as const;

/** admin/kommuner.csv: one row per kommun (SCB code, län, FA15 region, population, SKR 2017 group). */
export function parseKommuner(text: string, file: string): Parsed<Kommun> {
  const csv = readCsv(text, file, KOMMUN_COLUMNS);
  const issues: DataIssue[] = [...csv.issues];
  const rows: Kommun[] = [];
  const seen = new Set<string>();
  for (const { line, values: v } of csv.rows) {
    const fail = (field: string, reason: string) => issues.push({ file, line, field, reason });
    if (!/^\d{4}$/.test(v.kommunkod ?? "")) fail("kommunkod", `not a 4-digit code: "${v.kommunkod}"`);
    else if (seen.has(v.kommunkod!)) fail("kommunkod", `duplicate code ${v.kommunkod}`);
    else if (!/^\d{2}$/.test(v.fa_kod ?? "")) fail("fa_kod", `not a 2-digit code: "${v.fa_kod}"`);
    else if (!/^\d+$/.test(v.befolkning ?? "")) fail("befolkning", `not a whole number: "${v.befolkning}"`);
    else if (v.lanskod !== v.kommunkod!.slice(0, 2))
      fail("lanskod", `${v.lanskod} does not match the kommun code ${v.kommunkod}`);
    else {
      seen.add(v.kommunkod!);
      rows.push({
        kod: v.kommunkod!,
        namn: v.kommun!,
        lanKod: v.lanskod!,
        lanNamn: v.lan!,
        faKod: v.fa_kod!,
        faNamn: v.fa_namn!,
        befolkning: Number(v.befolkning),
        befolkningAr: Number(v.befolkning_ar),
        skrGrupp: v.kommungrupp_skr!,
        skrGruppKod: v.kommungrupp_skr_kod!,
      });
    }
  }
  return { rows, issues };
}

/** A named point from one of the staged place datasets, [lon, lat] in WGS84 degrees. */
export interface NamedPoint {
  name: string;
  lon: number;
  lat: number;
  /** Human-readable source, e.g. "GeoNames cities500 #2670061". */
  source: string;
  kommunKod?: string;
}

function point(lat: string | undefined, lon: string | undefined): { lat: number; lon: number } | null {
  const la = Number(lat);
  const lo = Number(lon);
  // Sweden's extent, generously: anything outside is a broken row, not a place.
  if (!Number.isFinite(la) || !Number.isFinite(lo) || la < 54 || la > 70 || lo < 10 || lo > 25) return null;
  return { lat: la, lon: lo };
}

/** The project's table of kommun seats where GeoNames' seat is not the centralort (data/README.md). */
export const SEAT_CORRECTIONS_FILE = "data/kommun_seat_corrections.csv";

/**
 * places/geonames_cities500_SE/kommun_seats_SE.csv → seat per kommunkod, with the corrections of
 * data/kommun_seat_corrections.csv applied (pass null only for a fixture that has no such table). A
 * correction must name the seat GeoNames gives (else the table is stale and the build fails) and a point
 * inside Sweden; the corrected seat's source names both.
 */
export function parseKommunSeats(
  text: string,
  file: string,
  corrections: { text: string; file: string } | null,
): Parsed<NamedPoint & { kommunKod: string }> {
  const csv = readCsv(text, file, [
    "kommunkod",
    "seat_name",
    "geonameid",
    "feature_code",
    "latitude",
    "longitude",
  ]);
  const issues = [...csv.issues];
  const rows: (NamedPoint & { kommunKod: string })[] = [];
  for (const { line, values: v } of csv.rows) {
    const p = point(v.latitude, v.longitude);
    if (!p) issues.push({ file, line, reason: `coordinates out of range: ${v.latitude}, ${v.longitude}` });
    else
      rows.push({
        name: v.seat_name!,
        ...p,
        kommunKod: v.kommunkod!,
        source: `GeoNames cities500 #${v.geonameid} (${v.seat_name}, ${v.feature_code})`,
      });
  }
  if (corrections) issues.push(...applySeatCorrections(rows, corrections.text, corrections.file));
  return { rows, issues };
}

/** Replaces the seats the table corrects, in place; returns the table's issues. */
function applySeatCorrections(
  seats: (NamedPoint & { kommunKod: string })[],
  text: string,
  file: string,
): DataIssue[] {
  const csv = readCsv(text, file, [
    "kommun_kod",
    "geonames_seat",
    "centralort",
    "geonameid",
    "lon",
    "lat",
    "source",
    "evidence",
  ]);
  const issues = [...csv.issues];
  const seen = new Set<string>();
  for (const { line, values: v } of csv.rows) {
    const fail = (field: string, reason: string) => issues.push({ file, line, field, reason });
    const index = seats.findIndex((s) => s.kommunKod === v.kommun_kod);
    const p = point(v.lat, v.lon);
    if (index < 0) fail("kommun_kod", `no GeoNames seat for kommun ${v.kommun_kod}`);
    else if (seen.has(v.kommun_kod!)) fail("kommun_kod", `kommun ${v.kommun_kod} corrected twice`);
    else if (seats[index]!.name !== v.geonames_seat)
      fail(
        "geonames_seat",
        `GeoNames' seat of ${v.kommun_kod} is "${seats[index]!.name}", not "${v.geonames_seat}"`,
      );
    else if (!p) fail("lon", `coordinates out of range: ${v.lon}, ${v.lat}`);
    else if (!v.evidence?.trim()) fail("evidence", "a correction needs its evidence");
    else {
      seen.add(v.kommun_kod!);
      seats[index] = {
        name: v.centralort!,
        ...p,
        kommunKod: v.kommun_kod!,
        source: `${v.source} (centralort instead of GeoNames' seat ${v.geonames_seat}: ${file})`,
      };
    }
  }
  return issues;
}

/** places/geonames_cities500_SE/cities500_SE.txt: tab-separated GeoNames rows without header. */
export function parseGeonamesCities(text: string, file: string): Parsed<NamedPoint & { id: string }> {
  const rows: (NamedPoint & { id: string })[] = [];
  const issues: DataIssue[] = [];
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") return;
    const cells = raw.split("\t");
    const p = point(cells[4], cells[5]);
    if (cells.length !== 19 || !p) {
      issues.push({ file, line: index + 1, reason: "not a 19-column GeoNames row with valid coordinates" });
      return;
    }
    rows.push({
      id: cells[0]!,
      name: cells[1]!,
      ...p,
      kommunKod: cells[11],
      source: `GeoNames cities500 #${cells[0]} (${cells[1]}, ${cells[7]})`,
    });
  });
  return { rows, issues };
}

/** places/wikipedia_points/wikipedia_place_points.csv */
export function parseWikipediaPoints(text: string, file: string): Parsed<NamedPoint> {
  const csv = readCsv(text, file, ["name", "lat", "lon", "source_url"]);
  const issues = [...csv.issues];
  const rows: NamedPoint[] = [];
  for (const { line, values: v } of csv.rows) {
    const p = point(v.lat, v.lon);
    if (!p) issues.push({ file, line, reason: `coordinates out of range: ${v.lat}, ${v.lon}` });
    else rows.push({ name: v.name!, ...p, source: `Wikipedia: ${v.name} (${v.source_url})` });
  }
  return { rows, issues };
}

/** places/stockholm_stadsdelar/stadsdelar_centroids_DERIVED.csv */
export function parseStadsdelCentroids(text: string, file: string): Parsed<NamedPoint> {
  const csv = readCsv(text, file, ["name", "centroid_lat", "centroid_lon"]);
  const issues = [...csv.issues];
  const rows: NamedPoint[] = [];
  for (const { line, values: v } of csv.rows) {
    const p = point(v.centroid_lat, v.centroid_lon);
    if (!p) issues.push({ file, line, reason: `coordinates out of range` });
    else
      rows.push({
        name: v.name!,
        ...p,
        kommunKod: "0180",
        source: `Stockholms stad, Stadskarta 2021 (CC0): centroid of stadsdel ${v.name}`,
      });
  }
  return { rows, issues };
}
