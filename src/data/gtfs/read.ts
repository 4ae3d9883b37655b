// The GTFS reader: a feed's .txt files (from a zip or a folder, as a Map of file name → text) become a
// ParsedFeed, validated at the edge. Each problem is a notice with the code MobilityData's GTFS validator
// uses where one fits, the file and the line; an ERROR row is dropped and every valid row is kept.
import { readCsv, type CsvRecord, type DataIssue } from "../csv.ts";
import type {
  FeedInfo,
  GtfsNotice,
  GtfsNoticeSummary,
  GtfsReadResult,
  GtfsRoute,
  GtfsService,
  GtfsSeverity,
  GtfsStop,
  GtfsTransfer,
  GtfsTrip,
  GtfsValidation,
  ParsedFeed,
} from "../../geo/transit/types.ts";
import { haversineM } from "../../geo/distance.ts";

/** Stops outside this box around Sweden (with room for Tornio, Narvik, Copenhagen) are dropped, degrees. */
export const SWEDEN_BOUNDS = { minLon: 9, maxLon: 26, minLat: 54.5, maxLat: 69.5 } as const;

/**
 * Consecutive stops of one trip faster than this in a straight line are flagged (kept): the validator's
 * fast_travel_between_consecutive_stops uses 150 km/h for buses, km/h.
 */
export const FAST_TRAVEL_KMH = 150;

const REQUIRED_FILES = ["stops.txt", "routes.txt", "trips.txt", "stop_times.txt"] as const;

class Notices {
  readonly list: GtfsNotice[] = [];
  add(code: string, severity: GtfsSeverity, file: string, line: number, message: string): void {
    this.list.push({ code, severity, file, line, message });
  }
  /** An error that costs the row: the message says why, and always that the row was dropped. */
  drop(code: string, file: string, line: number, why: string): void {
    this.add(code, "ERROR", file, line, `${why}; row dropped`);
  }
  fromCsv(issues: DataIssue[]): void {
    for (const issue of issues)
      this.drop(
        issue.reason.startsWith("missing column") ? "missing_required_column" : "csv_parsing_failed",
        issue.file,
        issue.line,
        issue.reason,
      );
  }
}

/** "7:05:00", "24:12:30" → seconds after midnight of the service day; null if malformed. */
export function parseGtfsTime(raw: string): number | null {
  const match = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(raw);
  if (!match) return null;
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** "20230315" → 20230315 if it is a real calendar date, else null. */
export function parseGtfsDate(raw: string): number | null {
  if (!/^\d{8}$/.test(raw)) return null;
  const y = Number(raw.slice(0, 4));
  const m = Number(raw.slice(4, 6));
  const d = Number(raw.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? Number(raw) : null;
}

/** 20230315 → "2023-03-15". */
export function isoDate(date: number): string {
  const s = String(date);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** Reads the feed's files (names as in the zip: "stops.txt", …; a leading folder is ignored). */
export function readGtfs(input: ReadonlyMap<string, string>): GtfsReadResult {
  const notices = new Notices();
  const files = new Map<string, string>();
  for (const [name, text] of input) files.set(name.replace(/^.*\//, ""), text);

  for (const file of REQUIRED_FILES)
    if (!files.has(file)) notices.add("missing_required_file", "ERROR", file, 0, `${file} is missing`);
  if (!files.has("calendar.txt") && !files.has("calendar_dates.txt"))
    notices.add(
      "missing_calendar_and_calendar_date_files",
      "ERROR",
      "calendar.txt",
      0,
      "neither calendar.txt nor calendar_dates.txt is present: no trip has a service day",
    );
  if (notices.list.length > 0) return { feed: null, notices: notices.list };
  if ((files.get("frequencies.txt") ?? "").trim().split(/\r?\n/).length > 1)
    notices.add(
      "frequencies_not_supported",
      "WARNING",
      "frequencies.txt",
      0,
      "frequency-based trips are read as the single run stop_times.txt gives; their repeats are left out",
    );

  const table = (file: string, required: string[]): CsvRecord[] => {
    const text = files.get(file);
    if (text === undefined) return [];
    const csv = readCsv(text, file, required);
    notices.fromCsv(csv.issues);
    return csv.rows;
  };
  /** Empty required fields → missing_required_field; the row is dropped. */
  const complete = (file: string, record: CsvRecord, fields: string[]): boolean => {
    const missing = fields.filter((f) => !record.values[f]);
    if (missing.length === 0) return true;
    notices.drop("missing_required_field", file, record.line, `${missing.join(", ")} empty`);
    return false;
  };

  // stops.txt
  const stops: GtfsStop[] = [];
  const stopIndex = new Map<string, number>();
  const parentOf: { stop: number; parentId: string; line: number }[] = [];
  const stopLine: number[] = [];
  for (const r of table("stops.txt", ["stop_id"])) {
    if (!complete("stops.txt", r, ["stop_id"])) continue;
    const v = r.values;
    const id = v.stop_id!;
    if (stopIndex.has(id)) {
      notices.drop("duplicate_key", "stops.txt", r.line, `stop_id ${id} repeated`);
      continue;
    }
    const locationType = v.location_type ? Number(v.location_type) : 0;
    if (!Number.isInteger(locationType) || locationType < 0 || locationType > 4) {
      notices.drop("unexpected_enum_value", "stops.txt", r.line, `location_type "${v.location_type}"`);
      continue;
    }
    const lat = v.stop_lat ? Number(v.stop_lat) : NaN;
    const lon = v.stop_lon ? Number(v.stop_lon) : NaN;
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      // Generic nodes and boarding areas may lack a position; boarding points and stations must not.
      if (locationType <= 2) {
        notices.drop(
          "stop_without_location",
          "stops.txt",
          r.line,
          `stop ${id} has no valid stop_lat/stop_lon`,
        );
        continue;
      }
    } else if (
      lon < SWEDEN_BOUNDS.minLon ||
      lon > SWEDEN_BOUNDS.maxLon ||
      lat < SWEDEN_BOUNDS.minLat ||
      lat > SWEDEN_BOUNDS.maxLat
    ) {
      notices.drop(
        "stop_too_far_from_sweden",
        "stops.txt",
        r.line,
        `stop ${id} at [${lon}, ${lat}] lies outside Sweden and its border towns`,
      );
      continue;
    }
    stopIndex.set(id, stops.length);
    if (v.parent_station) parentOf.push({ stop: stops.length, parentId: v.parent_station, line: r.line });
    stops.push({ id, name: v.stop_name ?? "", lon, lat, locationType, parent: -1 });
    stopLine.push(r.line);
  }
  for (const { stop, parentId, line } of parentOf) {
    const parent = stopIndex.get(parentId);
    if (parent === undefined)
      notices.add(
        "foreign_key_violation",
        "ERROR",
        "stops.txt",
        line,
        `parent_station ${parentId} is not a stop; parent ignored`,
      );
    else stops[stop]!.parent = parent;
  }

  // routes.txt
  const routes: GtfsRoute[] = [];
  const routeIndex = new Map<string, number>();
  for (const r of table("routes.txt", ["route_id", "route_type"])) {
    if (!complete("routes.txt", r, ["route_id", "route_type"])) continue;
    const v = r.values;
    if (routeIndex.has(v.route_id!)) {
      notices.drop("duplicate_key", "routes.txt", r.line, `route_id ${v.route_id} repeated`);
      continue;
    }
    const type = Number(v.route_type);
    if (!Number.isInteger(type) || type < 0) {
      notices.drop("invalid_integer", "routes.txt", r.line, `route_type "${v.route_type}"`);
      continue;
    }
    routeIndex.set(v.route_id!, routes.length);
    routes.push({
      id: v.route_id!,
      shortName: v.route_short_name ?? "",
      longName: v.route_long_name ?? "",
      type,
    });
  }

  // calendar.txt + calendar_dates.txt
  const services = new Map<string, GtfsService>();
  const service = (id: string): GtfsService => {
    let s = services.get(id);
    if (!s) {
      s = {
        id,
        weekdays: new Array<boolean>(7).fill(false),
        startDate: 0,
        endDate: 0,
        added: new Set(),
        removed: new Set(),
      };
      services.set(id, s);
    }
    return s;
  };
  const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
  const calendarIds = new Set<string>();
  for (const r of table("calendar.txt", ["service_id", ...DAYS, "start_date", "end_date"])) {
    if (!complete("calendar.txt", r, ["service_id", ...DAYS, "start_date", "end_date"])) continue;
    const v = r.values;
    if (calendarIds.has(v.service_id!)) {
      notices.drop("duplicate_key", "calendar.txt", r.line, `service_id ${v.service_id} repeated`);
      continue;
    }
    const start = parseGtfsDate(v.start_date!);
    const end = parseGtfsDate(v.end_date!);
    const flags = DAYS.map((d) => v[d]);
    if (start === null || end === null) {
      notices.drop("invalid_date", "calendar.txt", r.line, `start_date/end_date not YYYYMMDD`);
      continue;
    }
    if (flags.some((f) => f !== "0" && f !== "1")) {
      notices.drop("unexpected_enum_value", "calendar.txt", r.line, `weekday flags must be 0 or 1`);
      continue;
    }
    calendarIds.add(v.service_id!);
    const s = service(v.service_id!);
    s.weekdays = flags.map((f) => f === "1");
    s.startDate = start;
    s.endDate = end;
  }
  const exceptionKeys = new Set<string>();
  for (const r of table("calendar_dates.txt", ["service_id", "date", "exception_type"])) {
    if (!complete("calendar_dates.txt", r, ["service_id", "date", "exception_type"])) continue;
    const v = r.values;
    const date = parseGtfsDate(v.date!);
    if (date === null) {
      notices.drop("invalid_date", "calendar_dates.txt", r.line, `date "${v.date}" not YYYYMMDD`);
      continue;
    }
    if (v.exception_type !== "1" && v.exception_type !== "2") {
      notices.drop(
        "unexpected_enum_value",
        "calendar_dates.txt",
        r.line,
        `exception_type "${v.exception_type}"`,
      );
      continue;
    }
    const key = `${v.service_id}\u0000${date}`;
    if (exceptionKeys.has(key)) {
      notices.drop(
        "duplicate_key",
        "calendar_dates.txt",
        r.line,
        `service_id ${v.service_id} on ${v.date} repeated`,
      );
      continue;
    }
    exceptionKeys.add(key);
    const s = service(v.service_id!);
    (v.exception_type === "1" ? s.added : s.removed).add(date);
  }

  // trips.txt
  const trips: GtfsTrip[] = [];
  const tripIndex = new Map<string, number>();
  const tripLine: number[] = [];
  for (const r of table("trips.txt", ["route_id", "service_id", "trip_id"])) {
    if (!complete("trips.txt", r, ["route_id", "service_id", "trip_id"])) continue;
    const v = r.values;
    if (tripIndex.has(v.trip_id!)) {
      notices.drop("duplicate_key", "trips.txt", r.line, `trip_id ${v.trip_id} repeated`);
      continue;
    }
    const route = routeIndex.get(v.route_id!);
    if (route === undefined) {
      notices.drop(
        "foreign_key_violation",
        "trips.txt",
        r.line,
        `route_id ${v.route_id} is not in routes.txt`,
      );
      continue;
    }
    if (!services.has(v.service_id!)) {
      notices.drop(
        "foreign_key_violation",
        "trips.txt",
        r.line,
        `service_id ${v.service_id} is in neither calendar.txt nor calendar_dates.txt`,
      );
      continue;
    }
    tripIndex.set(v.trip_id!, trips.length);
    trips.push({ id: v.trip_id!, route, serviceId: v.service_id!, headsign: v.trip_headsign ?? "" });
    tripLine.push(r.line);
  }

  // stop_times.txt: gather valid rows per trip, then order each trip by stop_sequence.
  const rowsOfTrip: {
    sequence: number;
    stop: number;
    arrival: number;
    departure: number;
    pickup: number;
    dropOff: number;
    line: number;
  }[][] = trips.map(() => []);
  for (const r of table("stop_times.txt", ["trip_id", "stop_id", "stop_sequence"])) {
    if (!complete("stop_times.txt", r, ["trip_id", "stop_id", "stop_sequence"])) continue;
    const v = r.values;
    const trip = tripIndex.get(v.trip_id!);
    if (trip === undefined) {
      notices.drop(
        "foreign_key_violation",
        "stop_times.txt",
        r.line,
        `trip_id ${v.trip_id} is not in trips.txt`,
      );
      continue;
    }
    const stop = stopIndex.get(v.stop_id!);
    if (stop === undefined) {
      notices.drop(
        "foreign_key_violation",
        "stop_times.txt",
        r.line,
        `stop_id ${v.stop_id} is not in stops.txt`,
      );
      continue;
    }
    const sequence = Number(v.stop_sequence);
    if (!Number.isInteger(sequence) || sequence < 0) {
      notices.drop("invalid_integer", "stop_times.txt", r.line, `stop_sequence "${v.stop_sequence}"`);
      continue;
    }
    const rawArrival = v.arrival_time ?? "";
    const rawDeparture = v.departure_time ?? "";
    if (!rawArrival && !rawDeparture) {
      // GTFS allows this between timepoints (to be interpolated); this reader does not interpolate.
      notices.add(
        "stop_time_without_time",
        "WARNING",
        "stop_times.txt",
        r.line,
        "no arrival_time or departure_time; row dropped (times are not interpolated)",
      );
      continue;
    }
    const arrival = parseGtfsTime(rawArrival || rawDeparture);
    const departure = parseGtfsTime(rawDeparture || rawArrival);
    if (arrival === null || departure === null) {
      notices.drop(
        "invalid_time",
        "stop_times.txt",
        r.line,
        `time "${rawArrival}"/"${rawDeparture}" is not H:MM:SS`,
      );
      continue;
    }
    if (departure < arrival) {
      notices.drop(
        "stop_time_with_departure_before_arrival_time",
        "stop_times.txt",
        r.line,
        "departure_time before arrival_time",
      );
      continue;
    }
    const pickup = v.pickup_type ? Number(v.pickup_type) : 0;
    const dropOff = v.drop_off_type ? Number(v.drop_off_type) : 0;
    if (![0, 1, 2, 3].includes(pickup) || ![0, 1, 2, 3].includes(dropOff)) {
      notices.drop("unexpected_enum_value", "stop_times.txt", r.line, "pickup_type/drop_off_type not 0–3");
      continue;
    }
    rowsOfTrip[trip]!.push({ sequence, stop, arrival, departure, pickup, dropOff, line: r.line });
  }

  const tripStart = new Int32Array(trips.length + 1);
  const kept: (typeof rowsOfTrip)[number] = [];
  const stopUsed = new Uint8Array(stops.length);
  trips.forEach((trip, t) => {
    tripStart[t] = kept.length;
    const rows = rowsOfTrip[t]!.sort((a, b) => a.sequence - b.sequence);
    let previous: (typeof rows)[number] | null = null;
    for (const row of rows) {
      if (previous && row.sequence === previous.sequence) {
        notices.drop(
          "duplicate_key",
          "stop_times.txt",
          row.line,
          `trip ${trip.id} repeats stop_sequence ${row.sequence}`,
        );
        continue;
      }
      if (previous && row.arrival < previous.departure) {
        notices.drop(
          "stop_time_with_arrival_before_previous_departure_time",
          "stop_times.txt",
          row.line,
          `trip ${trip.id} arrives before it left the previous stop (line ${previous.line})`,
        );
        continue;
      }
      if (previous) {
        const a = stops[previous.stop]!;
        const b = stops[row.stop]!;
        const km = haversineM(a.lon, a.lat, b.lon, b.lat) / 1000;
        // Times are whole minutes in many feeds: allow one minute of rounding before calling it too fast.
        const hours = Math.max(60, row.arrival - previous.departure) / 3600;
        if (km > 1 && km / hours > FAST_TRAVEL_KMH)
          notices.add(
            "fast_travel_between_consecutive_stops",
            "WARNING",
            "stop_times.txt",
            row.line,
            `trip ${trip.id}: ${km.toFixed(1)} km at ${(km / hours).toFixed(0)} km/h; kept`,
          );
      }
      kept.push(row);
      stopUsed[row.stop] = 1;
      previous = row;
    }
    if (kept.length - tripStart[t]! < 2)
      notices.add(
        "unusable_trip",
        "WARNING",
        "trips.txt",
        tripLine[t]!,
        `trip ${trip.id} has fewer than two valid stop times; it cannot be ridden`,
      );
  });
  tripStart[trips.length] = kept.length;
  const stopTimes = {
    tripStart,
    stop: Int32Array.from(kept, (r) => r.stop),
    arrival: Int32Array.from(kept, (r) => r.arrival),
    departure: Int32Array.from(kept, (r) => r.departure),
    pickupType: Uint8Array.from(kept, (r) => r.pickup),
    dropOffType: Uint8Array.from(kept, (r) => r.dropOff),
    line: Int32Array.from(kept, (r) => r.line),
  };

  // A boarding point no trip stops at: harmless, but worth knowing (the validator's stop_without_stop_time).
  stops.forEach((stop, s) => {
    if (stop.locationType === 0 && !stopUsed[s])
      notices.add(
        "stop_without_stop_time",
        "WARNING",
        "stops.txt",
        stopLine[s]!,
        `stop ${stop.id} (${stop.name}) has no stop times; kept`,
      );
  });

  // transfers.txt
  const transfers: GtfsTransfer[] = [];
  for (const r of table("transfers.txt", ["from_stop_id", "to_stop_id", "transfer_type"])) {
    if (!complete("transfers.txt", r, ["from_stop_id", "to_stop_id", "transfer_type"])) continue;
    const v = r.values;
    const from = stopIndex.get(v.from_stop_id!);
    const to = stopIndex.get(v.to_stop_id!);
    if (from === undefined || to === undefined) {
      notices.drop(
        "foreign_key_violation",
        "transfers.txt",
        r.line,
        `from_stop_id/to_stop_id not in stops.txt`,
      );
      continue;
    }
    const type = Number(v.transfer_type);
    if (![0, 1, 2, 3].includes(type)) {
      notices.drop(
        "unexpected_enum_value",
        "transfers.txt",
        r.line,
        `transfer_type "${v.transfer_type}" not 0–3`,
      );
      continue;
    }
    const minTransferTime = v.min_transfer_time ? Number(v.min_transfer_time) : null;
    if (minTransferTime !== null && !(Number.isInteger(minTransferTime) && minTransferTime >= 0)) {
      notices.drop("invalid_integer", "transfers.txt", r.line, `min_transfer_time "${v.min_transfer_time}"`);
      continue;
    }
    transfers.push({ from, to, type, minTransferTime });
  }

  if (stops.length === 0 || trips.length === 0 || stopTimes.stop.length === 0)
    return {
      feed: null,
      notices: [
        ...notices.list,
        {
          code: "missing_required_file",
          severity: "ERROR",
          file: "stop_times.txt",
          line: 0,
          message: "no valid stops, trips or stop times: nothing to route on",
        },
      ],
    };

  const info = feedInfo(table("feed_info.txt", []), table("agency.txt", []), services);
  const feed: ParsedFeed = { info, stops, routes, trips, stopTimes, services, transfers };
  return { feed, notices: notices.list };
}

function feedInfo(
  feedInfoRows: CsvRecord[],
  agencyRows: CsvRecord[],
  services: Map<string, GtfsService>,
): FeedInfo {
  const v = feedInfoRows[0]?.values ?? {};
  let first = Infinity;
  let last = -Infinity;
  for (const s of services.values()) {
    if (s.weekdays.some(Boolean)) {
      first = Math.min(first, s.startDate);
      last = Math.max(last, s.endDate);
    }
    for (const d of s.added) {
      first = Math.min(first, d);
      last = Math.max(last, d);
    }
  }
  const agencies = agencyRows.map((r) => r.values.agency_name ?? "").filter(Boolean);
  const publisher = v.feed_publisher_name ?? agencies[0] ?? "";
  return {
    id: v.feed_id ?? "",
    name: agencies.join(", "),
    publisher,
    feedVersion: v.feed_version ?? "",
    validFrom: Number.isFinite(first) ? isoDate(first) : "",
    validTo: Number.isFinite(last) ? isoDate(last) : "",
    attribution: publisher,
  };
}

/** Groups notices by code (first occurrence kept), errors first, as summary.json and the UI report them. */
export function summarizeNotices(notices: readonly GtfsNotice[]): GtfsValidation {
  const byCode = new Map<string, GtfsNoticeSummary>();
  for (const n of notices) {
    const entry = byCode.get(n.code);
    if (entry) entry.count++;
    else
      byCode.set(n.code, {
        code: n.code,
        severity: n.severity,
        count: 1,
        first: { file: n.file, line: n.line },
      });
  }
  const rank = { ERROR: 0, WARNING: 1, INFO: 2 } as const;
  const list = [...byCode.values()].sort(
    (a, b) => rank[a.severity] - rank[b.severity] || a.code.localeCompare(b.code),
  );
  return {
    errors: notices.filter((n) => n.severity === "ERROR").length,
    warnings: notices.filter((n) => n.severity === "WARNING").length,
    notices: list,
  };
}

/** Whether the service runs on `date` (YYYYMMDD): calendar_dates.txt exceptions win over calendar.txt. */
export function serviceRuns(service: GtfsService, date: number): boolean {
  if (service.removed.has(date)) return false;
  if (service.added.has(date)) return true;
  if (date < service.startDate || date > service.endDate) return false;
  const y = Math.floor(date / 10000);
  const m = Math.floor(date / 100) % 100;
  const d = date % 100;
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return service.weekdays[weekday]!;
}
