// Turns one scenario's nearest-place run into ReachStats for every kommun, FA region, län and Sweden.
// Used by the data build (summary.json) and by the what-if worker, on the same decoded inputs.
import type { CellData } from "../data/reachBinary.ts";
import type { NearestPlace, ReachStats, WithinKey } from "../data/schema.ts";
import { WITHIN_MINUTES } from "./assumptions.ts";
import {
  areaStatistics,
  type AreaLevel,
  type AreaStats,
  type NearestResult,
  type ReachEngine,
  type ReachPlace,
} from "./reach.ts";

export interface PlacedPlace extends ReachPlace {
  kommunKod: string;
}

export interface ScenarioReach {
  /** Area codes, index for index with the arrays below. */
  kommunKoder: string[];
  faKoder: string[];
  lanKoder: string[];
  kommuner: ReachStats[];
  faRegioner: ReachStats[];
  lan: ReachStats[];
  sverige: ReachStats;
}

/** Area levels over the cells' kommun index, with the codes of each level in a stable (sorted) order. */
export interface AreaLevels {
  faKoder: string[];
  lanKoder: string[];
  kommun: AreaLevel;
  fa: AreaLevel;
  lan: AreaLevel;
  sverige: AreaLevel;
}

export function areaLevels(data: CellData): AreaLevels {
  const faKoder = [...new Set(data.kommuner.map((k) => k.faKod))].sort();
  const lanKoder = [...new Set(data.kommuner.map((k) => k.lanKod))].sort();
  const faOfKommun = data.kommuner.map((k) => faKoder.indexOf(k.faKod));
  const lanOfKommun = data.kommuner.map((k) => lanKoder.indexOf(k.lanKod));
  const kommunOfCell = data.cells.kommun;
  const n = kommunOfCell.length;
  return {
    faKoder,
    lanKoder,
    kommun: { areaOfCell: kommunOfCell, areaCount: data.kommuner.length },
    fa: {
      areaOfCell: Int32Array.from({ length: n }, (_, i) => faOfKommun[kommunOfCell[i]!]!),
      areaCount: faKoder.length,
    },
    lan: {
      areaOfCell: Int32Array.from({ length: n }, (_, i) => lanOfKommun[kommunOfCell[i]!]!),
      areaCount: lanKoder.length,
    },
    sverige: { areaOfCell: new Int32Array(n), areaCount: 1 },
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const minutesOrNull = (x: number) => (Number.isFinite(x) ? round1(x) : null);

function toStats(stats: AreaStats, area: number, places: number): ReachStats {
  const population = stats.population[area]!;
  const popWithin = {} as Record<WithinKey, number>;
  const shareWithin = {} as Record<WithinKey, number>;
  WITHIN_MINUTES.forEach((minutes, k) => {
    const key = String(minutes) as WithinKey;
    popWithin[key] = Math.round(stats.popWithin[k]![area]!);
    shareWithin[key] = population > 0 ? round4(stats.popWithin[k]![area]! / population) : 0;
  });
  return {
    population: Math.round(population),
    unreachablePopulation: Math.round(stats.unreachablePopulation[area]!),
    places,
    meanMin: minutesOrNull(stats.meanMin[area]!),
    medianMin: minutesOrNull(stats.medianMin[area]!),
    p90Min: minutesOrNull(stats.p90Min[area]!),
    maxMin: minutesOrNull(stats.maxMin[area]!),
    popWithin,
    shareWithin,
  };
}

/** Runs one scenario (a set of places) and aggregates it at every level. */
export function scenarioReach(
  engine: ReachEngine,
  data: CellData,
  levels: AreaLevels,
  places: readonly PlacedPlace[],
): ScenarioReach {
  const { cells, seats } = engine.run(places);
  const stats = areaStatistics(cells.minutes, data.cells.population, [
    levels.kommun,
    levels.fa,
    levels.lan,
    levels.sverige,
  ]) as [AreaStats, AreaStats, AreaStats, AreaStats];
  return summarizeScenario(data, levels, places, seats, stats);
}

/**
 * What summarizeScenario may reuse: the previous result and, per level (kommun, FA, län, Sweden), the
 * areas whose statistics changed since it. An area that did not change, with the same place count (and,
 * for a kommun, the same fromSeat), keeps its previous object: results are never mutated, so successive
 * results may share entries (the worker's postMessage copies them anyway).
 */
export interface PreviousSummary {
  reach: ScenarioReach;
  changed: readonly [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
}

const sameNearest = (a: NearestPlace | null, b: NearestPlace | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.placeId === b.placeId &&
    a.kommunKod === b.kommunKod &&
    a.minutes === b.minutes &&
    a.km === b.km);

/**
 * The ScenarioReach of one run: `seats` is the seats' nearest place (index into `places`), `stats` the
 * area statistics of the kommun, FA, län and Sweden levels. Shared by the full run above and the
 * incremental what-if (geo/incremental/), so both round and count the same way.
 */
export function summarizeScenario(
  data: CellData,
  levels: AreaLevels,
  places: readonly PlacedPlace[],
  seats: NearestResult,
  [kommunStats, faStats, lanStats, sverigeStats]: readonly [AreaStats, AreaStats, AreaStats, AreaStats],
  previous?: PreviousSummary,
): ScenarioReach {
  const kommunIndex = new Map(data.kommuner.map((k, i) => [k.kod, i]));
  const countBy = (keyOf: (kommunIndex: number) => string) => {
    const counts = new Map<string, number>();
    for (const p of places) {
      const i = kommunIndex.get(p.kommunKod);
      if (i === undefined) continue;
      const key = keyOf(i);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const perKommun = countBy((i) => data.kommuner[i]!.kod);
  const perFa = countBy((i) => data.kommuner[i]!.faKod);
  const perLan = countBy((i) => data.kommuner[i]!.lanKod);
  /** The previous entry if it still holds, else a new one. */
  const stats = (
    level: 0 | 1 | 2,
    a: number,
    count: number,
    before: ReachStats | undefined,
    all: AreaStats,
  ) =>
    before && previous!.changed[level][a] === 0 && before.places === count ? before : toStats(all, a, count);

  return {
    kommunKoder: data.kommuner.map((k) => k.kod),
    faKoder: levels.faKoder,
    lanKoder: levels.lanKoder,
    kommuner: data.kommuner.map((k, a) => {
      const placeIndex = seats.place[a]!;
      const fromSeat: NearestPlace | null =
        placeIndex < 0
          ? null
          : {
              placeId: places[placeIndex]!.id,
              kommunKod: places[placeIndex]!.kommunKod,
              minutes: round1(seats.minutes[a]!),
              km: round1(seats.km[a]!),
            };
      const count = perKommun.get(k.kod) ?? 0;
      const before = previous?.reach.kommuner[a];
      if (before && sameNearest(before.fromSeat ?? null, fromSeat)) {
        const kept = stats(0, a, count, before, kommunStats);
        if (kept === before) return before;
        return { ...kept, fromSeat };
      }
      return { ...toStats(kommunStats, a, count), fromSeat };
    }),
    faRegioner: levels.faKoder.map((kod, a) =>
      stats(1, a, perFa.get(kod) ?? 0, previous?.reach.faRegioner[a], faStats),
    ),
    lan: levels.lanKoder.map((kod, a) => stats(2, a, perLan.get(kod) ?? 0, previous?.reach.lan[a], lanStats)),
    sverige:
      previous && previous.changed[3][0] === 0 && previous.reach.sverige.places === places.length
        ? previous.reach.sverige
        : toStats(sverigeStats, 0, places.length),
  };
}
