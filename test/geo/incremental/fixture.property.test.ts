// Property: on the fixture region, for random sequences of moves, additions and closures (single and
// batched), the incremental what-if state equals a full recompute exactly after every step: every node,
// cell and seat, every unrounded statistic of every area and level, and the ScenarioReach.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IncrementalScenario } from "../../../src/geo/incremental/incrementalScenario.ts";
import type { PlacedPlace } from "../../../src/geo/reachSummary.ts";
import { compareWithFull } from "./compare.ts";
import { applyStep, stepArbitrary, type Box } from "./edits.ts";
import { fixtureWorld } from "./worlds.ts";

const world = fixtureWorld();
// The region and a margin, so places also land beyond its roads and on the island.
const BOX: Box = { west: 13.9, south: 59.95, east: 16.0, north: 60.45 };
const graph = world.engine.network.graph;
const ANCHORS = [
  ...Array.from(graph.nodeLon, (lon, i) => ({ lon, lat: graph.nodeLat[i]! })),
  ...Array.from(world.data.cells.lon, (lon, i) => ({ lon, lat: world.data.cells.lat[i]! })),
];

describe("incremental what-if on the fixture region (property)", () => {
  // Fails if any edit leaves a node, cell, seat or statistic different from a full run, at any step.
  it("equals a full recompute after every step of random edit sequences", () => {
    let modes = { full: 0, incremental: 0 };
    fc.assert(
      fc.property(
        fc.subarray(world.places, { minLength: 0 }),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 25 }),
        (initial, steps) => {
          const state = new IncrementalScenario(world.engine.network, world.data, world.levels);
          let places: PlacedPlace[] = initial;
          let id = 0;
          state.update(places);
          for (const step of steps) {
            places = applyStep(places, step, BOX, () => `new-${id++}`, ANCHORS);
            const reach = state.update(places);
            modes[state.lastMode]++;
            const diffs = compareWithFull(world, state, places, reach);
            if (diffs.length > 0) throw new Error(`${state.lastMode} step: ${diffs.slice(0, 5).join("; ")}`);
          }
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
    // The property is about the incremental path: most steps must have taken it.
    expect(modes.incremental).toBeGreaterThan(modes.full);
    modes = { full: 0, incremental: 0 };
  });
});
