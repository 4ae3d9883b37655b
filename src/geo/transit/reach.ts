// Door-to-door public-transport time from every cell (and kommun seat) to the nearest booked and the
// nearest spontaneous meeting place, for every departure minute of the window, summarised per cell as the
// 10th, 50th and 90th percentile over minutes; and the per-kommun aggregates of summary.json.
import {
  TRANSIT_EXCLUDED_ROUTE_TYPES,
  TRANSIT_MAX_ACCESS_M,
  TRANSIT_MAX_TRANSFER_M,
  TRANSIT_MAX_TRANSFERS,
  TRANSIT_MAX_TRIP_MIN,
  TRANSIT_WALK_CIRCUITY,
  TRANSIT_WALK_KMH,
  TRANSIT_WINDOW_FROM_MIN,
  TRANSIT_WINDOW_TO_MIN,
} from "../assumptions.ts";
import { PointGrid } from "../spatialIndex.ts";
import { NO_CONNECTION, rangeRaptor, type RangeQuery } from "./raptor.ts";
import { buildTimetable, walkSeconds, type Timetable } from "./timetable.ts";
import {
  TRANSIT_KINDS,
  TRANSIT_WITHIN_MINUTES,
  type ParsedFeed,
  type TransitCells,
  type TransitKind,
  type TransitKindResult,
  type TransitOptions,
  type TransitPlace,
  type TransitReachStats,
  type TransitResult,
  type TransitSeat,
  type TransitWithinKey,
} from "./types.ts";

/** The defaults of "Om beräkningen"; serviceDate comes from defaultServiceDate(feed). */
export const DEFAULT_TRANSIT_OPTIONS: Omit<TransitOptions, "serviceDate"> = {
  windowFromMin: TRANSIT_WINDOW_FROM_MIN,
  windowToMin: TRANSIT_WINDOW_TO_MIN,
  walkKmh: TRANSIT_WALK_KMH,
  walkCircuity: TRANSIT_WALK_CIRCUITY,
  maxAccessM: TRANSIT_MAX_ACCESS_M,
  maxTransferM: TRANSIT_MAX_TRANSFER_M,
  maxTransfers: TRANSIT_MAX_TRANSFERS,
  maxTripMin: TRANSIT_MAX_TRIP_MIN,
  excludedRouteTypes: [...TRANSIT_EXCLUDED_ROUTE_TYPES],
};

/** Rank of the p-th percentile among n sorted values (nearest rank: the ⌈p·n⌉-th value). */
export function percentileRank(p: number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
}

/** The timetable and walking legs shared by both kinds. */
export interface PreparedSearch {
  timetable: Timetable;
  originLon: Float64Array;
  originLat: Float64Array;
  access: Pick<RangeQuery, "accessStart" | "accessStop" | "accessSeconds">;
}

export function prepareSearch(
  feed: ParsedFeed,
  cells: TransitCells,
  seats: readonly TransitSeat[],
  options: TransitOptions,
): PreparedSearch {
  const timetable = buildTimetable(
    feed,
    options,
    options.windowFromMin * 60,
    (options.windowToMin + options.maxTripMin) * 60,
  );
  const n = cells.lon.length;
  const originLon = new Float64Array(n + seats.length);
  const originLat = new Float64Array(n + seats.length);
  for (let i = 0; i < n; i++) {
    originLon[i] = cells.lon[i]!;
    originLat[i] = cells.lat[i]!;
  }
  seats.forEach((s, j) => {
    originLon[n + j] = s.lon;
    originLat[n + j] = s.lat;
  });
  const stopLon = feed.stops.map((s) => s.lon);
  const stopLat = feed.stops.map((s) => s.lat);
  const maxStraightM = options.maxAccessM / options.walkCircuity;
  const grid = new PointGrid(stopLon, stopLat, 2_000, (s) => timetable.served[s] === 1);
  const accessStart = new Int32Array(originLon.length + 1);
  const stop: number[] = [];
  const seconds: number[] = [];
  for (let o = 0; o < originLon.length; o++) {
    const found: [number, number][] = [];
    grid.visit(originLon[o]!, originLat[o]!, maxStraightM, (s, d) => {
      if (d <= maxStraightM) found.push([s, d]);
    });
    found.sort((a, b) => a[0] - b[0]);
    for (const [s, d] of found) {
      stop.push(s);
      seconds.push(walkSeconds(d, options));
    }
    accessStart[o + 1] = stop.length;
  }
  return {
    timetable,
    originLon,
    originLat,
    access: { accessStart, accessStop: Int32Array.from(stop), accessSeconds: Float64Array.from(seconds) },
  };
}

/** The search of one kind: walks from the stops to that kind's places, and from the origins straight to them. */
export function kindQuery(
  feed: ParsedFeed,
  prepared: PreparedSearch,
  places: readonly TransitPlace[],
  options: TransitOptions,
): RangeQuery {
  const { timetable, originLon, originLat } = prepared;
  const origins = originLon.length;
  const maxStraightM = options.maxAccessM / options.walkCircuity;
  const grid = new PointGrid(
    places.map((p) => p.lon),
    places.map((p) => p.lat),
    2_000,
  );
  const egressSeconds = new Float64Array(timetable.stopCount).fill(Infinity);
  const egressTarget = new Int32Array(timetable.stopCount).fill(-1);
  feed.stops.forEach((stop, s) => {
    if (!timetable.served[s]) return;
    const near = grid.nearest(stop.lon, stop.lat, maxStraightM);
    if (near.index >= 0) {
      egressSeconds[s] = walkSeconds(near.distanceM, options);
      egressTarget[s] = near.index;
    }
  });
  const directSeconds = new Float64Array(origins).fill(Infinity);
  const directTarget = new Int32Array(origins).fill(-1);
  for (let o = 0; o < origins; o++) {
    const near = grid.nearest(originLon[o]!, originLat[o]!, maxStraightM);
    if (near.index >= 0) {
      directSeconds[o] = walkSeconds(near.distanceM, options);
      directTarget[o] = near.index;
    }
  }
  return {
    ...prepared.access,
    directSeconds,
    directTarget,
    egressSeconds,
    egressTarget,
    firstDepartureMin: options.windowFromMin,
    departures: options.windowToMin - options.windowFromMin + 1,
    maxTripMin: options.maxTripMin,
    rounds: options.maxTransfers + 1,
  };
}

function runKind(
  feed: ParsedFeed,
  prepared: PreparedSearch,
  places: readonly TransitPlace[],
  options: TransitOptions,
): { kind: TransitKindResult; patternScans: number } {
  const query = kindQuery(feed, prepared, places, options);
  const origins = prepared.originLon.length;
  const departures = query.departures;
  const run = rangeRaptor(prepared.timetable, query);

  const p10Min = new Float32Array(origins);
  const medianMin = new Float32Array(origins);
  const p90Min = new Float32Array(origins);
  const medianPlace = new Int32Array(origins);
  const values = new Uint16Array(departures);
  const r10 = percentileRank(0.1, departures);
  const r50 = percentileRank(0.5, departures);
  const r90 = percentileRank(0.9, departures);
  const asMinutes = (v: number) => (v === NO_CONNECTION ? NaN : v);
  for (let o = 0; o < origins; o++) {
    const row = run.travelMin.subarray(o * departures, (o + 1) * departures);
    values.set(row);
    values.sort();
    p10Min[o] = asMinutes(values[r10]!);
    medianMin[o] = asMinutes(values[r50]!);
    p90Min[o] = asMinutes(values[r90]!);
    // The place of the earliest departure minute whose time is the median.
    const d = values[r50] === NO_CONNECTION ? -1 : row.indexOf(values[r50]!);
    medianPlace[o] = d < 0 ? -1 : run.target[o * departures + d]!;
  }
  return { kind: { p10Min, medianMin, p90Min, medianPlace }, patternScans: run.patternScans };
}

/**
 * The one entry point of the build and the worker. `places` holds both kinds (each kind's search uses
 * its own); `seats` are extra origins after the cells (the fromSeat figures).
 */
export function computeTransitReach(
  feed: ParsedFeed,
  cells: TransitCells,
  places: readonly TransitPlace[],
  options: TransitOptions,
  seats: readonly TransitSeat[] = [],
): TransitResult {
  const prepared = prepareSearch(feed, cells, seats, options);
  const byKind = {} as Record<TransitKind, TransitKindResult>;
  const placesByKind = {} as Record<TransitKind, TransitPlace[]>;
  for (const kind of TRANSIT_KINDS) {
    placesByKind[kind] = places.filter((p) => p.kind === kind);
    byKind[kind] = runKind(feed, prepared, placesByKind[kind], options).kind;
  }
  return {
    options,
    cells: cells.lon.length,
    seats: seats.length,
    departures: options.windowToMin - options.windowFromMin + 1,
    trips: prepared.timetable.trips,
    byKind,
    placesByKind,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const orNull = (x: number) => (Number.isFinite(x) ? round1(x) : null);

/**
 * Per kommun of `kommunKoder` and per kind, the figures of kommuner[i].reach.<kind>.transit: population-
 * weighted median and p90 over the kommun's cells of each cell's median minutes (a cell with no connection
 * at its median minute counts as infinitely far, so a median can be "no connection" = null), people within
 * 30/60/90 minutes, and the seat's own figures (seats in the order given to computeTransitReach).
 */
export function aggregateTransit(
  result: TransitResult,
  cells: TransitCells,
  kommunKoder: readonly string[],
  seats: readonly TransitSeat[] = [],
): Map<string, Record<TransitKind, TransitReachStats>> {
  const out = new Map<string, Record<TransitKind, TransitReachStats>>();
  const kommunIndex = new Map(cells.kommuner.map((k, i) => [k.kod, i]));
  for (const kod of kommunKoder) {
    const a = kommunIndex.get(kod);
    const members: number[] = [];
    if (a !== undefined)
      for (let i = 0; i < cells.kommun.length; i++) if (cells.kommun[i] === a) members.push(i);
    const seat = seats.findIndex((s) => s.kommunKod === kod);
    const stats = {} as Record<TransitKind, TransitReachStats>;
    for (const kind of TRANSIT_KINDS) {
      const r = result.byKind[kind];
      const minutesOf = (i: number) => {
        const m = r.medianMin[i]!;
        return Number.isNaN(m) ? Infinity : m;
      };
      const sorted = [...members].sort((x, y) => minutesOf(x) - minutesOf(y) || x - y);
      let population = 0;
      for (const i of members) population += cells.population[i]!;
      let cumulative = 0;
      let medianMin = NaN;
      let p90Min = NaN;
      let noConnectionPopulation = 0;
      const popWithin: Record<TransitWithinKey, number> = { "30": 0, "60": 0, "90": 0 };
      for (const i of sorted) {
        const pop = cells.population[i]!;
        const t = minutesOf(i);
        cumulative += pop;
        if (Number.isNaN(medianMin) && cumulative >= 0.5 * population) medianMin = t;
        if (Number.isNaN(p90Min) && cumulative >= 0.9 * population) p90Min = t;
        if (t === Infinity) noConnectionPopulation += pop;
        for (const w of TRANSIT_WITHIN_MINUTES) if (t <= w) popWithin[String(w) as TransitWithinKey] += pop;
      }
      const share = (x: number) => (population > 0 ? Math.round((x / population) * 10_000) / 10_000 : 0);
      const o = result.cells + seat;
      const placeIndex = seat >= 0 ? r.medianPlace[o]! : -1;
      stats[kind] = {
        population,
        noConnectionPopulation,
        medianMin: orNull(medianMin),
        p90Min: orNull(p90Min),
        popWithin,
        shareWithin: {
          "30": share(popWithin["30"]),
          "60": share(popWithin["60"]),
          "90": share(popWithin["90"]),
        },
        fromSeat: {
          placeId: placeIndex >= 0 ? result.placesByKind[kind][placeIndex]!.id : null,
          medianMin: seat >= 0 ? orNull(r.medianMin[o]!) : null,
          p10Min: seat >= 0 ? orNull(r.p10Min[o]!) : null,
          p90Min: seat >= 0 ? orNull(r.p90Min[o]!) : null,
        },
      };
    }
    out.set(kod, stats);
  }
  return out;
}
