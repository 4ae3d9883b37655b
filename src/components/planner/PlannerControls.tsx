// The planner's choices: area level, kind, indicator, time, what the map shows (the outlines are switched
// in the legend, next to their symbols). One compact row
// on a desktop; on a phone folded behind one button that names the current choices, so the map comes
// first on the screen.
import { useId, useState } from "react";
import type { Summary } from "../../data/schema";
import { usePlannerMessages } from "../../i18n/plannerMessages";
import {
  INDICATORS,
  type PlannerKind,
  type PlannerLevel,
  type PlannerTime,
} from "../../state/planner/indicators";
import type { PlannerModel } from "../../state/planner/usePlannerModel";
import { useTransitMessages } from "../../i18n/transitMessages";
import { TRANSIT_INDICATORS, type TransitIndicator } from "../../state/transit/transitFigures";
import type { TransitPlanner } from "../../state/transit/useTransitPlanner";
import { Choice } from "../Choice";

const LEVELS: PlannerLevel[] = ["kommun", "fa", "lan"];
const TIMES: PlannerTime[] = ["2021", "planned"];

export function PlannerControls({
  model,
  summary,
  transit,
}: {
  model: PlannerModel;
  summary: Summary;
  transit: TransitPlanner;
}) {
  const p = usePlannerMessages();
  const tm = useTransitMessages();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { choices, choose } = model;
  // Public transport on the map: per kommun, for the feed's kommuner (the others have no data).
  const chooseTransit = (value: TransitIndicator | "off") => {
    transit.setIndicator(value === "off" ? null : value);
    if (value !== "off") choose("level", "kommun");
  };
  // Provider appears once the data has provider points (Bilaga 3 has none).
  const kinds: PlannerKind[] = summary.sverige.reach.provider
    ? ["booked", "spontaneous", "provider"]
    : ["booked", "spontaneous"];
  const time = choices.kind === "spontaneous" ? choices.time : "2021";
  const showing = [
    p.levels[choices.level],
    p.kinds[choices.kind],
    p.indicators[choices.indicator],
    ...(time === "planned" ? [p.times.planned] : []),
    ...(model.mapMode === "difference" ? [p.mapModes.difference] : []),
    ...(transit.indicator !== null && choices.level === "kommun"
      ? [tm.map.indicators[transit.indicator]]
      : []),
  ].join(" · ");
  return (
    <div className="planner__controls" data-open={open ? "true" : "false"} data-testid="planner-controls">
      <button
        type="button"
        className="planner__controls-toggle"
        aria-expanded={open}
        aria-controls={`${id}-fields`}
        onClick={() => setOpen(!open)}
        data-testid="planner-controls-toggle"
      >
        <span className="planner__controls-showing">{p.controls.showing}:</span> {showing}
      </button>
      <fieldset className="planner__controls-fields" id={`${id}-fields`}>
        <legend className="visually-hidden">{p.controls.label}</legend>
        <Choice
          label={p.controls.level}
          value={choices.level}
          onChange={(v) => choose("level", v)}
          options={LEVELS.map((l) => ({ value: l, label: p.levels[l] }))}
          testId="planner-level"
        />
        <Choice
          label={p.controls.kind}
          value={choices.kind}
          onChange={(v) => choose("kind", v)}
          options={kinds.map((k) => ({ value: k, label: p.kinds[k] }))}
          testId="planner-kind"
        />
        <Choice
          label={p.controls.indicator}
          value={choices.indicator}
          onChange={(v) => choose("indicator", v)}
          options={INDICATORS.map((i) => ({ value: i, label: p.indicators[i] }))}
          testId="planner-indicator"
        />
        <Choice
          label={p.controls.time}
          value={time}
          onChange={(v) => choose("time", v)}
          options={TIMES.map((t) => ({
            value: t,
            label: p.times[t],
            disabled: t === "planned" && choices.kind !== "spontaneous",
          }))}
          testId="planner-time"
        />
        <Choice
          label={p.controls.mapMode}
          value={model.mapMode}
          onChange={(v) => choose("mapMode", v)}
          options={[
            { value: "value", label: p.mapModes.value },
            { value: "difference", label: p.mapModes.difference, disabled: model.comparison === null },
          ]}
          testId="planner-map-mode"
        />
        {transit.shown !== null && (
          <Choice
            label={tm.map.indicator}
            // Transit figures are per kommun: at another level the map shows the car's.
            value={choices.level === "kommun" ? (transit.indicator ?? "off") : "off"}
            onChange={chooseTransit}
            options={[
              { value: "off" as const, label: tm.map.off },
              ...TRANSIT_INDICATORS.map((i) => ({ value: i, label: tm.map.indicators[i] })),
            ]}
            testId="planner-transit-indicator"
          />
        )}
      </fieldset>
    </div>
  );
}
