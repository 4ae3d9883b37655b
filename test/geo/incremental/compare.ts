// Shared by the incremental what-if tests: the full computation (today's code path, from scratch) and an
// exact comparison of the incremental state with it, naming the first differing value.
import { isDeepStrictEqual } from "node:util";
import { multiSourceDijkstra } from "../../../src/geo/dijkstra.ts";
import type { IncrementalScenario } from "../../../src/geo/incremental/incrementalScenario.ts";
import {
  areaStatistics,
  nearestPlaces,
  placeSources,
  type AreaStats,
  type NearestResult,
  type ReachEngine,
} from "../../../src/geo/reach.ts";
import { scenarioReach, type AreaLevels, type PlacedPlace } from "../../../src/geo/reachSummary.ts";
import type { CellData } from "../../../src/data/reachBinary.ts";

export interface World {
  engine: ReachEngine;
  data: CellData;
  levels: AreaLevels;
}

type Numbers = ArrayLike<number>;

/** The first index where two arrays differ (Object.is: NaN equals NaN, 0 and -0 differ), or -1. */
function firstDifference(a: Numbers, b: Numbers): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

function differences(prefix: string, actual: Record<string, Numbers>, expected: Record<string, Numbers>) {
  const out: string[] = [];
  for (const name of Object.keys(expected)) {
    const i = firstDifference(actual[name]!, expected[name]!);
    if (i >= 0) out.push(`${prefix}.${name}[${i}]: ${actual[name]![i]} ≠ ${expected[name]![i]}`);
  }
  return out;
}

const nearestFields = (r: NearestResult) => ({ minutes: r.minutes, km: r.km, place: r.place });
const statsFields = (s: AreaStats) => ({
  population: s.population,
  unreachablePopulation: s.unreachablePopulation,
  meanMin: s.meanMin,
  medianMin: s.medianMin,
  p90Min: s.p90Min,
  maxMin: s.maxMin,
  ...Object.fromEntries(s.popWithin.map((w, k) => [`popWithin${k}`, w])),
});

/**
 * Every difference between the incremental state and a full run for `places`: node minutes, km and
 * labels; every cell's and seat's nearest place, minutes and km; every statistic of every area of every
 * level (unrounded); and the ScenarioReach the worker returns. Empty when they are equal.
 */
export function compareWithFull(
  world: World,
  state: IncrementalScenario,
  places: readonly PlacedPlace[],
  reach: ReturnType<IncrementalScenario["update"]>,
): string[] {
  const { engine, data, levels } = world;
  const paths = multiSourceDijkstra(engine.network.graph, placeSources(engine.network, places));
  const cells = nearestPlaces(data.cells, engine.cellGrid, paths, places);
  const seats = nearestPlaces(data.seats, engine.seatGrid, paths, places);
  const stats = areaStatistics(cells.minutes, data.cells.population, [
    levels.kommun,
    levels.fa,
    levels.lan,
    levels.sverige,
  ]);
  const snapshot = state.snapshot();
  const out = [
    ...differences("nodes", snapshot.nodes, { minutes: paths.minutes, km: paths.km, label: paths.label }),
    ...differences("cells", nearestFields(snapshot.cells), nearestFields(cells)),
    ...differences("seats", nearestFields(snapshot.seats), nearestFields(seats)),
    ...stats.flatMap((s, level) =>
      differences(`level${level}`, statsFields(snapshot.stats[level]!), statsFields(s)),
    ),
  ];
  if (!isDeepStrictEqual(reach, scenarioReach(engine, data, levels, places)))
    out.push("ScenarioReach differs from scenarioReach");
  return out;
}
