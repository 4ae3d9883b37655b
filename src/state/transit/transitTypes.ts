// The shapes the UI reads. PROVISIONAL: mirrors the planned summary.json schema of issue 12 until the
// core's src/geo/transit/types.ts lands; then these become re-exports of those types.

export type TransitKind = "booked" | "spontaneous";

/** Public-transport reach of one kind in one kommun (summary.kommuner[i].reach.<kind>.transit). */
export interface TransitKindFigures {
  population: number;
  /** People in cells with no connection to any place of the kind within the window. */
  noConnectionPopulation: number;
  medianMin: number | null;
  p90Min: number | null;
  popWithin: Record<"30" | "60" | "90", number>;
  shareWithin: Record<"30" | "60" | "90", number>;
  fromSeat: {
    placeId: string | null;
    medianMin: number | null;
    p10Min: number | null;
    p90Min: number | null;
  };
}

export interface TransitNotice {
  code: string;
  severity: "ERROR" | "WARNING" | "INFO";
  count: number;
  first: { file: string; line: number };
}

export interface TransitFeedMeta {
  id: string;
  name: string;
  publisher: string;
  feedVersion: string;
  validFrom: string;
  validTo: string;
  attribution: string;
}

/** summary.transit */
export interface TransitSummary {
  feed: TransitFeedMeta;
  serviceDate: string;
  window: { fromMin: number; toMin: number };
  excludedRouteTypes: number[];
  validation: { errors: number; warnings: number; notices: TransitNotice[] };
  kommunKoder: string[];
  cells: number;
  departures: number;
}
