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

/** Class breaks: a value v is in class i when breaks[i-1] <= v < breaks[i]. Six classes each. */
export const BREAKS: Record<IndicatorUnit, readonly number[]> = {
  minutes: [10, 20, 30, 45, 60],
  percent: [50, 75, 90, 95, 99],
  per10k: [0.25, 0.5, 1, 2, 4],
};

export const CLASS_COUNT = 6;

/** Class 0 is always the best (shortest minutes, highest share), CLASS_COUNT - 1 the worst; -1: no data. */
export function classOf(value: number | null, indicator: Indicator): number {
  if (value === null) return -1;
  const breaks = BREAKS[indicatorUnit(indicator)];
  let index = breaks.findIndex((b) => value < b);
  if (index < 0) index = breaks.length;
  return higherIsBetter(indicator) ? CLASS_COUNT - 1 - index : index;
}

/**
 * Difference breaks (after − before, in the indicator's unit), symmetric around zero. A change smaller
 * than the first break (i.e. equal after rounding for display) is the middle class.
 */
export const DIFF_BREAKS: Record<IndicatorUnit, readonly number[]> = {
  minutes: [0.05, 2, 5, 10],
  percent: [0.05, 1, 5, 10],
  per10k: [0.005, 0.25, 0.5, 1],
};

export const DIFF_CLASS_COUNT = 7;

/**
 * Diverging class of a change: 0..2 better (most first), 3 unchanged, 4..6 worse; -1 when either side
 * has no value.
 */
export function diffClassOf(before: number | null, after: number | null, indicator: Indicator): number {
  if (before === null || after === null) return -1;
  const delta = after - before;
  const better = higherIsBetter(indicator) ? delta > 0 : delta < 0;
  const size = Math.abs(delta);
  const breaks = DIFF_BREAKS[indicatorUnit(indicator)];
  if (size < breaks[0]!) return 3;
  const step = size >= breaks[3]! ? 3 : size >= breaks[2]! ? 2 : 1;
  return better ? 3 - step : 3 + step;
}
