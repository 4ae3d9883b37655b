// The public types of the public-transport reach engine (issue 12). The same functions run in the data
// build (scripts/build-transit.ts → summary.json) and in a browser worker for a planner's own feed:
//
//   const { build, notices } = buildTransit(files, { cells, places, kommuner }) // src/data/gtfs/transitPipeline.ts
//     files: Map<"stops.txt" | …, text>; cells = transitCellsFromCellData(decodeCells(reach-cells.bin))
//     (src/geo/transit/area.ts); places = transitPlaces(meeting-places.geojson) (src/data/gtfs/transitInputs.ts);
//     kommuner = summary.json kommuner (their seats)
// or step by step:
//   const { feed, notices } = readGtfs(files)                 // src/data/gtfs/read.ts
//   const area = feedArea(feed, cells)                        // the kommuner the feed covers (README rule)
//   const result = computeTransitReach(feed, cellsInKommuner(cells, area), places,
//     { ...DEFAULT_TRANSIT_OPTIONS, serviceDate: defaultServiceDate(feed) }, seats)   // src/geo/transit/reach.ts
//   const perKommun = aggregateTransit(result, areaCells, area, seats)  // → kommuner[i].reach.<kind>.transit
//
// Units: times inside the engine are seconds after midnight of the service date (GTFS times past
// 24:00:00 stay > 86 400); results are whole minutes. Coordinates are [lon, lat] WGS84 degrees.

/** The two meeting kinds the transit figures are computed for (ReachKey "booked" and "spontaneous"). */
export type TransitKind = "booked" | "spontaneous";
export const TRANSIT_KINDS: readonly TransitKind[] = ["booked", "spontaneous"];

/** Where a GTFS notice was found: file name ("stop_times.txt") and 1-based line (header = 1, 0 = file). */
export interface GtfsLocation {
  file: string;
  line: number;
}

export type GtfsSeverity = "ERROR" | "WARNING" | "INFO";

/**
 * One problem found while reading a feed. `code` is the notice code of MobilityData's GTFS validator where
 * one fits (foreign_key_violation, …). An ERROR row is dropped (the rest of the feed is kept); a WARNING
 * row is kept.
 */
export interface GtfsNotice extends GtfsLocation {
  code: string;
  severity: GtfsSeverity;
  /** Plain English: what is wrong and what was done with the row. */
  message: string;
}

/** Notices grouped by code, as summary.json and the UI show them. */
export interface GtfsNoticeSummary {
  code: string;
  severity: GtfsSeverity;
  count: number;
  first: GtfsLocation;
}

export interface GtfsValidation {
  errors: number;
  warnings: number;
  notices: GtfsNoticeSummary[];
}

/** feed_info.txt / agency.txt facts, and the calendar's first and last service dates (YYYY-MM-DD). */
export interface FeedInfo {
  id: string;
  name: string;
  publisher: string;
  feedVersion: string;
  validFrom: string;
  validTo: string;
  /** Who to credit for the timetable, without a lead-in (the UI writes "Tidtabelldata:" / "Timetable data:"):
   *  the publisher, unless the caller knows the licence text. */
  attribution: string;
}

export interface GtfsStop {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** GTFS location_type: 0 boarding point, 1 station, 2 entrance, 3 generic node, 4 boarding area. */
  locationType: number;
  /** Index into ParsedFeed.stops of the parent station, −1 if none. */
  parent: number;
}

export interface GtfsRoute {
  id: string;
  shortName: string;
  longName: string;
  /** GTFS route_type, basic (3 bus) or extended (700 bus, 1501 communal taxi). */
  type: number;
}

export interface GtfsTrip {
  id: string;
  /** Index into ParsedFeed.routes. */
  route: number;
  serviceId: string;
  headsign: string;
}

/**
 * stop_times.txt, valid rows only, grouped by trip in stop_sequence order: the events of trip t are
 * [tripStart[t], tripStart[t + 1]). Times in seconds after midnight of the trip's service day.
 */
export interface GtfsStopTimes {
  tripStart: Int32Array;
  stop: Int32Array;
  arrival: Int32Array;
  departure: Int32Array;
  /** GTFS pickup_type / drop_off_type: 0 regular, 1 none, 2 phone agency, 3 coordinate with driver. */
  pickupType: Uint8Array;
  dropOffType: Uint8Array;
  /** The stop_times.txt line of each event, for messages. */
  line: Int32Array;
}

/** One service (calendar.txt row and/or calendar_dates.txt rows). Dates as YYYYMMDD numbers. */
export interface GtfsService {
  id: string;
  /** Monday … Sunday flags of calendar.txt (all false without a calendar.txt row). */
  weekdays: boolean[];
  startDate: number;
  endDate: number;
  /** calendar_dates.txt exception_type 1. */
  added: Set<number>;
  /** calendar_dates.txt exception_type 2. */
  removed: Set<number>;
}

export interface GtfsTransfer {
  from: number;
  to: number;
  /** GTFS transfer_type 0–3 (1 timed, 2 minimum time, 3 not possible). */
  type: number;
  /** Seconds; null if not given. */
  minTransferTime: number | null;
}

export interface ParsedFeed {
  info: FeedInfo;
  stops: GtfsStop[];
  routes: GtfsRoute[];
  trips: GtfsTrip[];
  stopTimes: GtfsStopTimes;
  services: Map<string, GtfsService>;
  transfers: GtfsTransfer[];
}

export interface GtfsReadResult {
  /** null only if a required file is missing or holds no valid row (then the notices say why). */
  feed: ParsedFeed | null;
  notices: GtfsNotice[];
}

/**
 * Inhabited 1 km population cells (census 2021), exactly those of public/data/reach-cells.bin: centre
 * [lon, lat], population, kommun index into `kommuner`.
 */
export interface TransitCells {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  population: ArrayLike<number>;
  kommun: ArrayLike<number>;
  kommuner: readonly { kod: string; lanKod: string }[];
}

/** A meeting place the journeys end at (its true point, not the display point). */
export interface TransitPlace {
  id: string;
  lon: number;
  lat: number;
  kind: TransitKind;
}

/** One origin point besides the cells: a kommun seat (GeoNames), for the fromSeat figures. */
export interface TransitSeat {
  kommunKod: string;
  lon: number;
  lat: number;
}

/** Every named assumption of the engine (shown in "Om beräkningen"). */
export interface TransitOptions {
  /** YYYY-MM-DD. */
  serviceDate: string;
  /** Departure window, minutes after midnight of serviceDate, both ends included (every minute). */
  windowFromMin: number;
  windowToMin: number;
  /** Walking speed on every walking leg, km/h. */
  walkKmh: number;
  /** Walked distance = straight line × this factor (no street network in the feed), ×. */
  walkCircuity: number;
  /** Longest walk from home to the first stop, from the last stop to the place, or straight to the place, m (walked). */
  maxAccessM: number;
  /** Longest walk between two stops when changing, m (walked). */
  maxTransferM: number;
  /** Most changes between vehicles (rides − 1). */
  maxTransfers: number;
  /** A journey longer than this (door to door, from the departure minute) counts as no connection, min. */
  maxTripMin: number;
  /** route_type values left out (1501 närtrafik must be booked in advance). */
  excludedRouteTypes: number[];
}

/** Per kind: per cell (and after the cells, per seat) the door-to-door minutes over the window. */
export interface TransitKindResult {
  /** Percentiles over departure minutes; NaN = no connection within maxTripMin at that percentile. */
  p10Min: Float32Array;
  medianMin: Float32Array;
  p90Min: Float32Array;
  /** Index into TransitResult.placesByKind[kind] of the place reached at the median minute, −1 if none. */
  medianPlace: Int32Array;
}

export interface TransitResult {
  options: TransitOptions;
  /** Number of cells (the seats follow them in the per-kind arrays). */
  cells: number;
  seats: number;
  departures: number;
  /** Trips running in the search (after the date and route type filters). */
  trips: number;
  byKind: Record<TransitKind, TransitKindResult>;
  /** The places of each kind, in the order medianPlace indexes. */
  placesByKind: Record<TransitKind, TransitPlace[]>;
}

export type TransitWithinKey = "30" | "60" | "90";
export const TRANSIT_WITHIN_MINUTES = [30, 60, 90] as const;

/** kommuner[i].reach.<kind>.transit in summary.json. */
export interface TransitReachStats {
  /** Census 2021 grid population of the kommun's cells. */
  population: number;
  /** People in cells with no connection at the median departure minute (the medianMin is no connection). */
  noConnectionPopulation: number;
  /** Population-weighted median and p90 over cells of each cell's median minutes; null if not reached. */
  medianMin: number | null;
  p90Min: number | null;
  /** People whose cell's median time is at most 30/60/90 min, and the share of population (0..1). */
  popWithin: Record<TransitWithinKey, number>;
  shareWithin: Record<TransitWithinKey, number>;
  /** From the kommun seat: the place reached at the median minute and the percentiles over minutes. */
  fromSeat: {
    placeId: string | null;
    medianMin: number | null;
    p10Min: number | null;
    p90Min: number | null;
  };
}

/** summary.transit in summary.json. */
export interface TransitSummary {
  feed: FeedInfo;
  serviceDate: string;
  window: { fromMin: number; toMin: number };
  assumptions: {
    walkKmh: number;
    walkCircuity: number;
    maxAccessM: number;
    maxTransferM: number;
    maxTransfers: number;
    maxTripMin: number;
  };
  excludedRouteTypes: number[];
  validation: GtfsValidation;
  /**
   * Known gaps of this feed, as codes the UI words through i18n ("noTrains", "noLuleaCityBuses"): from the
   * feed's SOURCES.md for the built feed, empty for a feed a planner loads.
   */
  gaps: string[];
  /** The feed's area (feedArea): the kommuner with transit figures. */
  kommunKoder: string[];
  cells: number;
  departures: number;
}
