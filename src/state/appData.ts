// Fetches the generated files in public/data/. Never throws: the UI gets a typed result it can render
// (STYLE habit 5). The pipeline validated the data, so the checks here only catch a missing or truncated
// file, not every field. The first render needs only the places and the summary; the polygons
// (MapGeometry, most of the bytes) are fetched when the map is about to be shown.
import type { CountryCollection } from "../data/basemap";
import type { KommunCollection, MeetingPlaceCollection, RegionCollection, Summary } from "../data/schema";

export interface AppData {
  places: MeetingPlaceCollection;
  summary: Summary;
}

/** The polygons only the map draws. */
export interface MapGeometry {
  kommuner: KommunCollection;
  lan: RegionCollection;
  faRegioner: RegionCollection;
  /** The neighbouring countries (scripts/build-basemap.ts). */
  countries: CountryCollection;
}

export interface DataLoadError {
  file: string;
  reason: string;
}

export type DataLoadResult = { ok: true; data: AppData } | { ok: false; error: DataLoadError };
export type GeometryLoadResult = { ok: true; geometry: MapGeometry } | { ok: false; error: DataLoadError };

export const DATA_FILES = {
  places: "meeting-places.geojson",
  summary: "summary.json",
} as const satisfies Record<keyof AppData, string>;

export const GEOMETRY_FILES = {
  kommuner: "kommuner.geojson",
  lan: "lan.geojson",
  faRegioner: "fa-regioner.geojson",
  countries: "basemap.geojson",
} as const satisfies Record<keyof MapGeometry, string>;

export type FetchLike = (url: string) => Promise<Pick<Response, "ok" | "status" | "json">>;

type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function checkFeatureCollection<T>(value: unknown): Checked<T> {
  if (!isRecord(value) || value.type !== "FeatureCollection" || !Array.isArray(value.features)) {
    return { ok: false, reason: "not a GeoJSON FeatureCollection" };
  }
  return { ok: true, value: value as T };
}

function checkSummary(value: unknown): Checked<Summary> {
  if (!isRecord(value) || !isRecord(value.counts) || !Array.isArray(value.distanceServices)) {
    return { ok: false, reason: "not a summary (counts or distanceServices missing)" };
  }
  return { ok: true, value: value as unknown as Summary };
}

async function fetchChecked<T>(
  fetchFn: FetchLike,
  baseUrl: string,
  file: string,
  check: (value: unknown) => Checked<T>,
): Promise<Checked<T>> {
  let body: unknown;
  try {
    const response = await fetchFn(`${baseUrl}data/${file}`);
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    body = await response.json();
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  return check(body);
}

/** Loads the first-render files in parallel; the first failure (in DATA_FILES order) is reported. */
export async function loadAppData(baseUrl: string, fetchFn: FetchLike): Promise<DataLoadResult> {
  const [places, summary] = await Promise.all([
    fetchChecked(fetchFn, baseUrl, DATA_FILES.places, checkFeatureCollection<MeetingPlaceCollection>),
    fetchChecked(fetchFn, baseUrl, DATA_FILES.summary, checkSummary),
  ]);
  if (!places.ok) return { ok: false, error: { file: DATA_FILES.places, reason: places.reason } };
  if (!summary.ok) return { ok: false, error: { file: DATA_FILES.summary, reason: summary.reason } };
  return { ok: true, data: { places: places.value, summary: summary.value } };
}

/** Loads the polygon files the map draws; the first failure (in GEOMETRY_FILES order) is reported. */
export async function loadMapGeometry(baseUrl: string, fetchFn: FetchLike): Promise<GeometryLoadResult> {
  const [kommuner, lan, faRegioner, countries] = await Promise.all([
    fetchChecked(fetchFn, baseUrl, GEOMETRY_FILES.kommuner, checkFeatureCollection<KommunCollection>),
    fetchChecked(fetchFn, baseUrl, GEOMETRY_FILES.lan, checkFeatureCollection<RegionCollection>),
    fetchChecked(fetchFn, baseUrl, GEOMETRY_FILES.faRegioner, checkFeatureCollection<RegionCollection>),
    fetchChecked(fetchFn, baseUrl, GEOMETRY_FILES.countries, checkFeatureCollection<CountryCollection>),
  ]);
  if (!kommuner.ok) return { ok: false, error: { file: GEOMETRY_FILES.kommuner, reason: kommuner.reason } };
  if (!lan.ok) return { ok: false, error: { file: GEOMETRY_FILES.lan, reason: lan.reason } };
  if (!faRegioner.ok)
    return { ok: false, error: { file: GEOMETRY_FILES.faRegioner, reason: faRegioner.reason } };
  if (!countries.ok)
    return { ok: false, error: { file: GEOMETRY_FILES.countries, reason: countries.reason } };
  return {
    ok: true,
    geometry: {
      kommuner: kommuner.value,
      lan: lan.value,
      faRegioner: faRegioner.value,
      countries: countries.value,
    },
  };
}
