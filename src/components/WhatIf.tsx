// The planners' what-if: close places or add new ones at a kommun seat, and see the travel reach change.
// The recomputation runs in the reach worker (useWhatIf); this component only renders and collects edits.
import { useId, useMemo, useRef, useState } from "react";
import type { ReachKey } from "../data/reachScenarios";
import type {
  MeetingKind,
  MeetingPlaceCollection,
  MeetingPlaceProps,
  ReachStats,
  Summary,
} from "../data/schema";
import { useI18n } from "../i18n/I18nProvider";
import { useReachMessages } from "../i18n/reachMessages";
import { changedKommuner, type WhatIfEdit } from "../state/reachTable";
import { useWhatIf } from "../app/useWhatIf";
import { IMPORT_MESSAGES } from "../i18n/importMessages";
import { useImportedEnginePlaces } from "../state/importedPlaces";
import { Choice } from "./Choice";

export interface WhatIfProps {
  summary: Summary;
  places: MeetingPlaceCollection;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
  scenario: Exclude<ReachKey, "provider">;
}

const MAX_CHANGES_SHOWN = 15;

export function WhatIf({ summary, places, placesById, scenario }: WhatIfProps) {
  const r = useReachMessages();
  const w = r.whatIf;
  const { formatNumber, language } = useI18n();
  const id = useId();
  const [edits, setEdits] = useState<WhatIfEdit[]>([]);
  const [closeId, setCloseId] = useState("");
  const [addKod, setAddKod] = useState("");
  // Ids of added places stay unique even after an earlier addition is undone.
  const addedCount = useRef(0);
  const [move, setMove] = useState({ placeId: "", kommunKod: "" });
  const kind: MeetingKind = scenario === "booked" ? "booked" : "spontaneous";
  const imported = useImportedEnginePlaces();
  const importedOfKind = imported.filter((p) => p.kind === kind).length;
  const state = useWhatIf(scenario, edits, places, summary, imported);

  const closable = useMemo(
    () =>
      places.features
        .map((f) => f.properties)
        .filter((p) => p.kind === kind && !edits.some((e) => e.type === "close" && e.placeId === p.id))
        .sort(
          (a, b) => a.kommunNamn.localeCompare(b.kommunNamn, "sv") || a.label.localeCompare(b.label, "sv"),
        ),
    [places, kind, edits],
  );
  const placeOptions = useMemo(
    () => closable.map((p) => ({ value: p.id, label: `${p.kommunNamn}: ${p.label}` })),
    [closable],
  );
  const kommunOptions = useMemo(
    () =>
      [...summary.kommuner]
        .sort((a, b) => a.namn.localeCompare(b.namn, "sv"))
        .map((k) => ({ value: k.kod, label: k.namn })),
    [summary],
  );
  const kommunName = (kod: string) => summary.kommuner.find((k) => k.kod === kod)?.namn ?? kod;
  const changes = useMemo(
    () => (state.status === "ready" ? changedKommuner(summary, scenario, state.reach) : []),
    [state, summary, scenario],
  );

  const placeName = (placeId: string) => {
    const place = placesById.get(placeId);
    return place ? `${place.label} (${kommunName(place.kommunKod)})` : placeId;
  };
  const describeEdit = (edit: WhatIfEdit) =>
    edit.type === "close"
      ? w.closed(placeName(edit.placeId))
      : edit.type === "move"
        ? w.moved(placeName(edit.placeId), kommunName(edit.kommunKod))
        : w.added(kommunName(edit.kommunKod));
  const minutes = (value: number | null) => (value === null ? r.noRoad : r.minutes(formatNumber(value, 1)));
  const percent = (stats: ReachStats, key: "30" | "60") =>
    r.percent(formatNumber(stats.shareWithin[key] * 100, 1));
  const before = summary.sverige.reach[scenario];
  const after = state.status === "ready" ? state.reach.sverige : null;

  return (
    <section className="what-if" aria-labelledby={`${id}-title`} data-testid="what-if">
      <h3 id={`${id}-title`}>{w.title}</h3>
      <p>{w.intro}</p>
      <form
        className="what-if__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (closeId) setEdits((list) => [...list, { type: "close", placeId: closeId }]);
          setCloseId("");
        }}
      >
        <Choice
          label={w.closeLabel}
          value={closeId}
          onChange={setCloseId}
          placeholder={w.choosePlace}
          options={placeOptions}
          testId="what-if-close"
        />
        <button type="submit" disabled={!closeId} data-testid="what-if-close-submit">
          {w.closeButton}
        </button>
      </form>
      <form
        className="what-if__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (move.placeId && move.kommunKod) setEdits((list) => [...list, { type: "move", ...move }]);
          setMove({ placeId: "", kommunKod: "" });
        }}
      >
        <Choice
          label={w.moveLabel}
          value={move.placeId}
          onChange={(placeId) => setMove((m) => ({ ...m, placeId }))}
          placeholder={w.choosePlace}
          options={placeOptions}
          testId="what-if-move"
        />
        <Choice
          label={w.moveToLabel}
          value={move.kommunKod}
          onChange={(kommunKod) => setMove((m) => ({ ...m, kommunKod }))}
          placeholder={w.chooseKommun}
          options={kommunOptions}
          testId="what-if-move-to"
        />
        <button type="submit" disabled={!move.placeId || !move.kommunKod}>
          {w.moveButton}
        </button>
      </form>
      <form
        className="what-if__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (addKod)
            setEdits((list) => [
              ...list,
              { type: "add", id: `ny-${kind}-${addKod}-${++addedCount.current}`, kommunKod: addKod, kind },
            ]);
          setAddKod("");
        }}
      >
        <Choice
          label={w.addLabel}
          value={addKod}
          onChange={setAddKod}
          placeholder={w.chooseKommun}
          options={kommunOptions}
          testId="what-if-add"
        />
        <button type="submit" disabled={!addKod}>
          {w.addButton}
        </button>
        <p className="what-if__note">{w.addNote}</p>
      </form>

      {edits.length > 0 && (
        <>
          <h4>{w.editsTitle}</h4>
          <ul className="what-if__edits">
            {edits.map((edit, index) => (
              <li key={index}>
                {describeEdit(edit)}{" "}
                <button type="button" onClick={() => setEdits((list) => list.filter((_, i) => i !== index))}>
                  {w.remove}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setEdits([])}>
            {w.reset}
          </button>
        </>
      )}

      {importedOfKind > 0 && (
        <p className="what-if__note" data-testid="what-if-imported">
          {IMPORT_MESSAGES[language].whatIfIncluded(importedOfKind)}
        </p>
      )}
      <div aria-live="polite" className="what-if__status" data-testid="what-if-status">
        {state.status === "computing" && <p>{w.computing}</p>}
        {state.status === "idle" && edits.length > 0 && <p>{w.otherKind}</p>}
        {state.status === "error" && <p role="alert">{w.error(state.reason)}</p>}
        {state.status === "ready" && <p>{w.computed(formatNumber(state.ms, 0))}</p>}
      </div>

      {before && after && (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-change`} tabIndex={0}>
          <table className="reach-table" data-testid="what-if-result">
            <caption id={`${id}-change`}>{w.changeTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{r.columns.name}</th>
                <th scope="col">
                  {r.columns.median} – {w.before}
                </th>
                <th scope="col">
                  {r.columns.median} – {w.after}
                </th>
                <th scope="col">
                  {r.columns.within("30")} – {w.before}
                </th>
                <th scope="col">
                  {r.columns.within("30")} – {w.after}
                </th>
              </tr>
            </thead>
            <tbody>
              {[{ kod: "SE", namn: w.sverige, before, after }, ...changes.slice(0, MAX_CHANGES_SHOWN)].map(
                (c) => (
                  <tr key={c.kod}>
                    <th scope="row">{c.namn}</th>
                    <td>{minutes(c.before.medianMin)}</td>
                    <td>{minutes(c.after.medianMin)}</td>
                    <td>{percent(c.before, "30")}</td>
                    <td>{percent(c.after, "30")}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {changes.length === 0 && <p>{w.unchanged}</p>}
        </div>
      )}
    </section>
  );
}
