// The legend's classes as text and colour, for the on-screen legend and the PNG export alike.
import type { PlannerMessages } from "../../i18n/plannerMessages";
import {
  BREAKS,
  CLASS_COUNT,
  DIFF_BREAKS,
  DIFF_NO_CHANGE,
  higherIsBetter,
  indicatorUnit,
  type Indicator,
} from "../../state/planner/indicators";
import { classColour, NO_DATA_COLOUR } from "../../map/planner/plannerPalette";
import {
  NO_CONNECTION_CLASS,
  TRANSIT_BREAKS,
  TRANSIT_CLASS_COUNT,
  transitWithinKey,
  type TransitIndicator,
} from "../../state/transit/transitFigures";

export interface LegendItem {
  cls: number;
  colour: string;
  label: string;
}

type Format = (value: number, digits?: number) => string;

/** Value classes in ascending order of the value, each with its range in the indicator's unit. */
export function valueLegend(indicator: Indicator, p: PlannerMessages, format: Format): LegendItem[] {
  const unit = indicatorUnit(indicator);
  const breaks = BREAKS[indicator];
  const digits = unit === "per10k" ? 2 : 1;
  const f = (v: number) => format(v, digits);
  const items: LegendItem[] = [];
  for (let bin = 0; bin <= breaks.length; bin++) {
    const label =
      bin === 0
        ? p.legend.below(f(breaks[0]!))
        : bin === breaks.length
          ? p.legend.atLeast(f(breaks[bin - 1]!))
          : p.legend.between(f(breaks[bin - 1]!), f(breaks[bin]!));
    const cls = higherIsBetter(indicator) ? CLASS_COUNT - 1 - bin : bin;
    items.push({ cls, colour: classColour(cls, "value"), label });
  }
  return [...items, { cls: -1, colour: NO_DATA_COLOUR, label: p.legend.noData }];
}

/** Difference classes from most better to most worse, signed in the indicator's unit. */
export function differenceLegend(indicator: Indicator, p: PlannerMessages, format: Format): LegendItem[] {
  const unit = indicatorUnit(indicator);
  const [none, small, large] = DIFF_BREAKS[unit];
  const digits = unit === "minutes" ? 1 : unit === "percent" ? 1 : 2;
  // A better change is negative for minutes, positive for shares.
  const sign = higherIsBetter(indicator) ? 1 : -1;
  const signed = (v: number) => (v > 0 ? `+${format(v, digits)}` : `−${format(-v, digits)}`);
  const range = (a: number, b: number) => {
    const [lo, hi] = [a, b].sort((x, y) => x - y) as [number, number];
    return p.legend.signedRange(signed(lo), signed(hi));
  };
  const better = [
    `${p.legend.muchBetter}: ${p.legend.atLeast(signed(sign * large))}`,
    `${p.legend.better}: ${range(sign * small, sign * large)}`,
    `${p.legend.better}: ${range(sign * none, sign * small)}`,
  ];
  const worse = [
    `${p.legend.worse}: ${range(-sign * none, -sign * small)}`,
    `${p.legend.worse}: ${range(-sign * small, -sign * large)}`,
    `${p.legend.muchWorse}: ${p.legend.atLeast(signed(-sign * large))}`,
  ];
  const labels = [...better, p.legend.unchanged, ...worse];
  return [
    ...labels.map((label, cls) => ({ cls, colour: classColour(cls, "difference"), label })),
    { cls: -1, colour: NO_DATA_COLOUR, label: p.legend.noData },
  ].map((item) => (item.cls === DIFF_NO_CHANGE ? { ...item, label: p.legend.unchanged } : item));
}

/** The public-transport map's classes: six value classes, "no connection" and "outside the feed". */
export function transitLegend(
  indicator: TransitIndicator,
  text: { between: PlannerMessages["legend"]; noConnection: string; outside: string },
  format: Format,
): LegendItem[] {
  const breaks = TRANSIT_BREAKS[indicator];
  const f = (v: number) => format(v, 1);
  const items: LegendItem[] = [];
  for (let bin = 0; bin <= breaks.length; bin++) {
    const label =
      bin === 0
        ? text.between.below(f(breaks[0]!))
        : bin === breaks.length
          ? text.between.atLeast(f(breaks[bin - 1]!))
          : text.between.between(f(breaks[bin - 1]!), f(breaks[bin]!));
    const cls = transitWithinKey(indicator) !== null ? TRANSIT_CLASS_COUNT - 1 - bin : bin;
    items.push({ cls, colour: classColour(cls, "value"), label });
  }
  // A share is defined wherever people live; only the minutes have a "no connection" class.
  const noConnection =
    transitWithinKey(indicator) === null
      ? [
          {
            cls: NO_CONNECTION_CLASS,
            colour: classColour(NO_CONNECTION_CLASS, "value"),
            label: text.noConnection,
          },
        ]
      : [];
  return [...items, ...noConnection, { cls: -1, colour: NO_DATA_COLOUR, label: text.outside }];
}
