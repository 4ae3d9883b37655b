// What the planner's choropleth and table show: the indicator of a ReachStats (minutes, share within N
// minutes, places per 10,000 inhabitants), its fixed class breaks and the class of a value. Pure.
// Breaks are fixed per indicator, not data-driven, so a scenario's map is comparable with the baseline's.
import type { ReachStats, WithinKey } from "../../data/schema";

export type PlannerLevel = "kommun" | "fa" | "lan";
export type PlannerKind = "booked" | "spontaneous" | "provider";
/** 2021 situation, or including the servicekontor planned for 2022–2023 (spontaneous only). */
export type PlannerTime = "2021" | "planned";

export const WITHIN: readonly WithinKey[] = ["10", "20", "30", "45", "60"];

export type Indicator =
  | "medianMin"
  | "p90Min"
  | "maxMin"
  | "within10"
  | "within20"
  | "within30"
  | "within45"
  | "within60"
  | "perCapita";

export const INDICATORS: readonly Indicator[] = [
  "medianMin",
  "p90Min",
  "maxMin",
  "within10",
  "within20",
  "within30",
  "within45",
  "within60",
  "perCapita",
];

export type IndicatorUnit = "minutes" | "percent" | "per10k";

export function indicatorUnit(indicator: Indicator): IndicatorUnit {
  if (indicator.startsWith("within")) return "percent";
  return indicator === "perCapita" ? "per10k" : "minutes";
}

export function withinKeyOf(indicator: Indicator): WithinKey | null {
  return indicator.startsWith("within") ? (indicator.slice(6) as WithinKey) : null;
}

/** Higher is better for shares and places per inhabitant; lower is better for minutes. */
export function higherIsBetter(indicator: Indicator): boolean {
  return indicatorUnit(indicator) !== "minutes";
}

/**
 * The indicator's value as displayed (minutes with one decimal, percent with one decimal, places per
 * 10,000 with two), or null when there is none: no road link to any place of the kind (Gotland for a
 * mainland-only kind) or no population.
 */
export function indicatorValue(stats: ReachStats | undefined, indicator: Indicator): number | null {
  if (stats === undefined) return null;
  const within = withinKeyOf(indicator);
  if (within !== null) {
    if (stats.population <= 0 || stats.medianMin === null) return null;
    return Math.round(stats.shareWithin[within] * 1000) / 10;
  }
  if (indicator === "perCapita")
    return stats.population > 0 ? Math.round((stats.places / stats.population) * 1_000_000) / 100 : null;
  return stats[indicator as "medianMin" | "p90Min" | "maxMin"];
}

/**
 * Class breaks: a value v is in bin i when breaks[i-1] <= v < breaks[i]. Six classes each, chosen per
 * indicator so the country's range spreads over the classes (medians are mostly under 15 minutes,
 * maxima reach two hours), and the same for every scenario.
 */
export const BREAKS: Record<Indicator, readonly number[]> = {
  medianMin: [5, 10, 15, 20, 30],
  p90Min: [10, 20, 30, 45, 60],
  maxMin: [30, 45, 60, 90, 120],
  within10: [10, 25, 50, 65, 80],
  within20: [25, 50, 65, 80, 90],
  within30: [50, 75, 90, 95, 99],
  within45: [80, 90, 95, 99, 99.9],
  within60: [90, 95, 98, 99, 99.9],
  // Zero (no place of the kind in the area) falls in the lowest class.
  perCapita: [0.1, 0.25, 0.5, 1, 2],
};

export const CLASS_COUNT = 6;

/** Class 0 is always the best (shortest minutes, highest share), CLASS_COUNT - 1 the worst; -1: no data. */
export function classOf(value: number | null, indicator: Indicator): number {
  if (value === null) return -1;
  const breaks = BREAKS[indicator];
  let index = breaks.findIndex((b) => value < b);
  if (index < 0) index = breaks.length;
  return higherIsBetter(indicator) ? CLASS_COUNT - 1 - index : index;
}

/**
 * Difference breaks (after − before, in the indicator's unit): [no change below, small below, large from].
 * A change smaller than the first (equal after rounding for display) is the middle class.
 */
export const DIFF_BREAKS: Record<IndicatorUnit, readonly [number, number, number]> = {
  minutes: [0.05, 5, 15],
  percent: [0.05, 2, 10],
  per10k: [0.005, 0.5, 1],
};

export const DIFF_CLASS_COUNT = 7;
export const DIFF_NO_CHANGE = 3;

/**
 * Diverging class of a change: 0..2 better (most first), 3 unchanged, 4..6 worse; -1 when either side
 * has no value.
 */
export function diffClassOf(before: number | null, after: number | null, indicator: Indicator): number {
  if (before === null || after === null) return -1;
  const delta = after - before;
  const better = higherIsBetter(indicator) ? delta > 0 : delta < 0;
  const size = Math.abs(delta);
  const [none, small, large] = DIFF_BREAKS[indicatorUnit(indicator)];
  if (size < none) return DIFF_NO_CHANGE;
  const step = size >= large ? 3 : size >= small ? 2 : 1;
  return better ? DIFF_NO_CHANGE - step : DIFF_NO_CHANGE + step;
}
