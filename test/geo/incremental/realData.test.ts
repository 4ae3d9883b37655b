// The incremental what-if on the real national data: a property over random edit sequences (fewer and
// shorter than on the fixture region: a full recompute to compare with takes ~30 ms here), and the
// cases a planner meets: dragging a place across another's position (a tie), closing the only place of
// a kommun, moving a place to Gotland (no road to the mainland), opening a place on top of another.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { inScenario, type EnginePlace } from "../../../src/data/reachScenarios.ts";
import { IncrementalScenario } from "../../../src/geo/incremental/incrementalScenario.ts";
import type { PlacedPlace, ScenarioReach } from "../../../src/geo/reachSummary.ts";
import { compareWithFull, type World } from "./compare.ts";
import { applyStep, stepArbitrary, type Box } from "./edits.ts";
import { realWorld } from "./worlds.ts";

let world: World & { places: EnginePlace[] };
let booked: EnginePlace[];
let anchors: { lon: number; lat: number }[];
const SWEDEN: Box = { west: 11, south: 55.3, east: 24.2, north: 69.1 };
const VISBY = { lon: 18.2948, lat: 57.6348 };

beforeAll(() => {
  world = realWorld();
  booked = world.places.filter((p) => inScenario("booked", p));
  // Every 7th road node and every 97th cell: positions where ties are likely (see edits.ts).
  const { graph } = world.engine.network;
  const { cells } = world.data;
  anchors = [
    ...Array.from({ length: Math.ceil(graph.nodeLon.length / 7) }, (_, k) => ({
      lon: graph.nodeLon[k * 7]!,
      lat: graph.nodeLat[k * 7]!,
    })),
    ...Array.from({ length: Math.ceil(cells.lon.length / 97) }, (_, k) => ({
      lon: cells.lon[k * 97]!,
      lat: cells.lat[k * 97]!,
    })),
  ];
}, 120_000);

const newState = () => new IncrementalScenario(world.engine.network, world.data, world.levels);

/** Updates and checks against a full run; returns the result. */
function step(state: IncrementalScenario, places: readonly PlacedPlace[]): ScenarioReach {
  const reach = state.update(places);
  expect(compareWithFull(world, state, places, reach)).toEqual([]);
  return reach;
}

const kommunIndex = (kod: string) => world.data.kommuner.findIndex((k) => k.kod === kod);
const placeIndexOf = (state: IncrementalScenario, id: string, places: readonly PlacedPlace[]) => {
  const i = places.findIndex((p) => p.id === id);
  return state.snapshot().cells.place.filter((p) => p === i).length;
};

describe("incremental what-if on the real data", () => {
  // Fails if any edit sequence leaves a node, cell, seat or statistic different from a full run.
  it("equals a full recompute after every step of random edit sequences (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("booked" as const, "spontaneous" as const),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 6 }),
        (key, steps) => {
          const state = newState();
          let places: PlacedPlace[] = world.places.filter((p) => inScenario(key, p));
          let id = 0;
          state.update(places);
          for (const edits of steps) {
            places = applyStep(places, edits, SWEDEN, () => `new-${id++}`, anchors);
            const reach = state.update(places);
            const diffs = compareWithFull(world, state, places, reach);
            if (diffs.length > 0) throw new Error(`${state.lastMode} step: ${diffs.slice(0, 5).join("; ")}`);
          }
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 12) },
    );
  }, 300_000);

  // Fails if a tie (two places at one position) goes to the wrong place, before, at or after it.
  it("drags a place across another's position: ties go to the lower index", () => {
    const mora = booked.find((p) => p.kommunKod === "2062")!;
    for (const first of [true, false]) {
      const state = newState();
      state.update(booked);
      const at = (dLon: number) => ({
        id: "dragged",
        kommunKod: "2062",
        lon: mora.lon + dLon,
        lat: mora.lat,
      });
      const withDragged = (dLon: number) => (first ? [at(dLon), ...booked] : [...booked, at(dLon)]);
      step(state, withDragged(-0.04));
      expect(placeIndexOf(state, "dragged", withDragged(-0.04))).toBeGreaterThan(0);
      const tie = withDragged(0);
      step(state, tie);
      // On Mora's position every route ties: the lower index takes all of Mora's cells.
      const [winner, loser] = first ? ["dragged", mora.id] : [mora.id, "dragged"];
      expect(placeIndexOf(state, loser, tie)).toBe(0);
      expect(placeIndexOf(state, winner, tie)).toBeGreaterThan(0);
      step(state, withDragged(0.04));
      expect(state.lastMode).toBe("incremental");
    }
  });

  // Fails if closing a kommun's only place leaves stale figures (Gotland has one booked place).
  it("closes the only place of an area: Gotland becomes unreachable", () => {
    const state = newState();
    state.update(booked);
    const withoutGotland = booked.filter((p) => p.kommunKod !== "0980");
    expect(withoutGotland.length).toBe(booked.length - 1);
    const reach = step(state, withoutGotland);
    expect(state.lastMode).toBe("incremental");
    const gotland = reach.kommuner[kommunIndex("0980")]!;
    expect(gotland.places).toBe(0);
    expect(gotland.unreachablePopulation).toBe(gotland.population);
    expect(gotland.medianMin).toBeNull();
    expect(gotland.fromSeat).toBeNull();
  });

  // Fails if the region a place leaves is not refilled from the other places, or the island is not
  // served from the new position; moving back must restore the first result exactly.
  it("moves a place to Gotland and back", () => {
    const state = newState();
    const before = state.update(booked);
    const mora = booked.find((p) => p.kommunKod === "2062")!;
    const onGotland = booked.map((p) => (p === mora ? { ...p, ...VISBY } : p));
    const reach = step(state, onGotland);
    expect(state.lastMode).toBe("incremental");
    const m = kommunIndex("2062");
    expect(reach.kommuner[m]!.meanMin!).toBeGreaterThan(before.kommuner[m]!.meanMin!);
    expect(reach.kommuner[kommunIndex("0980")]!.meanMin!).toBeLessThan(
      before.kommuner[kommunIndex("0980")]!.meanMin!,
    );
    expect(step(state, booked)).toEqual(before);
  });

  // Fails if a place opened on top of another changes minutes, or a tie gives it cells it must not have.
  it("adds a place at an existing place's position", () => {
    const state = newState();
    const before = state.update(booked);
    const mora = booked.find((p) => p.kommunKod === "2062")!;
    const twin = { ...mora, id: "twin" };
    const after = step(state, [...booked, twin]);
    expect(state.lastMode).toBe("incremental");
    expect(placeIndexOf(state, "twin", [...booked, twin])).toBe(0);
    const minutesOnly = (r: ScenarioReach) => r.kommuner.map(({ places: _, ...rest }) => rest);
    expect(minutesOnly(after)).toEqual(minutesOnly(before));
    expect(after.kommuner[kommunIndex("2062")]!.places).toBe(
      before.kommuner[kommunIndex("2062")]!.places + 1,
    );
  });
});
