// The engine on hand-made feeds with earliest arrivals worked out by hand (miniFeed.ts: 100 m of walking
// a minute). Geometry: home 500 m west of stop A (5 min); B 20 km east, D 300 m beyond B (3 min walk);
// C 40 km east and the meeting place 300 m beyond C (3 min). Times are door to door from the departure
// minute, arrival rounded up to the whole minute.
import { describe, expect, it } from "vitest";
import { buildTimetable } from "../../../src/geo/transit/timetable.ts";
import { computeTransitReach } from "../../../src/geo/transit/reach.ts";
import type { TransitOptions, TransitPlace } from "../../../src/geo/transit/types.ts";
import { MINI_OPTIONS, WEDNESDAYS, at, miniFeed, type MiniFeed } from "./miniFeed.ts";

const STOPS = { A: 0, B: 20_000, D: 20_300, C: 40_000 };
const PLACE_EAST_M = 40_300;
const HOME_EAST_M = -500;

/** Minutes (p10, median, p90) from a home point to the one booked place; null = no connection. */
function travel(mini: MiniFeed, options: Partial<TransitOptions> = {}, homeEastM = HOME_EAST_M) {
  const feed = miniFeed(mini);
  const [lon, lat] = at(homeEastM);
  const [placeLon, placeLat] = at(PLACE_EAST_M);
  const places: TransitPlace[] = [{ id: "P", lon: placeLon, lat: placeLat, kind: "booked" }];
  const cells = {
    lon: [lon],
    lat: [lat],
    population: [10],
    kommun: [0],
    kommuner: [{ kod: "9999", lanKod: "99" }],
  };
  const result = computeTransitReach(feed, cells, places, { ...MINI_OPTIONS, ...options });
  const r = result.byKind.booked;
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  return { p10: orNull(r.p10Min[0]!), median: orNull(r.medianMin[0]!), p90: orNull(r.p90Min[0]!), result };
}
const at0755 = { windowFromMin: 7 * 60 + 55, windowToMin: 7 * 60 + 55 };

describe("transit engine on a hand-made feed", () => {
  it("takes a walking transfer between two trips", () => {
    const mini: MiniFeed = {
      stops: STOPS,
      calendar: { WED: WEDNESDAYS },
      trips: [
        { id: "T1", service: "WED", stops: ["A@08:00", "B@08:20"] },
        { id: "T2", service: "WED", stops: ["D@08:25", "C@08:45"] },
      ],
    };
    // 07:55 leave home, 08:00 A, 08:20 B, walk 3 min to D (08:23), 08:25 D, 08:45 C, walk 3 → 08:48.
    expect(travel(mini, at0755).median).toBe(53);
    // Without a change the place cannot be reached at all.
    expect(travel(mini, { ...at0755, maxTransfers: 0 }).median).toBeNull();
  });

  it("misses a connection that leaves before the walk ends and waits for the next", () => {
    const mini: MiniFeed = {
      stops: STOPS,
      calendar: { WED: WEDNESDAYS },
      trips: [
        { id: "T1", service: "WED", stops: ["A@08:00", "B@08:20"] },
        { id: "T2", service: "WED", stops: ["D@08:22", "C@08:42"] },
        { id: "T3", service: "WED", stops: ["D@09:00", "C@09:20"] },
      ],
    };
    // At D 08:23: T2 left at 08:22; T3 at 09:00 reaches C 09:20, the place 09:23.
    expect(travel(mini, at0755).median).toBe(88);
  });

  it("keeps the minimum transfer time transfers.txt sets for a stop", () => {
    const mini: MiniFeed = {
      stops: STOPS,
      calendar: { WED: WEDNESDAYS },
      trips: [
        { id: "T1", service: "WED", stops: ["A@08:00", "B@08:20"] },
        { id: "T2", service: "WED", stops: ["B@08:23", "C@08:43"] },
        { id: "T3", service: "WED", stops: ["B@08:30", "C@08:50"] },
      ],
    };
    expect(travel(mini, at0755).median).toBe(51); // 3 min at B is enough by default: 08:46
    expect(travel({ ...mini, transfers: ["B,B,2,300"] }, at0755).median).toBe(58); // 5 min: T3, 08:53
  });

  it("runs trips past midnight: today's 24:20 arrival and yesterday's 24:10 departure", () => {
    const mini: MiniFeed = {
      stops: STOPS,
      calendar: { WED: WEDNESDAYS, TUE: ["0100000", "20230101", "20231231"] },
      trips: [
        { id: "late", service: "WED", stops: ["A@23:50", "C@24:20"] },
        { id: "fromTuesday", service: "TUE", stops: ["A@24:10", "C@24:40"] },
        { id: "toThursday", service: "WED", stops: ["A@24:30", "C@25:00"] },
      ],
    };
    // Wednesday 23:45: 23:50 A, 24:20 C, place 24:23.
    expect(travel(mini, { windowFromMin: 23 * 60 + 45, windowToMin: 23 * 60 + 45 }).median).toBe(38);
    // Wednesday 00:05: Tuesday's trip leaves A at 00:10 (24:10 of Tuesday), place 00:43. Wednesday's own
    // 24:30 trip is Thursday night, too late within 120 min.
    expect(travel(mini, { windowFromMin: 5, windowToMin: 5 }).median).toBe(38);
    expect(
      travel({ ...mini, trips: mini.trips.slice(2) }, { windowFromMin: 5, windowToMin: 5 }).median,
    ).toBeNull();
  });

  it("applies calendar exceptions: a removed Wednesday and an added date", () => {
    const mini: MiniFeed = {
      stops: STOPS,
      calendar: { WED: WEDNESDAYS },
      calendarDates: [
        ["WED", "20230315", 2],
        ["EXTRA", "20230315", 1],
      ],
      trips: [
        { id: "usual", service: "WED", stops: ["A@08:00", "C@08:30"] },
        { id: "extra", service: "EXTRA", stops: ["A@08:40", "C@09:10"] },
      ],
    };
    // 2023-03-15: the usual trip is cancelled, the extra one runs: place 09:13.
    expect(travel(mini, at0755).median).toBe(78);
    // A week later the usual trip runs (place 08:33) and the extra one does not.
    expect(travel(mini, { ...at0755, serviceDate: "2023-03-22" }).median).toBe(38);
    expect(
      travel({ ...mini, trips: mini.trips.slice(1) }, { ...at0755, serviceDate: "2023-03-22" }).median,
    ).toBeNull();
  });

  it("does not board a trip where it only drops off", () => {
    const mini: MiniFeed = {
      stops: STOPS,
      calendar: { WED: WEDNESDAYS },
      trips: [
        { id: "dropOnly", service: "WED", stops: ["A@08:00/p1", "C@08:30"] },
        { id: "later", service: "WED", stops: ["A@08:40", "C@09:10"] },
        { id: "noAlight", service: "WED", stops: ["A@08:10", "C@08:35/d1", "D@08:50"] },
      ],
    };
    expect(travel(mini, at0755).median).toBe(78);
  });

  it("walks straight to the place when that is faster, and rides when it is not", () => {
    const mini: MiniFeed = {
      stops: { ...STOPS, E: 41_400 },
      calendar: { WED: WEDNESDAYS },
      trips: [{ id: "shuttle", service: "WED", stops: ["E@08:01", "C@08:06"] }],
    };
    // 1 000 m from the place: 10 min on foot beats 1 min walk + 08:01–08:06 + 3 min = 14.
    expect(travel(mini, at0755, PLACE_EAST_M + 1_000).median).toBe(10);
    // 1 500 m from the place (15 min on foot), 400 m from E: the shuttle gives 14.
    expect(travel(mini, at0755, PLACE_EAST_M + 1_500).median).toBe(14);
    // Beyond the walking limit, and the shuttle ran at dawn only: no connection.
    const dawn: MiniFeed = {
      ...mini,
      trips: [{ id: "dawn", service: "WED", stops: ["E@06:01", "C@06:06"] }],
    };
    expect(travel(dawn, at0755, PLACE_EAST_M + 1_600).median).toBeNull();
  });

  it("gives no connection from a stop with no service that day", () => {
    const mini: MiniFeed = {
      stops: { ...STOPS, F: 60_000 },
      calendar: { WED: WEDNESDAYS, SUN: ["0000001", "20230101", "20231231"] },
      trips: [
        { id: "sunday", service: "SUN", stops: ["F@08:00", "C@08:30"] },
        { id: "other", service: "WED", stops: ["A@08:00", "C@08:30"] },
      ],
    };
    const feed = miniFeed(mini);
    const tt = buildTimetable(feed, { ...MINI_OPTIONS, ...at0755 }, 0, 86_400);
    const f = feed.stops.findIndex((s) => s.id === "F");
    expect(tt.served[f]).toBe(0);
    expect(travel(mini, at0755, 60_500).median).toBeNull();
    expect(travel(mini, at0755).median).toBe(38);
  });

  it("reports percentiles over the departure minutes, counting missed minutes as no connection", () => {
    const mini: MiniFeed = {
      stops: STOPS,
      calendar: { WED: WEDNESDAYS },
      trips: [{ id: "only", service: "WED", stops: ["A@08:00", "C@08:30"] }],
    };
    // From home at stop A, 07:55…08:00: 38, 37, 36, 35, 34, 33 min; nearest rank: p10 = 1st, median =
    // 3rd, p90 = 6th of 6.
    expect(travel(mini, { windowFromMin: 475, windowToMin: 480 }, 0)).toMatchObject({
      p10: 33,
      median: 35,
      p90: 38,
    });
    // 07:55…08:06: the last six minutes have no trip left: median is the 6th of 12 (38), p90 none.
    expect(travel(mini, { windowFromMin: 475, windowToMin: 486 }, 0)).toMatchObject({
      p10: 34,
      median: 38,
      p90: null,
    });
  });

  it("counts a journey longer than the horizon as no connection, never as a long time", () => {
    const mini: MiniFeed = {
      stops: STOPS,
      calendar: { WED: WEDNESDAYS },
      trips: [{ id: "only", service: "WED", stops: ["A@08:00", "C@08:30:30"] }],
    };
    expect(travel(mini, at0755).median).toBe(39); // place at 08:33:30 → counted from 08:34
    expect(travel(mini, { ...at0755, maxTripMin: 39 }).median).toBe(39);
    expect(travel(mini, { ...at0755, maxTripMin: 38 }).median).toBeNull();
  });

  it("keeps labels per number of rides across deadlines (a faster 2-ride label must not hide a 1-ride one)", () => {
    // Deadline 08:33: from S the best is 2 rides (a then b). Deadline 08:43: 1 ride (c) from S, leaving
    // earlier than a. With one change allowed, home at R needs d then c: 07:30 R, 07:40 S, 07:50 S,
    // 08:40 Z, place 08:43 → 78 min from 07:25 (d, a, b would be 3 rides). Pruning with the best label of
    // any number of rides (from the earlier deadline) would lose this journey.
    const mini: MiniFeed = {
      stops: { R: 0, S: 10_000, M: 20_000, Z: 40_000 },
      calendar: { WED: WEDNESDAYS },
      trips: [
        { id: "a", service: "WED", stops: ["S@08:00", "M@08:10"] },
        { id: "b", service: "WED", stops: ["M@08:15", "Z@08:30"] },
        { id: "c", service: "WED", stops: ["S@07:50", "Z@08:40"] },
        { id: "d", service: "WED", stops: ["R@07:30", "S@07:40"] },
      ],
    };
    const at0725 = { windowFromMin: 7 * 60 + 25, windowToMin: 7 * 60 + 25 };
    // Home is 500 m west of R (5 min): leave 07:25, at R 07:30.
    expect(travel(mini, { ...at0725, maxTransfers: 1 }).median).toBe(78);
    // With two changes d, a, b is allowed: place 08:33, 68 min.
    expect(travel(mini, { ...at0725, maxTransfers: 2 }).median).toBe(68);
  });

  it("leaves out booked communal taxis (route_type 1501) unless asked to include them", () => {
    const mini: MiniFeed = {
      stops: STOPS,
      calendar: { WED: WEDNESDAYS },
      trips: [{ id: "taxi", service: "WED", routeType: 1501, stops: ["A@08:00", "C@08:30"] }],
    };
    expect(travel(mini, at0755).median).toBeNull();
    expect(travel(mini, { ...at0755, excludedRouteTypes: [] }).median).toBe(38);
  });
});
