// The scenario panel: every what-if edit without a pointer (add at a searched locality or postnummer,
// choose a place and nudge it 1 km with buttons or arrow keys, close it); then what they change (the
// Sweden figure before/after and the kommuner whose displayed figures changed, first because that is
// what a planner looks for), undo/redo and the list of edits.
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from "react";
import { useSearchIndex } from "../../app/useSearchIndex";
import { inScenario } from "../../data/reachScenarios";
import type { MeetingPlaceProps, Summary } from "../../data/schema";
import { useI18n } from "../../i18n/I18nProvider";
import { usePlannerMessages } from "../../i18n/plannerMessages";
import { searchPlaces } from "../../search/searchIndex";
import type { PlannerEdit } from "../../state/planner/edits";
import { indicatorUnit, indicatorValue } from "../../state/planner/indicators";
import type { PlannerModel } from "../../state/planner/usePlannerModel";
import { Choice } from "../Choice";

const CHANGES_SHOWN = 12;

export interface WhatIfPanelProps {
  ref?: Ref<HTMLElement>;
  id?: string;
  model: PlannerModel;
  summary: Summary;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
  addMode: boolean;
  onAddMode: (on: boolean) => void;
  chosenPlaceId: string;
  onChosenPlace: (placeId: string) => void;
}

export function WhatIfPanel({
  ref,
  id: panelId,
  model,
  placesById,
  addMode,
  onAddMode,
  chosenPlaceId,
  onChosenPlace,
}: WhatIfPanelProps) {
  const p = usePlannerMessages();
  const w = p.whatIf;
  const { formatNumber } = useI18n();
  const id = useId();
  const search = useSearchIndex();
  const [query, setQuery] = useState("");
  const [copied, setCopied] = useState(false);
  const { choices, key, history, dispatch, kommunNames } = model;
  const kind = choices.kind === "spontaneous" ? "spontaneous" : "booked";
  const canEdit = choices.kind !== "provider";

  const placeLabel = (placeId: string) =>
    placeId.startsWith("ny-")
      ? p.map.addedLabel(placeId.slice(3))
      : (placesById.get(placeId)?.label ?? placeId);
  const choosable = useMemo(
    () =>
      model.scenarioPlaces
        .filter((place) => inScenario(key, place))
        .map((place) => ({
          value: place.id,
          label: `${kommunNames.get(place.kommunKod) ?? place.kommunKod}: ${placeLabel(place.id)}`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, "sv")),
    // placeLabel depends on p and placesById only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model.scenarioPlaces, key, kommunNames, placesById, p],
  );
  const chosen = choosable.some((o) => o.value === chosenPlaceId) ? chosenPlaceId : "";
  const hits = useMemo(
    () => (search.status === "ready" && query.trim().length >= 2 ? searchPlaces(search.index, query, 5) : []),
    [search, query],
  );

  const describe = (edit: PlannerEdit) =>
    edit.op === "add"
      ? w.added(p.kinds[edit.kind], kommunNames.get(edit.kommunKod) ?? edit.kommunKod)
      : edit.op === "move"
        ? w.moved(placeLabel(edit.placeId), kommunNames.get(edit.kommunKod) ?? edit.kommunKod)
        : w.closed(placeLabel(edit.placeId));

  const onNudgeKey = (event: KeyboardEvent) => {
    if (!chosen) return;
    const step = { ArrowUp: [0, 1], ArrowDown: [0, -1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[event.key];
    if (!step) return;
    event.preventDefault();
    model.nudge(chosen, step[0]!, step[1]!);
  };

  const indicator = choices.indicator;
  const unit = indicatorUnit(indicator);
  const show = (v: number | null) =>
    v === null
      ? p.table.noRoad
      : unit === "percent"
        ? p.percent(formatNumber(v, 1))
        : unit === "minutes"
          ? p.minutes(formatNumber(v, 1))
          : formatNumber(v, 2);
  const before = indicatorValue(model.baseline.sverige, indicator);
  const after = indicatorValue(model.shown.sverige, indicator);
  const within = indicator.startsWith("within") ? indicator.slice(6) : "30";
  const link = `${window.location.origin}${window.location.pathname}${window.location.search}`;

  return (
    <section
      ref={ref}
      id={panelId}
      className="what-if-panel"
      aria-labelledby={`${id}-title`}
      data-testid="planner-what-if"
    >
      <h3 id={`${id}-title`}>{w.title}</h3>
      <p>{w.intro}</p>
      {/* Two columns when the panel is wide (a desktop): the tools, then what they changed. */}
      <div className="what-if-panel__columns">
        <div className="what-if-panel__tools">
          {!canEdit ? (
            <p>{w.otherKind(p.kinds[choices.kind])}</p>
          ) : (
            <>
              <p className="what-if-panel__kind">{w.kindNote(p.kinds[kind])}</p>
              <div className="what-if-panel__row">
                <button
                  type="button"
                  aria-pressed={addMode}
                  onClick={() => onAddMode(!addMode)}
                  data-testid="planner-add-on-map"
                >
                  {addMode ? w.addOnMapActive : w.addOnMap}
                </button>
              </div>
              <div className="what-if-panel__search">
                <label>
                  {w.addBySearch}
                  <input
                    type="search"
                    value={query}
                    onChange={(e) => setQuery(e.target.value)}
                    data-testid="planner-add-search"
                    autoComplete="off"
                  />
                </label>
                {search.status === "loading" && query !== "" && <p>{w.searchLoading}</p>}
                {search.status === "ready" && query.trim().length >= 2 && hits.length === 0 && (
                  <p>{w.noMatch}</p>
                )}
                {hits.length > 0 && (
                  <ul className="what-if-panel__hits">
                    {hits.map((hit) => (
                      <li key={hit.entry.id}>
                        <button
                          type="button"
                          data-testid="planner-add-hit"
                          onClick={() => {
                            if (
                              model.addPlace(
                                hit.entry.position[0],
                                hit.entry.position[1],
                                hit.entry.kommunKod,
                                kind,
                              )
                            )
                              setQuery("");
                          }}
                        >
                          {w.addAt(`${hit.entry.label} (${hit.entry.detail})`)}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div className="what-if-panel__place">
                <Choice
                  label={w.choosePlace}
                  value={chosen}
                  onChange={onChosenPlace}
                  placeholder={w.noPlace}
                  options={choosable}
                  testId="planner-choose-place"
                />
                <div
                  className="what-if-panel__nudge"
                  role="group"
                  aria-label={w.nudge}
                  onKeyDown={onNudgeKey}
                >
                  <span aria-hidden="true">{w.nudge}:</span>
                  {(
                    [
                      ["north", 0, 1, "↑"],
                      ["south", 0, -1, "↓"],
                      ["west", -1, 0, "←"],
                      ["east", 1, 0, "→"],
                    ] as const
                  ).map(([dir, dx, dy, arrow], i) => (
                    <button
                      key={dir}
                      type="button"
                      disabled={!chosen}
                      onClick={() => model.nudge(chosen, dx, dy)}
                      data-testid={`planner-nudge-${dir}`}
                      data-nudge-focus={i === 0 ? "" : undefined}
                    >
                      <span aria-hidden="true">{arrow} </span>
                      {w[dir]}
                    </button>
                  ))}
                  <button
                    type="button"
                    disabled={!chosen}
                    onClick={() => model.closePlace(chosen)}
                    data-testid="planner-close-chosen"
                  >
                    {w.close}
                  </button>
                </div>
                <p className="what-if-panel__hint">{w.nudgeHint}</p>
              </div>
            </>
          )}
        </div>
        <div className="what-if-panel__results">
          <p className="what-if-panel__sverige" data-testid="planner-sverige">
            {w.sverige(p.indicators[indicator].toLocaleLowerCase(), show(before), show(after))}
          </p>
          {model.scenarioActive && (
            <>
              <h4 id={`${id}-changes`}>{w.changesTitle}</h4>
              {model.changes.length === 0 ? (
                <p>{w.changesNone}</p>
              ) : (
                <div
                  className="planner-table__scroll planner-table__scroll--short"
                  role="region"
                  aria-labelledby={`${id}-changes`}
                  tabIndex={0}
                >
                  <table data-testid="planner-changes">
                    <thead>
                      <tr>
                        <th scope="col">{w.changeColumns.name}</th>
                        <th scope="col">{w.changeColumns.before}</th>
                        <th scope="col">{w.changeColumns.after}</th>
                        <th scope="col">{w.changeColumns.population}</th>
                        <th scope="col">{w.changeColumns.within(within)}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {model.changes.slice(0, CHANGES_SHOWN).map((c) => (
                        <tr key={c.kod} data-kod={c.kod}>
                          <th scope="row">{c.namn}</th>
                          <td className="num">{show(indicatorValue(c.before, indicator))}</td>
                          <td className="num">{show(indicatorValue(c.after, indicator))}</td>
                          <td className="num">{formatNumber(c.population)}</td>
                          <td className="num">
                            {(c.popWithinDelta > 0 ? "+" : "") + formatNumber(c.popWithinDelta)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {model.changes.length > CHANGES_SHOWN && (
                    <p>{w.changesMore(formatNumber(model.changes.length - CHANGES_SHOWN))}</p>
                  )}
                </div>
              )}
            </>
          )}
          <div className="what-if-panel__row">
            <button
              type="button"
              onClick={() => dispatch({ type: "undo" })}
              disabled={history.past.length === 0}
              data-testid="planner-undo"
              aria-keyshortcuts="Control+Z Meta+Z"
            >
              {w.undo}
            </button>
            <button
              type="button"
              onClick={() => dispatch({ type: "redo" })}
              disabled={history.future.length === 0}
              data-testid="planner-redo"
              aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
            >
              {w.redo}
            </button>
            <button
              type="button"
              onClick={() => dispatch({ type: "reset" })}
              disabled={history.present.length === 0}
            >
              {w.reset}
            </button>
          </div>
          <h4>{w.edits}</h4>
          {history.present.length === 0 ? (
            <p>{w.noEdits}</p>
          ) : (
            <ol className="what-if-panel__edits" data-testid="planner-edits">
              {history.present.map((edit, i) => (
                <li key={i}>{describe(edit)}</li>
              ))}
            </ol>
          )}
          {history.present.length > 0 && model.shareable && (
            <div className="what-if-panel__row">
              <button
                type="button"
                onClick={() => {
                  void navigator.clipboard?.writeText(link).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  );
                }}
                data-testid="planner-share"
              >
                {w.share}
              </button>
              <span aria-live="polite">
                {copied ? `${w.copied} ` : ""}
                {w.urlLength(formatNumber(link.length))}
              </span>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
