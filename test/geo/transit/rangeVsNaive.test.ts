// Property: on random small feeds the range search (every departure minute from one backward sweep)
// gives exactly the door-to-door minutes of a naive forward search run afresh for each origin and minute
// (naive.ts). Random stops in a 4 km square so walks to stops, between stops and to the places all occur;
// random trip times so trips overtake each other; random no-pickup / no-drop-off stops and transfer times.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rangeRaptor, NO_CONNECTION } from "../../../src/geo/transit/raptor.ts";
import { kindQuery, prepareSearch } from "../../../src/geo/transit/reach.ts";
import type { TransitOptions, TransitPlace } from "../../../src/geo/transit/types.ts";
import { MINI_OPTIONS, WEDNESDAYS, at, miniFeed, type MiniFeed, type MiniTrip } from "./miniFeed.ts";
import { naiveTravelMin } from "./naive.ts";

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

function randomCase(seed: number) {
  const next = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const stopCount = int(4, 9);
  const stops: MiniFeed["stops"] = {};
  for (let s = 0; s < stopCount; s++) stops[`S${s}`] = [int(0, 4_000), int(0, 4_000)];
  const trips: MiniTrip[] = [];
  const patterns = int(1, 5);
  for (let p = 0; p < patterns; p++) {
    const length = int(2, Math.min(5, stopCount));
    const sequence = [...Array(stopCount).keys()].sort(() => next() - 0.5).slice(0, length);
    const flags = sequence.map(() => (next() < 0.1 ? "/p1" : next() < 0.1 ? "/d1" : ""));
    for (let t = 0, count = int(1, 4); t < count; t++) {
      let time = int(7 * 60 + 40, 8 * 60 + 30);
      trips.push({
        id: `p${p}t${t}`,
        service: "WED",
        stops: sequence.map((s, i) => {
          if (i > 0) time += int(1, 8);
          return `S${s}@${hhmm(time)}${flags[i]}`;
        }),
      });
    }
  }
  const transfers =
    next() < 0.5 ? [`S${int(0, stopCount - 1)},S${int(0, stopCount - 1)},2,${int(0, 6) * 60}`] : [];
  const mini: MiniFeed = { stops, trips, calendar: { WED: WEDNESDAYS }, transfers };
  const origins = Array.from({ length: 3 }, () => at(int(-500, 4_500), int(-500, 4_500)));
  const places: TransitPlace[] = Array.from({ length: 2 }, (_, i) => {
    const [lon, lat] = at(int(0, 4_000), int(0, 4_000));
    return { id: `P${i}`, lon, lat, kind: "booked" };
  });
  const options: TransitOptions = {
    ...MINI_OPTIONS,
    windowFromMin: 7 * 60 + 45,
    windowToMin: 8 * 60 + 15,
    maxTransfers: int(0, 2),
    maxTripMin: int(20, 60),
  };
  return { mini, origins, places, options };
}

describe("range RAPTOR against a naive per-minute search", () => {
  it("gives the same minutes for every origin and departure minute on random feeds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { mini, origins, places, options } = randomCase(seed);
        const feed = miniFeed(mini);
        const cells = {
          lon: origins.map((o) => o[0]),
          lat: origins.map((o) => o[1]),
          population: origins.map(() => 1),
          kommun: origins.map(() => 0),
          kommuner: [{ kod: "9999", lanKod: "99" }],
        };
        const prepared = prepareSearch(feed, cells, [], options);
        const query = kindQuery(feed, prepared, places, options);
        const range = rangeRaptor(prepared.timetable, query);
        for (let o = 0; o < origins.length; o++)
          for (let d = 0; d < query.departures; d++) {
            const got = range.travelMin[o * query.departures + d]!;
            const expected = naiveTravelMin(prepared.timetable, query, o, options.windowFromMin + d);
            expect(got === NO_CONNECTION ? null : got, `seed ${seed} origin ${o} minute ${d}`).toBe(expected);
          }
      }),
      { numRuns: 150 },
    );
  });
});
