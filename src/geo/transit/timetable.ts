// The searchable form of one service date: the trips that run (calendar, calendar exceptions, route types,
// the day before and after for trips past midnight), grouped into RAPTOR patterns, and the walking
// transfers between stops. Pure; built once per date, options and feed.
import { serviceRuns } from "../../data/gtfs/read.ts";
import { haversineM as haversine } from "../distance.ts";
import { PointGrid } from "../spatialIndex.ts";
import type { ParsedFeed, TransitOptions } from "./types.ts";

const DAY_S = 86_400;

/**
 * Trips grouped by identical stop sequence and pickup/drop-off permissions (a RAPTOR "route"), each
 * pattern's trips in FIFO order: a later trip is never earlier at any stop (overtaking trips go to a
 * separate pattern), so "the latest trip that arrives by time x" is a binary search.
 */
export interface Timetable {
  stopCount: number;
  patternCount: number;
  /** Stops of pattern p: patternStops[patternStopStart[p] … patternStopStart[p + 1]). */
  patternStopStart: Int32Array;
  patternStops: Int32Array;
  /** 1 if a rider may board / alight at that position (pickup_type / drop_off_type ≠ 1). */
  canBoard: Uint8Array;
  canAlight: Uint8Array;
  /** Trips of pattern p: patternTripStart[p] … patternTripStart[p + 1] (pattern-trip indices). */
  patternTripStart: Int32Array;
  /** Times of pattern-trip j at position i: arrival[timesStart[j] + i], seconds after midnight of the date. */
  timesStart: Int32Array;
  arrival: Int32Array;
  departure: Int32Array;
  /** Feed trip index of each pattern-trip, and its day offset (−1 yesterday's service, 0 today, +1 tomorrow). */
  tripOfPatternTrip: Int32Array;
  dayOfPatternTrip: Int8Array;
  /** Patterns through stop s: stopPatterns[stopPatternStart[s] … stopPatternStart[s + 1]). */
  stopPatternStart: Int32Array;
  stopPatterns: Int32Array;
  /**
   * Walking transfers into stop s (alight at `transferFrom`, walk, board at s), seconds, including s itself
   * (a same-stop change, 0 s unless transfers.txt sets a minimum time).
   */
  transferStart: Int32Array;
  transferFrom: Int32Array;
  transferSeconds: Float64Array;
  /** 1 for stops some running trip serves. */
  served: Uint8Array;
  /** Trips running in the search range. */
  trips: number;
}

/** YYYY-MM-DD (or YYYYMMDD number) shifted by whole days → YYYYMMDD number. */
export function shiftDate(date: string | number, days: number): number {
  const s = String(date).replace(/-/g, "");
  const d = new Date(
    Date.UTC(Number(s.slice(0, 4)), Number(s.slice(4, 6)) - 1, Number(s.slice(6, 8)) + days),
  );
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/**
 * Walking time for a straight-line distance in metres: whole seconds, rounded up, so every time in the
 * search is an integer and the forward and backward searches agree to the second.
 */
export function walkSeconds(
  straightM: number,
  options: Pick<TransitOptions, "walkKmh" | "walkCircuity">,
): number {
  return Math.ceil((straightM * options.walkCircuity) / (options.walkKmh / 3.6) - 1e-9);
}

/**
 * @param fromSec, toSec the time range that matters (seconds after midnight of the date): trips that end
 *   before it or start after it are left out.
 */
export function buildTimetable(
  feed: ParsedFeed,
  options: TransitOptions,
  fromSec: number,
  toSec: number,
): Timetable {
  const st = feed.stopTimes;
  const excluded = new Set(options.excludedRouteTypes);
  const date = shiftDate(options.serviceDate, 0);

  // Running trips: (trip, day offset) whose service runs on that day and whose times overlap the range.
  const running: { trip: number; day: number; offset: number }[] = [];
  for (const day of [-1, 0, 1]) {
    const serviceDate = shiftDate(date, day);
    const runs = new Map<string, boolean>();
    for (const [id, service] of feed.services) runs.set(id, serviceRuns(service, serviceDate));
    feed.trips.forEach((trip, t) => {
      const start = st.tripStart[t]!;
      const end = st.tripStart[t + 1]!;
      if (end - start < 2 || !runs.get(trip.serviceId)) return;
      if (excluded.has(feed.routes[trip.route]!.type)) return;
      const offset = day * DAY_S;
      if (st.departure[start]! + offset > toSec || st.arrival[end - 1]! + offset < fromSec) return;
      running.push({ trip: t, day, offset });
    });
  }

  // Group by stop sequence and permissions.
  const groups = new Map<string, typeof running>();
  for (const r of running) {
    const start = st.tripStart[r.trip]!;
    const end = st.tripStart[r.trip + 1]!;
    const parts: string[] = [];
    for (let e = start; e < end; e++)
      parts.push(`${st.stop[e]}${st.pickupType[e] === 1 ? "n" : "b"}${st.dropOffType[e] === 1 ? "n" : "a"}`);
    const key = parts.join(",");
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(r);
  }

  const patternStopStart: number[] = [0];
  const patternStops: number[] = [];
  const canBoard: number[] = [];
  const canAlight: number[] = [];
  const patternTripStart: number[] = [0];
  const timesStart: number[] = [];
  const arrival: number[] = [];
  const departure: number[] = [];
  const tripOf: number[] = [];
  const dayOf: number[] = [];
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const group = groups.get(key)!;
    const first = st.tripStart[group[0]!.trip]!;
    const n = st.tripStart[group[0]!.trip + 1]! - first;
    const time = (r: (typeof running)[number], i: number, which: Int32Array) =>
      which[st.tripStart[r.trip]! + i]! + r.offset;
    group.sort(
      (a, b) =>
        time(a, 0, st.departure) - time(b, 0, st.departure) ||
        time(a, n - 1, st.arrival) - time(b, n - 1, st.arrival) ||
        a.trip - b.trip ||
        a.day - b.day,
    );
    // FIFO split: a trip joins the first sub-pattern whose last trip it never precedes.
    const subs: (typeof running)[] = [];
    for (const r of group) {
      const sub = subs.find((s) => {
        const last = s[s.length - 1]!;
        for (let i = 0; i < n; i++)
          if (
            time(r, i, st.arrival) < time(last, i, st.arrival) ||
            time(r, i, st.departure) < time(last, i, st.departure)
          )
            return false;
        return true;
      });
      if (sub) sub.push(r);
      else subs.push([r]);
    }
    for (const sub of subs) {
      for (let i = 0; i < n; i++) {
        patternStops.push(st.stop[first + i]!);
        canBoard.push(st.pickupType[first + i] === 1 ? 0 : 1);
        canAlight.push(st.dropOffType[first + i] === 1 ? 0 : 1);
      }
      patternStopStart.push(patternStops.length);
      for (const r of sub) {
        timesStart.push(arrival.length);
        for (let i = 0; i < n; i++) {
          arrival.push(time(r, i, st.arrival));
          departure.push(time(r, i, st.departure));
        }
        tripOf.push(r.trip);
        dayOf.push(r.day);
      }
      patternTripStart.push(tripOf.length);
    }
  }
  const patternCount = patternStopStart.length - 1;
  const stopCount = feed.stops.length;

  // Patterns per stop (each pattern once per stop).
  const perStop: number[][] = Array.from({ length: stopCount }, () => []);
  const served = new Uint8Array(stopCount);
  for (let p = 0; p < patternCount; p++)
    for (let i = patternStopStart[p]!; i < patternStopStart[p + 1]!; i++) {
      const s = patternStops[i]!;
      served[s] = 1;
      const list = perStop[s]!;
      if (list[list.length - 1] !== p) list.push(p);
    }
  const stopPatternStart = new Int32Array(stopCount + 1);
  perStop.forEach((list, s) => (stopPatternStart[s + 1] = stopPatternStart[s]! + list.length));

  const transfers = buildTransfers(feed, options, served);
  return {
    stopCount,
    patternCount,
    patternStopStart: Int32Array.from(patternStopStart),
    patternStops: Int32Array.from(patternStops),
    canBoard: Uint8Array.from(canBoard),
    canAlight: Uint8Array.from(canAlight),
    patternTripStart: Int32Array.from(patternTripStart),
    timesStart: Int32Array.from(timesStart),
    arrival: Int32Array.from(arrival),
    departure: Int32Array.from(departure),
    tripOfPatternTrip: Int32Array.from(tripOf),
    dayOfPatternTrip: Int8Array.from(dayOf),
    stopPatternStart,
    stopPatterns: Int32Array.from(perStop.flat()),
    ...transfers,
    served,
    trips: tripOf.length,
  };
}

/**
 * Transfers between served stops: every pair within maxTransferM walked (walking time), and the pairs of
 * transfers.txt. A row for a station applies to all its boarding points; a row naming the boarding points
 * themselves wins over the station's. transfer_type 2 sets a minimum time (the walk if longer), 3 forbids
 * the change, 0 and 1 take the walking time (1 is a timed transfer between two named trips: it is applied
 * to every trip at that stop pair, see the method note).
 */
function buildTransfers(
  feed: ParsedFeed,
  options: TransitOptions,
  served: Uint8Array,
): { transferStart: Int32Array; transferFrom: Int32Array; transferSeconds: Float64Array } {
  const stops = feed.stops;
  const lon = stops.map((s) => s.lon);
  const lat = stops.map((s) => s.lat);
  const grid = new PointGrid(lon, lat, 1_000, (i) => served[i] === 1);
  const maxStraightM = options.maxTransferM / options.walkCircuity;
  // Key "from,to" → seconds (NaN = forbidden); specificity 2 = both boarding points named, 1 = via station.
  const pairs = new Map<string, { seconds: number; specificity: number }>();
  const set = (from: number, to: number, seconds: number, specificity: number) => {
    const key = `${from},${to}`;
    const old = pairs.get(key);
    if (!old || specificity > old.specificity) pairs.set(key, { seconds, specificity });
  };
  const walk = (a: number, b: number) =>
    a === b ? 0 : walkSeconds(haversine(lon[a]!, lat[a]!, lon[b]!, lat[b]!), options);
  for (let s = 0; s < stops.length; s++) {
    if (!served[s]) continue;
    set(s, s, 0, 0);
    grid.visit(lon[s]!, lat[s]!, maxStraightM, (t, d) => {
      if (t !== s && d <= maxStraightM) set(s, t, walkSeconds(d, options), 0);
    });
  }
  const children = new Map<number, number[]>();
  stops.forEach((stop, s) => {
    if (stop.parent >= 0 && served[s]) {
      let list = children.get(stop.parent);
      if (!list) children.set(stop.parent, (list = []));
      list.push(s);
    }
  });
  const expand = (s: number) => (served[s] ? [s] : (children.get(s) ?? []));
  for (const tr of feed.transfers) {
    const specificity = (served[tr.from] ? 1 : 0) + (served[tr.to] ? 1 : 0);
    for (const a of expand(tr.from))
      for (const b of expand(tr.to)) {
        const seconds =
          tr.type === 3 ? NaN : tr.type === 2 ? Math.max(walk(a, b), tr.minTransferTime ?? 0) : walk(a, b);
        set(a, b, seconds, specificity + 1);
      }
  }
  const incoming: { from: number; seconds: number }[][] = Array.from({ length: stops.length }, () => []);
  for (const [key, { seconds }] of pairs) {
    if (Number.isNaN(seconds)) continue;
    const comma = key.indexOf(",");
    incoming[Number(key.slice(comma + 1))]!.push({ from: Number(key.slice(0, comma)), seconds });
  }
  const transferStart = new Int32Array(stops.length + 1);
  const from: number[] = [];
  const seconds: number[] = [];
  incoming.forEach((list, s) => {
    list.sort((a, b) => a.from - b.from);
    for (const e of list) {
      from.push(e.from);
      seconds.push(e.seconds);
    }
    transferStart[s + 1] = from.length;
  });
  return { transferStart, transferFrom: Int32Array.from(from), transferSeconds: Float64Array.from(seconds) };
}
