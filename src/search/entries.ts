// Why: a jobseeker may know only a kommun, a village, a Stockholm stadsdel or a postnummer, and no single
// staged dataset has them all (Sysslebäck is only in the postal file, Rosengård only on Wikipedia). This
// module turns the raw shared files into one list of SearchEntry, merging a place named in several
// sources into one entry, and reports every malformed row (file, line, reason) while keeping the others.
// Nothing is corrected silently: the one retired kommun code that is translated is listed in
// RETIRED_KOMMUN_CODES and every merge or translation is counted in `notes`. Pure: text in, data out.
import { readCsv, type DataIssue } from "../data/csv.ts";
import { closestNames } from "../data/names.ts";
import {
  SEAT_CORRECTIONS_FILE,
  parseKommunSeats,
  parseKommuner,
  parseStadsdelCentroids,
  type Kommun,
} from "../data/reference.ts";
import { searchKey } from "./normalize.ts";
import type { SearchEntry, SearchKind, SearchPrecision, SearchSource } from "./searchIndex.ts";

/** The shared files the search index is built from, relative to the data folder (NARVARO_DATA_DIR). */
export const SEARCH_SOURCE_FILES = {
  kommuner: "admin/kommuner.csv",
  seats: "places/geonames_cities500_SE/kommun_seats_SE.csv",
  geonames: "places/geonames_cities500_SE/cities500_SE.txt",
  postal: "places/geonames_postal_SE/SE.txt",
  stadsdelar: "places/stockholm_stadsdelar/stadsdelar_centroids_DERIVED.csv",
  wikipedia: "places/wikipedia_points/wikipedia_place_points.csv",
} as const;

/** The shared files, and the project's seat corrections (data/kommun_seat_corrections.csv). */
export type SearchSourceTexts = Record<keyof typeof SEARCH_SOURCE_FILES | "seatCorrections", string>;

export interface SearchEntriesResult {
  entries: SearchEntry[];
  /** Malformed rows and unresolvable references: the build must fail on any. */
  issues: DataIssue[];
  /** What was merged, translated or left out on purpose, for the build log. */
  notes: string[];
}

/**
 * Kommun codes that GeoNames' postal file still uses although SCB has replaced them. A row is read with
 * the new code only if its kommun name matches the new code's name; the translation is reported.
 */
export const RETIRED_KOMMUN_CODES: Readonly<Record<string, { kod: string; namn: string; reason: string }>> = {
  "1917": {
    kod: "0331",
    namn: "Heby",
    reason:
      "Heby moved from Västmanlands län to Uppsala län on 2007-01-01 and its code changed from 1917 to 0331",
  },
};

/** GeoNames feature codes taken as localities (PPLL, "populated locality", is left out and counted). */
const LOCALITY_FEATURE_CODES = new Set(["PPL", "PPLA", "PPLA2", "PPLC", "PPLX"]);

/** A place without kommun code joins a same-named place with one if it lies this close (metres). */
const POSTORT_MERGE_RADIUS_M = 10_000;

/** Lower wins when one place (same name, same kommun) comes from several sources. */
const SOURCE_PRIORITY: Record<SearchSource, number> = {
  geonames_cities500: 0,
  wikipedia: 1,
  stockholm_stadsdelar: 2,
  geonames_postal: 3,
};

type Place = Omit<SearchEntry, "id" | "detail"> & { detail?: string };

export function buildSearchEntries(texts: SearchSourceTexts, dataDir: string): SearchEntriesResult {
  const file = (key: keyof typeof SEARCH_SOURCE_FILES) => `${dataDir}/${SEARCH_SOURCE_FILES[key]}`;
  const issues: DataIssue[] = [];
  const notes: string[] = [];
  const take = <T>(parsed: { rows: T[]; issues: DataIssue[] }): T[] => {
    issues.push(...parsed.issues);
    return parsed.rows;
  };

  const kommuner = new Map(take(parseKommuner(texts.kommuner, file("kommuner"))).map((k) => [k.kod, k]));
  const seats = take(
    parseKommunSeats(texts.seats, file("seats"), {
      text: texts.seatCorrections,
      file: SEAT_CORRECTIONS_FILE,
    }),
  );
  const cities = take(parseCities(texts.geonames, file("geonames"), kommuner, notes));
  const postal = parsePostal(texts.postal, file("postal"), kommuner, notes);
  issues.push(...postal.issues);
  const stadsdelar = take(parseStadsdelCentroids(texts.stadsdelar, file("stadsdelar")));
  const wikipedia = take(parseWikipedia(texts.wikipedia, file("wikipedia"), kommuner));

  // Kommuner, at their GeoNames seat.
  const seatByKod = new Map(seats.map((seat) => [seat.kommunKod, seat]));
  for (const seat of seats)
    if (!kommuner.has(seat.kommunKod))
      issues.push({
        file: file("seats"),
        line: 0,
        field: "kommunkod",
        reason: `seat for unknown kommun ${seat.kommunKod}`,
      });
  const entries: SearchEntry[] = [];
  for (const kommun of kommuner.values()) {
    const seat = seatByKod.get(kommun.kod);
    if (!seat) {
      issues.push({
        file: file("seats"),
        line: 0,
        reason: `no seat for kommun ${kommun.kod} ${kommun.namn}`,
      });
      continue;
    }
    entries.push({
      id: `kommun-${kommun.kod}`,
      kind: "kommun",
      label: kommun.namn,
      detail: kommun.lanNamn,
      kommunKod: kommun.kod,
      position: [seat.lon, seat.lat],
      precision: "kommun_seat",
      source: "geonames_cities500",
      population: kommun.befolkning,
    });
  }

  // Named places from every source; one entry per (search key, kommun).
  const places: Place[] = [
    ...cities,
    ...wikipedia,
    ...stadsdelar.map((row): Place => ({
      kind: "district",
      label: titleCase(row.name),
      kommunKod: row.kommunKod ?? null,
      position: [row.lon, row.lat],
      precision: "district_centroid",
      source: "stockholm_stadsdelar",
      population: null,
    })),
    ...postal.postorter,
  ];
  entries.push(...mergePlaces(places, kommuner, notes));
  entries.push(...postal.postnummer.map((p) => withDetail(p, kommuner)));
  return { entries, issues, notes };
}

/** Stadsdel names are upper case in the source ("FARSTA STRAND"); shown as "Farsta Strand". */
function titleCase(name: string): string {
  return name
    .toLocaleLowerCase("sv")
    .replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toLocaleUpperCase("sv"));
}

function mergePlaces(places: Place[], kommuner: Map<string, Kommun>, notes: string[]): SearchEntry[] {
  const ordered = [...places].sort(
    (a, b) =>
      SOURCE_PRIORITY[a.source] - SOURCE_PRIORITY[b.source] || (b.population ?? 0) - (a.population ?? 0),
  );
  const byKey = new Map<string, Place>();
  const withoutKommun: Place[] = [];
  let merged = 0;
  for (const place of ordered) {
    if (place.kommunKod === null) {
      withoutKommun.push(place);
      continue;
    }
    const key = `${searchKey(place.label)}|${place.kommunKod}`;
    const kept = byKey.get(key);
    if (!kept) byKey.set(key, { ...place });
    else {
      // The first (best) source keeps its label and position; a population stated elsewhere is kept.
      kept.population ??= place.population;
      merged++;
    }
  }
  notes.push(
    `${merged} place rows merged into a same-named place in the same kommun (cities500 > Wikipedia > stadsdel > postal)`,
  );

  // A place without kommun code (mostly postorter such as Malmö's 615 codes) joins a same-named place
  // within POSTORT_MERGE_RADIUS_M (the nearest if several, e.g. Skärholmen under 0180 and 0126);
  // otherwise it stays an entry of its own with kommunKod null.
  const byName = new Map<string, Place[]>();
  for (const place of byKey.values()) {
    const name = searchKey(place.label);
    byName.set(name, [...(byName.get(name) ?? []), place]);
  }
  const loose = new Map<string, Place>();
  let attached = 0;
  let duplicates = 0;
  for (const place of withoutKommun) {
    const name = searchKey(place.label);
    const near = (byName.get(name) ?? []).some(
      (p) => distanceM(p.position, place.position) <= POSTORT_MERGE_RADIUS_M,
    );
    if (near) {
      attached++;
      continue;
    }
    if (loose.has(name)) duplicates++;
    else loose.set(name, place);
  }
  notes.push(
    `${attached} place(s) without kommun code joined a same-named place with kommun within ${POSTORT_MERGE_RADIUS_M / 1000} km; ` +
      `${duplicates} merged into a same-named place without kommun; ` +
      `${loose.size} kept without kommun: ${[...loose.values()].map((p) => p.label).join(", ")}`,
  );

  return [...byKey.values(), ...loose.values()].map((place) => withDetail(place, kommuner));
}

function withDetail(place: Place, kommuner: Map<string, Kommun>): SearchEntry {
  const kommun = place.kommunKod === null ? undefined : kommuner.get(place.kommunKod);
  const id =
    place.kind === "postnummer"
      ? `postnummer-${place.label.replace(/\D/g, "").slice(0, 5)}`
      : `${place.kind}-${place.kommunKod ?? "0000"}-${searchKey(place.label).replace(/ /g, "-")}`;
  return {
    id,
    kind: place.kind,
    label: place.label,
    detail: kommun?.namn ?? place.detail ?? "",
    kommunKod: place.kommunKod,
    position: place.position,
    precision: place.precision,
    source: place.source,
    population: place.population,
  };
}

/** Inside Sweden's extent, generously; anything else is a broken row. [lon, lat] or null. */
function position(lat: string | undefined, lon: string | undefined): [number, number] | null {
  const la = Number(lat);
  const lo = Number(lon);
  if (lat === "" || lon === "" || !Number.isFinite(la) || !Number.isFinite(lo)) return null;
  return la < 54 || la > 70 || lo < 10 || lo > 25 ? null : [lo, la];
}

/** Great-circle distance in metres between two [lon, lat] points (haversine, R = 6,371 km). */
function distanceM(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** Splits tab-separated text without header into rows with their 1-based line numbers. */
function tsvRows(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  text.split("\n").forEach((raw, index) => {
    const row = raw.replace(/\r$/, "");
    if (row.trim() !== "") rows.push({ line: index + 1, cells: row.split("\t") });
  });
  return rows;
}

/** places/geonames_cities500_SE/cities500_SE.txt: the 19-column GeoNames table, no header. */
function parseCities(
  text: string,
  file: string,
  kommuner: Map<string, Kommun>,
  notes: string[],
): { rows: Place[]; issues: DataIssue[] } {
  const rows: Place[] = [];
  const issues: DataIssue[] = [];
  const excluded = new Map<string, string[]>();
  for (const { line, cells } of tsvRows(text)) {
    const fail = (field: string, reason: string) => issues.push({ file, line, field, reason });
    if (cells.length !== 19) {
      issues.push({ file, line, reason: `expected 19 tab-separated cells, found ${cells.length}` });
      continue;
    }
    const [
      ,
      name = "",
      ,
      ,
      lat,
      lon,
      featureClass,
      featureCode = "",
      ,
      ,
      ,
      kommunKod = "",
      ,
      ,
      population = "",
    ] = cells;
    const point = position(lat, lon);
    if (name.trim() === "") fail("name", "empty name");
    else if (!point) fail("latitude/longitude", `not a coordinate in Sweden: ${lat}, ${lon}`);
    else if (featureClass !== "P") fail("feature class", `not a populated place: "${featureClass}"`);
    else if (kommunKod !== "" && !kommuner.has(kommunKod))
      fail("admin2 code", `unknown kommun code "${kommunKod}"`);
    else if (!/^\d+$/.test(population)) fail("population", `not a whole number: "${population}"`);
    else if (!LOCALITY_FEATURE_CODES.has(featureCode))
      excluded.set(featureCode, [...(excluded.get(featureCode) ?? []), name]);
    else
      rows.push({
        kind: "locality",
        label: name.trim(),
        kommunKod: kommunKod === "" ? null : kommunKod,
        position: point,
        precision: "locality",
        source: "geonames_cities500",
        population: Number(population),
      });
  }
  for (const [code, names] of excluded)
    notes.push(`${file}: ${names.length} ${code} row(s) left out (not a locality code): ${names.join(", ")}`);
  return { rows, issues };
}

interface PostalResult {
  postnummer: Place[];
  postorter: Place[];
  issues: DataIssue[];
}

/** places/geonames_postal_SE/SE.txt: 12 tab-separated columns, no header, one row per postnummer. */
function parsePostal(
  text: string,
  file: string,
  kommuner: Map<string, Kommun>,
  notes: string[],
): PostalResult {
  const issues: DataIssue[] = [];
  const postnummer: Place[] = [];
  const seenCodes = new Map<string, number>();
  const translated = new Map<string, number>();
  // Per postort (name + kommun): how many codes sit at each point, to keep the most common point.
  const postorter = new Map<string, { place: Place; points: Map<string, number> }>();
  for (const { line, cells } of tsvRows(text)) {
    const fail = (field: string, reason: string) => issues.push({ file, line, field, reason });
    if (cells.length !== 12) {
      issues.push({ file, line, reason: `expected 12 tab-separated cells, found ${cells.length}` });
      continue;
    }
    const [country, code = "", postort = "", lanNamn = "", , kommunNamn = "", rawKod = "", , , lat, lon] =
      cells;
    const point = position(lat, lon);
    const retired = RETIRED_KOMMUN_CODES[rawKod];
    const kommunKod = retired && retired.namn === kommunNamn ? retired.kod : rawKod;
    if (country !== "SE") fail("country", `not SE: "${country}"`);
    else if (!/^\d{3} \d{2}$/.test(code)) fail("postal code", `not a postnummer "NNN NN": "${code}"`);
    else if (seenCodes.has(code))
      fail("postal code", `duplicate postnummer ${code} (first on line ${seenCodes.get(code)})`);
    else if (postort.trim() === "") fail("place name", "empty postort");
    else if (kommunKod !== "" && !kommuner.has(kommunKod))
      fail("admin2 code", `unknown kommun code "${rawKod}" (${kommunNamn})`);
    else if (!point) fail("latitude/longitude", `not a coordinate in Sweden: ${lat}, ${lon}`);
    else {
      seenCodes.set(code, line);
      if (kommunKod !== rawKod) translated.set(rawKod, (translated.get(rawKod) ?? 0) + 1);
      const kod = kommunKod === "" ? null : kommunKod;
      const label = postort.trim();
      postnummer.push({
        kind: "postnummer",
        label: `${code} ${label}`,
        detail: lanNamn,
        kommunKod: kod,
        position: point,
        precision: "postort",
        source: "geonames_postal",
        population: null,
      });
      const key = `${searchKey(label)}|${kommunKod}`;
      const postortEntry = postorter.get(key) ?? {
        place: {
          kind: "locality",
          label,
          detail: lanNamn,
          kommunKod: kod,
          position: point,
          precision: "locality",
          source: "geonames_postal",
          population: null,
        },
        points: new Map<string, number>(),
      };
      const pointKey = point.join(",");
      postortEntry.points.set(pointKey, (postortEntry.points.get(pointKey) ?? 0) + 1);
      postorter.set(key, postortEntry);
    }
  }
  for (const [kod, count] of translated) {
    const retired = RETIRED_KOMMUN_CODES[kod]!;
    notes.push(
      `${file}: ${count} row(s) with retired kommun code ${kod} read as ${retired.kod} ${retired.namn}: ${retired.reason}`,
    );
  }
  let spread = 0;
  const places = [...postorter.values()].map(({ place, points }) => {
    if (points.size > 1) spread++;
    // Ties keep the point seen first (Map keeps insertion order).
    const [best] = [...points].reduce((a, b) => (b[1] > a[1] ? b : a));
    const [lon, lat] = best.split(",").map(Number);
    return { ...place, position: [lon!, lat!] as [number, number] };
  });
  notes.push(
    `${file}: ${postnummer.length} postnummer, ${places.length} postorter (${spread} with codes at several points; the most common point is used)`,
  );
  return { postnummer, postorter: places, issues };
}

/** places/wikipedia_points/wikipedia_place_points.csv; the kommun column must name a kommun exactly. */
function parseWikipedia(
  text: string,
  file: string,
  kommuner: Map<string, Kommun>,
): { rows: Place[]; issues: DataIssue[] } {
  const csv = readCsv(text, file, ["name", "place_type", "kommun", "lat", "lon"]);
  const issues = [...csv.issues];
  const rows: Place[] = [];
  const kodByName = new Map([...kommuner.values()].map((k) => [k.namn, k.kod]));
  for (const { line, values: v } of csv.rows) {
    const point = position(v.lat, v.lon);
    const kommunKod = kodByName.get(v.kommun ?? "");
    if (!v.name) issues.push({ file, line, field: "name", reason: "empty name" });
    else if (!point)
      issues.push({ file, line, field: "lat/lon", reason: `not a coordinate in Sweden: ${v.lat}, ${v.lon}` });
    else if (!kommunKod)
      issues.push({
        file,
        line,
        field: "kommun",
        reason: `unknown kommun "${v.kommun}"`,
        suggestions: closestNames(v.kommun ?? "", [...kodByName.keys()]),
      });
    else
      rows.push({
        kind: wikipediaKind(v.place_type ?? ""),
        label: v.name,
        kommunKod,
        position: point,
        precision: "article_point",
        source: "wikipedia",
        population: null,
      });
  }
  return { rows, issues };
}

/** The CSV's place_type: a tätort is a locality, a stadsdel or kommundel a district, anything else a place. */
function wikipediaKind(placeType: string): SearchKind {
  if (placeType === "tätort") return "locality";
  return ["stadsdel", "kommundel", "område"].includes(placeType) ? "district" : "place";
}

// ---- The compact file public/data/search-entries.json ----------------------------------------------

/** [kind, label, kommunKod | null, lon, lat, precision, source, population | null, detail when no kommun] */
type PlaceRow = [
  SearchKind,
  string,
  string | null,
  number,
  number,
  SearchPrecision,
  SearchSource,
  number | null,
  string?,
];
/** [5 digits, postort, kommunKod | null, lon, lat, detail when no kommun]; precision "postort", source GeoNames postal. */
type PostnummerRow = [string, string, string | null, number, number, string?];

export interface SearchEntriesFile {
  format: "narvarokartan-search-1";
  /** [kommunKod, namn, lanNamn], to derive each row's detail. */
  kommuner: [string, string, string][];
  places: PlaceRow[];
  postnummer: PostnummerRow[];
}

/** Coordinates are rounded to 5 decimals (about 1 m), finer than any source's own precision. */
const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

export function encodeSearchEntries(
  entries: readonly SearchEntry[],
  kommuner: readonly Kommun[],
): SearchEntriesFile {
  const file: SearchEntriesFile = {
    format: "narvarokartan-search-1",
    kommuner: kommuner.map((k) => [k.kod, k.namn, k.lanNamn]),
    places: [],
    postnummer: [],
  };
  for (const e of entries) {
    const [lon, lat] = [round5(e.position[0]), round5(e.position[1])];
    const detail: [string?] = e.kommunKod === null ? [e.detail] : [];
    if (e.kind === "postnummer") {
      const [code = "", ...postort] = e.label.replace(/^(\d{3}) (\d{2})/, "$1$2").split(" ");
      file.postnummer.push([code, postort.join(" "), e.kommunKod, lon, lat, ...detail]);
    } else
      file.places.push([
        e.kind,
        e.label,
        e.kommunKod,
        lon,
        lat,
        e.precision,
        e.source,
        e.population,
        ...detail,
      ]);
  }
  return file;
}

export function decodeSearchEntries(file: SearchEntriesFile): SearchEntry[] {
  const kommuner = new Map(file.kommuner.map(([kod, namn, lanNamn]) => [kod, { namn, lanNamn }]));
  const detailOf = (kind: SearchKind, kommunKod: string | null, fallback = "") => {
    const kommun = kommunKod === null ? undefined : kommuner.get(kommunKod);
    return (kind === "kommun" ? kommun?.lanNamn : kommun?.namn) ?? fallback;
  };
  const places = file.places.map(
    ([kind, label, kommunKod, lon, lat, precision, source, population, detail]): SearchEntry => ({
      id:
        kind === "kommun"
          ? `kommun-${kommunKod}`
          : `${kind}-${kommunKod ?? "0000"}-${searchKey(label).replace(/ /g, "-")}`,
      kind,
      label,
      detail: detailOf(kind, kommunKod, detail),
      kommunKod,
      position: [lon, lat],
      precision,
      source,
      population,
    }),
  );
  const postnummer = file.postnummer.map(([digits, postort, kommunKod, lon, lat, detail]): SearchEntry => ({
    id: `postnummer-${digits}`,
    kind: "postnummer",
    label: `${digits.slice(0, 3)} ${digits.slice(3)} ${postort}`,
    detail: detailOf("postnummer", kommunKod, detail),
    kommunKod,
    position: [lon, lat],
    precision: "postort",
    source: "geonames_postal",
    population: null,
  }));
  return [...places, ...postnummer];
}
