// The planner's choices: area level, kind, indicator, time, what the map shows, outlines.
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
  const t = useTransitMessages();
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
  return (
    <fieldset className="planner__controls" data-testid="planner-controls">
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
        value={choices.kind === "spontaneous" ? choices.time : "2021"}
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
          label={t.map.indicator}
          // Transit figures are per kommun: at another level the map shows the car's.
          value={choices.level === "kommun" ? (transit.indicator ?? "off") : "off"}
          onChange={chooseTransit}
          options={[
            { value: "off" as const, label: t.map.off },
            ...TRANSIT_INDICATORS.map((i) => ({ value: i, label: t.map.indicators[i] })),
          ]}
          testId="planner-transit-indicator"
        />
      )}
      <div className="planner__outlines" role="group" aria-label={p.controls.outlines}>
        <span aria-hidden="true">{p.controls.outlines}</span>
        <label>
          <input
            type="checkbox"
            checked={choices.outlines.glesbygd}
            onChange={(e) => choose("outlines", { ...choices.outlines, glesbygd: e.target.checked })}
            data-testid="planner-outline-glesbygd"
          />
          {p.controls.outlineGlesbygd}
        </label>
        <label>
          <input
            type="checkbox"
            checked={choices.outlines.landsbygd}
            onChange={(e) => choose("outlines", { ...choices.outlines, landsbygd: e.target.checked })}
            data-testid="planner-outline-landsbygd"
          />
          {p.controls.outlineLandsbygd}
        </label>
      </div>
    </fieldset>
  );
}
