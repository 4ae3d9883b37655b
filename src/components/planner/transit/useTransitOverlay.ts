// What the planner's map and legend show instead of the car figures when a public-transport indicator
// is chosen: the transit classes of the feed's kommuner (all others in the no-data class) and the legend.
import { useMemo } from "react";
import { useI18n } from "../../../i18n/I18nProvider";
import { usePlannerMessages } from "../../../i18n/plannerMessages";
import { useTransitMessages } from "../../../i18n/transitMessages";
import type { TransitPlanner } from "../../../state/transit/useTransitPlanner";
import { transitLegend, type LegendItem } from "../legendItems";

export interface TransitOverlay {
  classes: ReadonlyMap<string, number>;
  /** The feed's kommuner, which the map zooms to. */
  focus: readonly string[];
  title: string;
  /** The indicator's name alone, for the PNG export's title. */
  indicatorName: string;
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
    return {
      classes,
      focus,
      indicatorName: name,
      title: `${t.map.legendTitle(name, t.kinds[kind])} (${unit})`,
      items: transitLegend(
        indicator,
        { between: p.legend, noConnection: t.map.noConnection, outside: t.map.outside },
        formatNumber,
      ),
    };
  }, [classes, focus, indicator, level, kind, t, p, formatNumber]);
}
