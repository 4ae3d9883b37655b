// The planner's figures: per area level the ReachStats shown (from summary.json, or a what-if run), the
// table rows with their filters and sort, the kommuner whose displayed figures a scenario changed, and
// the two claims the view checks (footnote 48, the planned servicekontor). Pure; memoised by the caller.
import type { ReachKey } from "../../data/reachScenarios";
import type { NearestPlace, ReachStats, Summary } from "../../data/schema";
import type { ScenarioReach } from "../../geo/reachSummary";
import {
  INDICATORS,
  indicatorValue,
  type Indicator,
  type PlannerKind,
  type PlannerLevel,
  type PlannerTime,
} from "./indicators";

/** ReachStats per area code at each level, and for Sweden. */
export interface AreaFigures {
  kommun: ReadonlyMap<string, ReachStats>;
  fa: ReadonlyMap<string, ReachStats>;
  lan: ReadonlyMap<string, ReachStats>;
  sverige: ReachStats | undefined;
}

export function reachKeyOf(kind: PlannerKind, time: PlannerTime): ReachKey {
  if (kind === "spontaneous") return time === "planned" ? "spontaneousIncludingPlanned" : "spontaneous";
  return kind;
}

export function figuresFromSummary(summary: Summary, key: ReachKey): AreaFigures {
  const pick = (list: readonly { kod: string; reach: Summary["sverige"]["reach"] }[]) =>
    new Map(list.flatMap((a) => (a.reach[key] ? [[a.kod, a.reach[key]] as const] : [])));
  return {
    kommun: pick(summary.kommuner),
    fa: pick(summary.faRegioner),
    lan: pick(summary.lan),
    sverige: summary.sverige.reach[key],
  };
}

export function figuresFromScenario(reach: ScenarioReach): AreaFigures {
  const zip = (koder: string[], stats: ReachStats[]) => new Map(koder.map((kod, i) => [kod, stats[i]!]));
  return {
    kommun: zip(reach.kommunKoder, reach.kommuner),
    fa: zip(reach.faKoder, reach.faRegioner),
    lan: zip(reach.lanKoder, reach.lan),
    sverige: reach.sverige,
  };
}

export interface PlannerRow {
  kod: string;
  namn: string;
  /** SCB population (kommuner: 2024; regions: the sum of their kommuner). */
  befolkning: number;
  glesbygd: boolean;
  landsbygd: boolean;
  /**
   * Places of each kind in the area. The shown kind follows the scenario (and, for spontaneous, the time
   * switch); the other kinds are the published counts. spontaneousPlanned: servicekontor planned 2022–2023.
   */
  booked: number;
  spontaneous: number;
  spontaneousPlanned: number;
  /** Own booked presence in the published data (kommuner only; regions: true). */
  hasOwnBooked: boolean;
  stats: ReachStats | undefined;
  /** Kommuner only: the nearest place from the GeoNames seat. */
  fromSeat: NearestPlace | null;
  seatName: string | null;
}

export type RowFilter = "all" | "withoutBooked" | "glesbygd" | "landsbygd" | "changed";

export function plannerRows(
  summary: Summary,
  level: PlannerLevel,
  figures: AreaFigures,
  kind: PlannerKind,
): PlannerRow[] {
  // The current kind's count follows the scenario; the other kinds are the published counts.
  const count = (reach: Summary["sverige"]["reach"], stats: ReachStats | undefined, k: PlannerKind) =>
    k === kind && stats ? stats.places : (reach[k]?.places ?? 0);
  if (level === "kommun")
    return summary.kommuner.map((k) => {
      const stats = figures.kommun.get(k.kod);
      return {
        kod: k.kod,
        namn: k.namn,
        befolkning: k.befolkning,
        glesbygd: k.glesbygd,
        landsbygd: k.landsbygd,
        booked: count(k.reach, stats, "booked"),
        spontaneous: count(k.reach, stats, "spontaneous"),
        spontaneousPlanned:
          (k.reach.spontaneousIncludingPlanned?.places ?? 0) - (k.reach.spontaneous?.places ?? 0),
        hasOwnBooked: k.presence.booked,
        stats,
        fromSeat: stats?.fromSeat ?? null,
        seatName: k.seat.name,
      };
    });
  const regions = level === "fa" ? summary.faRegioner : summary.lan;
  const map = level === "fa" ? figures.fa : figures.lan;
  return regions.map((r) => {
    const stats = map.get(r.kod);
    return {
      kod: r.kod,
      namn: r.namn,
      befolkning: r.befolkning,
      glesbygd: false,
      landsbygd: false,
      booked: count(r.reach, stats, "booked"),
      spontaneous: count(r.reach, stats, "spontaneous"),
      spontaneousPlanned:
        (r.reach.spontaneousIncludingPlanned?.places ?? 0) - (r.reach.spontaneous?.places ?? 0),
      hasOwnBooked: true,
      stats,
      fromSeat: null,
      seatName: null,
    };
  });
}

export type SortKey = "namn" | "befolkning" | "booked" | "spontaneous" | "fromSeat" | Indicator;
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

function sortValue(row: PlannerRow, key: SortKey): number | string | null {
  switch (key) {
    case "namn":
      return row.namn;
    case "befolkning":
      return row.befolkning;
    case "booked":
      return row.booked;
    case "spontaneous":
      return row.spontaneous;
    case "fromSeat":
      return row.fromSeat?.minutes ?? null;
    default:
      return indicatorValue(row.stats, key);
  }
}

const collator = new Intl.Collator("sv");

/** Sorted copy; rows without a value (no road link) sort last in either direction, ties by name. */
export function sortPlannerRows(rows: readonly PlannerRow[], order: SortOrder): PlannerRow[] {
  return [...rows].sort((a, b) => {
    const va = sortValue(a, order.key);
    const vb = sortValue(b, order.key);
    if (va === null || vb === null)
      return va === vb ? collator.compare(a.namn, b.namn) : va === null ? 1 : -1;
    const byValue = typeof va === "string" ? collator.compare(va, vb as string) : va - (vb as number);
    return (order.descending ? -byValue : byValue) || collator.compare(a.namn, b.namn);
  });
}

export function filterPlannerRows(
  rows: readonly PlannerRow[],
  filter: RowFilter,
  text: string,
  changedKoder: ReadonlySet<string>,
): PlannerRow[] {
  const needle = text.trim().toLocaleLowerCase("sv");
  return rows.filter((row) => {
    if (filter === "withoutBooked" && row.hasOwnBooked) return false;
    if (filter === "glesbygd" && !row.glesbygd) return false;
    if (filter === "landsbygd" && !row.landsbygd) return false;
    if (filter === "changed" && !changedKoder.has(row.kod)) return false;
    return needle === "" || row.namn.toLocaleLowerCase("sv").includes(needle);
  });
}

export interface AreaChange {
  kod: string;
  namn: string;
  /** Census 2021 population of the area (the people whose figures these are). */
  population: number;
  before: ReachStats;
  after: ReachStats;
  /** Change of the chosen indicator (after − before), null when either has none. */
  delta: number | null;
  /** People newly within (positive) or no longer within (negative) N minutes, N of the chosen share (else 30). */
  popWithinDelta: number;
}

/**
 * Areas whose displayed figures differ (every indicator as rounded for display, and the place count):
 * a change below display precision is no change. Largest change of the chosen indicator first.
 */
export function changedAreas(
  names: ReadonlyMap<string, string>,
  before: ReadonlyMap<string, ReachStats>,
  after: ReadonlyMap<string, ReachStats>,
  indicator: Indicator,
): AreaChange[] {
  const within = indicator.startsWith("within") ? (indicator.slice(6) as "10") : "30";
  const changes: AreaChange[] = [];
  for (const [kod, b] of before) {
    const a = after.get(kod);
    if (!a) continue;
    // The table shows minutes from the seat in whole minutes.
    const seatMinutes = (s: ReachStats) => (s.fromSeat ? Math.round(s.fromSeat.minutes) : null);
    const differs =
      b.places !== a.places ||
      seatMinutes(b) !== seatMinutes(a) ||
      INDICATORS.some((i) => indicatorValue(b, i) !== indicatorValue(a, i));
    if (!differs) continue;
    const vb = indicatorValue(b, indicator);
    const va = indicatorValue(a, indicator);
    changes.push({
      kod,
      namn: names.get(kod) ?? kod,
      population: a.population,
      before: b,
      after: a,
      delta: vb === null || va === null ? null : Math.round((va - vb) * 100) / 100,
      popWithinDelta: a.popWithin[within] - b.popWithin[within],
    });
  }
  const size = (c: AreaChange) => (c.delta === null ? Infinity : Math.abs(c.delta));
  return changes.sort(
    (x, y) =>
      size(y) - size(x) ||
      Math.abs(y.popWithinDelta) - Math.abs(x.popWithinDelta) ||
      collator.compare(x.namn, y.namn),
  );
}

/** Footnote 48: kommuner without own booked presence reach one "in under an hour, usually under 20 minutes". */
export interface Footnote48Check {
  kommuner: number;
  within20: number;
  within60: number;
  worst: { namn: string; minutes: number } | null;
  /** "Under an hour": every seat within 60 minutes. */
  underAnHour: boolean;
  /** "Usually under 20": more than half of the seats within 20 minutes. */
  usuallyUnder20: boolean;
}

export function footnote48Check(
  summary: Summary,
  bookedFigures: ReadonlyMap<string, ReachStats>,
): Footnote48Check {
  const without = summary.kommuner.filter((k) => !k.presence.booked);
  let within20 = 0;
  let within60 = 0;
  let worst: Footnote48Check["worst"] = null;
  for (const k of without) {
    const minutes = bookedFigures.get(k.kod)?.fromSeat?.minutes;
    if (minutes === undefined) continue;
    if (minutes <= 20) within20++;
    if (minutes <= 60) within60++;
    if (worst === null || minutes > worst.minutes) worst = { namn: k.namn, minutes };
  }
  return {
    kommuner: without.length,
    within20,
    within60,
    worst,
    underAnHour: within60 === without.length,
    usuallyUnder20: within20 * 2 > without.length,
  };
}

/** What the servicekontor planned for 2022–2023 change (spontaneous visits). */
export interface PlannedChange {
  planned: number;
  kommunerGained: string[];
  within20: { before: number; after: number };
  within60: { before: number; after: number };
  population: number;
}

export function plannedChange(summary: Summary): PlannedChange {
  const before = summary.sverige.reach.spontaneous;
  const after = summary.sverige.reach.spontaneousIncludingPlanned;
  return {
    planned: summary.counts.servicekontor.planned,
    kommunerGained: summary.kommuner
      .filter((k) => k.presence.spontaneousPlanned && !k.presence.spontaneous)
      .map((k) => k.namn)
      .sort(collator.compare),
    within20: { before: before?.popWithin["20"] ?? 0, after: after?.popWithin["20"] ?? 0 },
    within60: { before: before?.popWithin["60"] ?? 0, after: after?.popWithin["60"] ?? 0 },
    population: after?.population ?? 0,
  };
}
