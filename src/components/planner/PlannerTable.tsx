// The planner's table: every area of the level as a row (never virtualised), sortable by any column
// with the header buttons (keyboard too), filterable, with the footnote 48 check for the kommuner
// without their own booked presence. It is also the map's text alternative.
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import { inScenario } from "../../data/reachScenarios";
import type { MeetingPlaceProps } from "../../data/schema";
import { useI18n } from "../../i18n/I18nProvider";
import { usePlannerMessages } from "../../i18n/plannerMessages";
import type { RowFilter, SortKey } from "../../state/planner/figures";
import { indicatorValue, indicatorUnit, type Indicator } from "../../state/planner/indicators";
import type { PlannerModel } from "../../state/planner/usePlannerModel";
import { Choice } from "../Choice";

const FILTERS: RowFilter[] = ["all", "withoutBooked", "glesbygd", "landsbygd", "changed"];

export interface PlannerTableProps {
  model: PlannerModel;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
  selectedKod: string | null;
  scrollToSelected: boolean;
  onSelect: (kod: string) => void;
  caption: string;
  /** Shown at the end of the filter row (the downloads). */
  tools?: ReactNode;
  /** Shown after the scroll note under the table (the recompute status). */
  footer?: ReactNode;
}

export function PlannerTable({
  model,
  placesById,
  selectedKod,
  scrollToSelected,
  onSelect,
  caption,
  tools,
  footer,
}: PlannerTableProps) {
  const p = usePlannerMessages();
  const { formatNumber } = useI18n();
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const sideways = useSidewaysScroll(scrollRef);
  const { choices, choose, rows, footnote48 } = model;
  const kommunLevel = choices.level === "kommun";
  const withinIndicator: Indicator = choices.indicator.startsWith("within") ? choices.indicator : "within30";
  // Median, p90 and one share always; max or places per inhabitant when chosen. So all fit at 1280 px.
  const extra: Indicator[] =
    choices.indicator === "maxMin" || choices.indicator === "perCapita" ? [choices.indicator] : [];
  const columns: Indicator[] = ["medianMin", "p90Min", ...extra, withinIndicator];

  useEffect(() => {
    if (!scrollToSelected || selectedKod === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-kod="${selectedKod}"]`);
    row?.scrollIntoView({ block: "nearest" });
  }, [selectedKod, scrollToSelected]);

  const format = (indicator: Indicator, value: number | null) => {
    if (value === null) return p.table.noRoad;
    const unit = indicatorUnit(indicator);
    return unit === "percent"
      ? formatNumber(value, 1)
      : unit === "per10k"
        ? formatNumber(value, 2)
        : formatNumber(value, 1);
  };
  const header = (key: SortKey, label: string, highlight = false) => {
    const active = choices.sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (choices.sort.descending ? "descending" : "ascending") : undefined}
        className={highlight ? "is-indicator" : undefined}
      >
        <button
          type="button"
          className="planner-table__sort"
          data-sort={key}
          onClick={() =>
            choose("sort", {
              key,
              // A new column starts with its "worst first" order for figures, A–Ö for names.
              descending: active ? !choices.sort.descending : key !== "namn",
            })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (choices.sort.descending ? " ▼" : " ▲") : ""}</span>
        </button>
      </th>
    );
  };
  const verdict = footnote48.underAnHour
    ? footnote48.usuallyUnder20
      ? p.footnote48Verdict.holds
      : p.footnote48Verdict.partly
    : p.footnote48Verdict.fails;
  const selectedPlaces =
    selectedKod === null || !kommunLevel
      ? []
      : model.scenarioPlaces.filter(
          (place) => place.kommunKod === selectedKod && inScenario(model.key, place),
        );

  return (
    <div className="planner-table">
      <div className="planner-table__filters">
        {kommunLevel && (
          <Choice
            label={p.table.filter}
            value={choices.filter}
            onChange={(v) => choose("filter", v)}
            options={FILTERS.map((f) => ({
              value: f,
              label: p.table.filters[f],
              disabled: f === "changed" && !model.scenarioActive,
            }))}
            testId="planner-filter"
          />
        )}
        <label>
          {p.table.search}
          <input
            type="search"
            value={choices.text}
            onChange={(e) => choose("text", e.target.value)}
            data-testid="planner-search"
          />
        </label>
        {tools}
      </div>
      {kommunLevel && choices.filter === "withoutBooked" && footnote48.worst && (
        <p className="planner-table__claim" data-testid="planner-footnote48">
          {p.footnote48(
            formatNumber(footnote48.kommuner),
            formatNumber(footnote48.within20),
            formatNumber(footnote48.within60),
            footnote48.worst.namn,
            formatNumber(footnote48.worst.minutes, 1),
            verdict,
          )}
        </p>
      )}
      <div
        className="planner-table__scroll"
        ref={scrollRef}
        role="region"
        aria-labelledby={`${id}-caption`}
        tabIndex={0}
        data-testid="planner-table-scroll"
      >
        <table data-testid="planner-table">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              {header("namn", p.table.columns.name)}
              {header("befolkning", p.table.columns.population)}
              {header("booked", p.table.columns.booked)}
              {header("spontaneous", p.table.columns.spontaneous)}
              {columns.map((c) => header(c, p.indicatorsShort[c], c === choices.indicator))}
              {kommunLevel && header("fromSeat", p.table.columns.fromSeat)}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 5}>{p.table.noRows}</td>
              </tr>
            )}
            {rows.map((row) => {
              const selected = row.kod === selectedKod;
              const place = row.fromSeat ? placesById.get(row.fromSeat.placeId) : undefined;
              return [
                <tr
                  key={row.kod}
                  data-kod={row.kod}
                  aria-current={selected ? "true" : undefined}
                  className={selected ? "is-selected" : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="planner-table__name"
                      onClick={() => onSelect(row.kod)}
                      aria-label={p.table.selectArea(row.namn)}
                    >
                      {row.namn}
                    </button>
                    {row.glesbygd && <span className="planner-table__badge">{p.table.glesbygd}</span>}
                    {row.landsbygd && <span className="planner-table__badge">{p.table.landsbygd}</span>}
                  </th>
                  <td className="num">{formatNumber(row.befolkning)}</td>
                  <td className="num">{formatNumber(row.booked)}</td>
                  <td className="num">
                    {formatNumber(row.spontaneous)}
                    {row.spontaneousPlanned > 0 &&
                      choices.kind === "spontaneous" &&
                      choices.time === "2021" && (
                        <span className="planner-table__planned">
                          {" "}
                          {p.table.planned(formatNumber(row.spontaneousPlanned))}
                        </span>
                      )}
                  </td>
                  {columns.map((c) => (
                    <td key={c} className={c === choices.indicator ? "num is-indicator" : "num"} data-col={c}>
                      {format(c, indicatorValue(row.stats, c))}
                    </td>
                  ))}
                  {kommunLevel && (
                    <td className="planner-table__seat" data-col="fromSeat">
                      {row.fromSeat === null
                        ? p.table.noRoad
                        : p.table.fromSeat(
                            row.fromSeat.placeId.startsWith("ny-")
                              ? p.map.addedLabel(row.fromSeat.placeId.slice(3))
                              : (place?.label ?? row.fromSeat.placeId),
                            formatNumber(row.fromSeat.minutes, 0),
                            formatNumber(row.fromSeat.km, 0),
                          )}
                    </td>
                  )}
                </tr>,
                selected && selectedPlaces.length > 0 ? (
                  <tr
                    key={`${row.kod}-places`}
                    className="planner-table__places"
                    data-testid="planner-row-places"
                  >
                    <td colSpan={columns.length + 5}>
                      <ul>
                        {selectedPlaces.map((sp) => (
                          <li key={sp.id}>
                            {sp.id.startsWith("ny-")
                              ? p.map.addedLabel(sp.id.slice(3))
                              : (placesById.get(sp.id)?.label ?? sp.id)}{" "}
                            <button
                              type="button"
                              onClick={() => model.closePlace(sp.id)}
                              data-testid="planner-row-close"
                              data-place-id={sp.id}
                            >
                              {p.whatIf.close}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
      <div className="planner-table__foot">
        <p className="planner-table__note" data-testid="planner-scroll-note">
          {sideways ? p.table.scrollNote : p.table.scrollNoteDown}
        </p>
        {footer}
      </div>
    </div>
  );
}

/**
 * Whether the table is wider than its pane (a phone, or a narrow window): then, and only then, the note
 * says it scrolls sideways too.
 */
function useSidewaysScroll(ref: RefObject<HTMLElement | null>): boolean {
  const [sideways, setSideways] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const update = () => setSideways(element.scrollWidth > element.clientWidth + 1);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return sideways;
}
