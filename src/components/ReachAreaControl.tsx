// "Område inom restid": asks the reach worker for the area within N minutes of the selected place or of
// every place of a kind, and hands it to the map. The status line says in words what the map shows.
import { useId, useMemo, useState } from "react";
import { inScenario, placedPlaces, type ReachKey } from "../data/reachScenarios";
import type { MeetingPlaceCollection, MeetingPlaceProps } from "../data/schema";
import { useReachMessages } from "../i18n/reachMessages";
import { NO_REACH_AREA, type ReachAreaCollection } from "../map/layers";
import { useReachAreaRequest } from "../state/useReachArea";
import { Choice } from "./Choice";
import "./reach.css";

export interface ReachAreaControlProps {
  places: MeetingPlaceCollection;
  selected: MeetingPlaceProps | null;
  onArea: (area: ReachAreaCollection) => void;
}

type Source = "selected" | Exclude<ReachKey, "provider" | "spontaneousIncludingPlanned">;
const MINUTES = [10, 20, 30, 45, 60] as const;

export function ReachAreaControl({ places, selected, onArea }: ReachAreaControlProps) {
  const r = useReachMessages();
  const a = r.area;
  const id = useId();
  const enginePlaces = useMemo(() => placedPlaces(places), [places]);
  const requestArea = useReachAreaRequest();
  const [source, setSource] = useState<Source>("booked");
  const [minutes, setMinutes] = useState<number>(30);
  const [status, setStatus] = useState<{
    kind: "idle" | "computing" | "shown" | "none" | "error";
    text: string;
  }>({
    kind: "idle",
    text: "",
  });
  const effectiveSource: Source = source === "selected" && selected === null ? "booked" : source;

  const show = async () => {
    const chosen =
      effectiveSource === "selected"
        ? enginePlaces.filter((p) => p.id === selected?.id)
        : enginePlaces.filter((p) => inScenario(effectiveSource, p));
    const label = effectiveSource === "selected" ? (selected?.label ?? "") : r.scenarios[effectiveSource];
    setStatus({ kind: "computing", text: a.computing });
    try {
      const area = await requestArea(chosen, minutes);
      if (!area) {
        onArea(NO_REACH_AREA);
        setStatus({ kind: "none", text: a.none });
        return;
      }
      onArea({ type: "FeatureCollection", features: [area] });
      setStatus({ kind: "shown", text: a.shown(label, minutes) });
    } catch (error) {
      setStatus({ kind: "error", text: a.error((error as Error).message) });
    }
  };

  return (
    <section className="panel reach-area" aria-labelledby={`${id}-title`} data-testid="reach-area">
      <h2 id={`${id}-title`}>{a.label}</h2>
      <div className="reach-panel__controls">
        <Choice
          label={a.fromLabel}
          value={effectiveSource}
          onChange={setSource}
          options={[
            {
              value: "selected",
              label: selected ? a.fromSelected(selected.label) : a.noSelection,
              disabled: selected === null,
            },
            { value: "booked", label: r.scenarios.booked },
            { value: "spontaneous", label: r.scenarios.spontaneous },
          ]}
        />
        <Choice
          label={a.minutesLabel}
          value={String(minutes)}
          onChange={(value) => setMinutes(Number(value))}
          options={MINUTES.map((m) => ({ value: String(m), label: String(m) }))}
        />
      </div>
      <div className="reach-area__buttons">
        <button type="button" onClick={() => void show()} disabled={status.kind === "computing"}>
          {a.show}
        </button>
        {status.kind === "shown" && (
          <button
            type="button"
            onClick={() => {
              onArea(NO_REACH_AREA);
              setStatus({ kind: "idle", text: "" });
            }}
          >
            {a.hide}
          </button>
        )}
      </div>
      <p aria-live="polite" data-testid="reach-area-status">
        {status.text}
      </p>
      <p className="reach-panel__note">{r.estimateNote}</p>
    </section>
  );
}
