// The contract of the widget's data files (public/data/embed/), written by scripts/build-embed-data.ts
// from the pipeline's own outputs and read by the widget. One file per kommun (<kommunkod>.json) plus a
// tiny name index (index.json), so a widget never downloads the national summary, the country's
// polygons, the search index or the reach files.
import type {
  AreaGeometry,
  DistanceService,
  MeetingForm,
  MeetingKind,
  MeetingStatus,
  PositionPrecision,
} from "../../data/schema";

/** Bump when the shape changes, so a cached old file is recognised. */
export const EMBED_DATA_VERSION = 1;

/** The two kinds with points and travel times (Bilaga 3's providers have no addresses). */
export type EmbedReachKind = "spontaneous" | "booked";

export interface EmbedPlace {
  id: string;
  kind: MeetingKind;
  form: MeetingForm;
  status: MeetingStatus;
  label: string;
  kommunNamn: string;
  locality: string | null;
  /** The report's comment verbatim (Swedish), or null. */
  comment: string | null;
  precision: PositionPrecision;
  /** Swedish caveat about the position, or null. */
  positionNote: string | null;
  sourceRef: string;
  /** Where the map draws it, [lon, lat] (the pipeline's display point). */
  lonLat: [number, number];
}

/** The nearest place of a kind from the kommun seat, by the model's estimated car time. */
export interface EmbedNearest {
  place: EmbedPlace;
  /** Minutes and km by car from the seat, as summary.kommuner[].reach.<kind>.fromSeat gives them. */
  minutes: number;
  km: number;
}

/** Share of the kommun's census 2021 population within 20 and 60 minutes (0..1). */
export interface EmbedReach {
  population: number;
  share20: number;
  share60: number;
}

export interface EmbedNeighbour {
  kod: string;
  namn: string;
  geometry: AreaGeometry;
  /** [lon, lat] inside the polygon, where its name goes. */
  label: [number, number];
}

export interface EmbedKommunData {
  version: typeof EMBED_DATA_VERSION;
  kod: string;
  namn: string;
  lanNamn: string;
  /** The GeoNames kommun seat the travel times start from. */
  seat: { name: string; lonLat: [number, number] };
  /** The report's date (the data's date). */
  reportDate: string;
  /** Every place of every kind inside the kommun, current, planned or pending. */
  places: EmbedPlace[];
  /**
   * Per kind with no current place in the kommun: the nearest one outside, from the seat. null when the
   * kommun has a current place of the kind, or when none can be reached by road.
   */
  nearest: Record<EmbedReachKind, EmbedNearest | null>;
  /** null when the pipeline has no figure for the kind. */
  reach: Record<EmbedReachKind, EmbedReach | null>;
  /** How many contracted services Bilaga 3 counts (it gives no addresses). */
  providerServiceCount: number;
  /** Report 004, 4.4: the phone and digital alternatives for jobseekers. */
  distanceServices: DistanceService[];
  map: {
    /** [west, south, east, north] covering the kommun and the nearest places. */
    bbox: [number, number, number, number];
    kommun: AreaGeometry;
    label: [number, number];
    neighbours: EmbedNeighbour[];
  };
}

/** public/data/embed/index.json: [kommunkod, name] for the 290 kommuner, for `kommun="Orsa"`. */
export interface EmbedIndex {
  version: typeof EMBED_DATA_VERSION;
  kommuner: [string, string][];
}
