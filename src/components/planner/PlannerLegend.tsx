// The choropleth's legend: title with unit, one swatch per class (text, never colour alone), the
// no-data class, the place symbols, and the glesbygd/landsbygd outlines, switched on and off right next
// to their symbols (as the map view's legend switches its layers).
import { useId } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { usePlannerMessages } from "../../i18n/plannerMessages";
import { indicatorUnit } from "../../state/planner/indicators";
import type { PlannerModel } from "../../state/planner/usePlannerModel";
import { differenceLegend, valueLegend } from "./legendItems";
import type { TransitOverlay } from "./transit/useTransitOverlay";

/** `overlay`: a public-transport indicator replaces the car figures on the map. */
export function usePlannerLegend(model: PlannerModel, overlay: TransitOverlay | null = null) {
  const p = usePlannerMessages();
  const { formatNumber } = useI18n();
  const { indicator, kind, outlines } = model.choices;
  const indicatorName = p.indicators[indicator];
  const difference = model.mapMode === "difference" && model.comparison !== null;
  const title = difference
    ? p.legend.differenceTitle(
        indicatorName,
        model.comparison!.against === "planned" ? p.legend.againstPlanned : p.legend.againstBaseline,
      )
    : p.legend.title(indicatorName, p.kinds[kind]);
  const unit = p.unit[indicatorUnit(indicator)];
  const items = difference
    ? differenceLegend(indicator, p, formatNumber)
    : valueLegend(indicator, p, formatNumber);
  const notes = [
    ...(outlines.glesbygd ? [p.legend.glesbygd] : []),
    ...(outlines.landsbygd ? [p.legend.landsbygd] : []),
  ];
  if (overlay) return { title: overlay.title, items: overlay.items, notes };
  return { title: `${title} (${unit})`, items, notes };
}

export function PlannerLegend({
  model,
  overlay = null,
}: {
  model: PlannerModel;
  overlay?: TransitOverlay | null;
}) {
  const p = usePlannerMessages();
  const legend = usePlannerLegend(model, overlay);
  const id = useId();
  const { choose } = model;
  const { outlines } = model.choices;
  return (
    <div className="planner-legend" data-testid="planner-legend" data-layer={overlay ? "transit" : "car"}>
      <p className="planner-legend__title">{legend.title}</p>
      <ul className="planner-legend__classes">
        {legend.items.map((item) => (
          <li key={item.cls} data-cls={item.cls}>
            <span className="planner-legend__swatch" style={{ background: item.colour }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
      <ul className="planner-legend__symbols">
        <li>
          <span className="planner-legend__dot" aria-hidden="true" />
          {p.legend.places}
        </li>
        <li>
          <span className="planner-legend__dot planner-legend__dot--added" aria-hidden="true" />
          {p.legend.addedPlace}
        </li>
      </ul>
      <div className="planner-legend__outlines" role="group" aria-labelledby={`${id}-outlines`}>
        <span id={`${id}-outlines`}>{p.controls.outlines}</span>
        <label>
          <input
            type="checkbox"
            checked={outlines.glesbygd}
            onChange={(e) => choose("outlines", { ...outlines, glesbygd: e.target.checked })}
            data-testid="planner-outline-glesbygd"
          />
          <span className="planner-legend__line planner-legend__line--dashed" aria-hidden="true" />
          {p.controls.outlineGlesbygd}
        </label>
        <label>
          <input
            type="checkbox"
            checked={outlines.landsbygd}
            onChange={(e) => choose("outlines", { ...outlines, landsbygd: e.target.checked })}
            data-testid="planner-outline-landsbygd"
          />
          <span className="planner-legend__line planner-legend__line--dotted" aria-hidden="true" />
          {p.controls.outlineLandsbygd}
        </label>
      </div>
    </div>
  );
}
