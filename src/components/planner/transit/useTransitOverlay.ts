// What the planner's map and legend show instead of the car figures when a public-transport indicator
// is chosen: the transit classes of the feed's kommuner (all others in the no-data class) and the legend.
import { useMemo } from "react";
import { useI18n } from "../../../i18n/I18nProvider";
import { usePlannerMessages } from "../../../i18n/plannerMessages";
import { useTransitMessages } from "../../../i18n/transitMessages";
import type { TransitIndicator } from "../../../state/transit/transitFigures";
import type { TransitPlanner } from "../../../state/transit/useTransitPlanner";
import { transitLegend, type LegendItem } from "../legendItems";
import { clockOf } from "./format";

export interface TransitOverlay {
  classes: ReadonlyMap<string, number>;
  /** The feed's kommuner, which the map zooms to. */
  focus: readonly string[];
  title: string;
  indicator: TransitIndicator;
  /** The indicator's name alone, for the PNG export's title. */
  indicatorName: string;
  /** The PNG export's data line: the report, the timetable's credit, day and window. */
  dataLine: (reportDate: string) => string;
  items: LegendItem[];
}

export function useTransitOverlay(transit: TransitPlanner, level: string): TransitOverlay | null {
  const t = useTransitMessages();
  const p = usePlannerMessages();
  const { formatNumber } = useI18n();
  const { classes, indicator, kind, shown } = transit;
  const focus = shown?.kommunKoder ?? null;
  return useMemo(() => {
    // Transit figures exist per kommun only: at another level the car map stays.
    if (classes === null || indicator === null || focus === null || level !== "kommun") return null;
    const name = t.map.indicators[indicator];
    const unit = indicator.startsWith("within") ? p.unit.percent : p.unit.minutes;
    const { feed, options } = shown!;
    return {
      classes,
      focus,
      indicator,
      indicatorName: name,
      dataLine: (reportDate: string) =>
        t.map.pngDataDate(
          reportDate,
          feed.attribution,
          options.serviceDate,
          clockOf(options.window.fromMin),
          clockOf(options.window.toMin),
        ),
      title: `${t.map.legendTitle(name, t.kinds[kind])} (${unit})`,
      items: transitLegend(
        indicator,
        { between: p.legend, noConnection: t.map.noConnection, outside: t.map.outside },
        formatNumber,
      ),
    };
  }, [classes, focus, shown, indicator, level, kind, t, p, formatNumber]);
}
