// "Restid och täckning": travel reach per kommun, FA region or län from summary.json, as an accessible,
// sortable table, with the what-if tool below it. Derived rows come from state/reachTable.ts.
import { useId, useMemo, useState } from "react";
import type { ReachKey } from "../data/reachScenarios";
import type { MeetingPlaceCollection, MeetingPlaceProps, ReachStats, Summary } from "../data/schema";
import { useI18n } from "../i18n/I18nProvider";
import { localeFor } from "../i18n/language";
import { useReachMessages } from "../i18n/reachMessages";
import {
  reachRows,
  sortRows,
  type ReachFilter,
  type ReachLevel,
  type ReachSortKey,
} from "../state/reachTable";
import { Choice } from "./Choice";
import { WhatIf } from "./WhatIf";
import "./reach.css";

export interface ReachPanelProps {
  summary: Summary;
  places: MeetingPlaceCollection;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
}

type ShownKey = Exclude<ReachKey, "provider">;
const SCENARIOS: ShownKey[] = ["booked", "spontaneous", "spontaneousIncludingPlanned"];
const LEVELS: ReachLevel[] = ["kommun", "fa", "lan"];
const FILTERS: ReachFilter[] = ["all", "withoutBooked", "glesbygd", "landsbygd"];

export function ReachPanel({ summary, places, placesById }: ReachPanelProps) {
  const r = useReachMessages();
  const { formatNumber, language } = useI18n();
  const id = useId();
  const [scenario, setScenario] = useState<ShownKey>("booked");
  const [level, setLevel] = useState<ReachLevel>("kommun");
  const [filter, setFilter] = useState<ReachFilter>("all");
  const [sort, setSort] = useState<{ key: ReachSortKey; descending: boolean }>({
    key: "namn",
    descending: false,
  });

  const rows = useMemo(
    () =>
      sortRows(
        reachRows(summary, level, scenario, level === "kommun" ? filter : "all"),
        sort.key,
        sort.descending,
      ),
    [summary, level, scenario, filter, sort],
  );
  const kommunNames = useMemo(() => new Map(summary.kommuner.map((k) => [k.kod, k.namn])), [summary]);
  const sverige = summary.sverige.reach[scenario];

  // One decimal everywhere ("20,0" beside "11,3"), so the columns read alike.
  const oneDecimal = new Intl.NumberFormat(localeFor(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const minutes = (value: number | null) => (value === null ? r.noRoad : oneDecimal.format(value));
  const percent = (share: number) => r.percent(oneDecimal.format(share * 100));
  const header = (key: ReachSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}>
        <button
          type="button"
          className="reach-table__sort"
          onClick={() =>
            setSort({
              key,
              descending: active
                ? !sort.descending
                : key !== "namn" && key !== "medianMin" && key !== "p90Min",
            })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? " ▼" : " ▲") : ""}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="panel reach-panel" aria-labelledby={`${id}-title`} data-testid="reach-panel">
      <h2 id={`${id}-title`}>{r.title}</h2>
      <p>{r.intro}</p>
      <p className="reach-panel__note">{r.estimateNote}</p>

      <div className="reach-panel__controls">
        <Choice
          label={r.scenarioLabel}
          value={scenario}
          onChange={setScenario}
          options={SCENARIOS.map((key) => ({ value: key, label: r.scenarios[key] }))}
        />
        <Choice
          label={r.levelLabel}
          value={level}
          onChange={setLevel}
          options={LEVELS.map((key) => ({ value: key, label: r.levels[key] }))}
        />
        {level === "kommun" && (
          <Choice
            label={r.filterLabel}
            value={filter}
            onChange={setFilter}
            options={FILTERS.map((key) => ({ value: key, label: r.filters[key] }))}
            testId="reach-filter"
          />
        )}
      </div>

      {sverige && sverige.medianMin !== null && (
        <p className="reach-panel__sverige" data-testid="reach-sverige">
          {r.sverige(
            r.minutes(formatNumber(sverige.medianMin, 1)),
            percent(sverige.shareWithin["30"]),
            percent(sverige.shareWithin["60"]),
          )}
        </p>
      )}

      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="reach-table" data-testid="reach-table">
          <caption id={`${id}-caption`}>
            {r.tableCaption(r.levels[level], r.scenarios[scenario], rows.length)}
          </caption>
          <thead>
            <tr>
              {header("namn", r.columns.name)}
              {header("places", r.columns.places)}
              {header("medianMin", r.columns.median)}
              {header("p90Min", r.columns.p90)}
              {header("share30", r.columns.within("30"))}
              {header("share60", r.columns.within("60"))}
              {level === "kommun" && <th scope="col">{r.columns.fromSeat}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.kod} data-kod={row.kod}>
                <th scope="row">{row.namn}</th>
                <td>{row.stats.places}</td>
                <td>{minutes(row.stats.medianMin)}</td>
                <td>{minutes(row.stats.p90Min)}</td>
                <td>{percent(row.stats.shareWithin["30"])}</td>
                <td>{percent(row.stats.shareWithin["60"])}</td>
                {level === "kommun" && (
                  <td data-testid="reach-from-seat">
                    <FromSeat
                      row={row.fromSeat}
                      seatName={row.seatName}
                      kod={row.kod}
                      stats={row.stats}
                      placesById={placesById}
                      kommunNames={kommunNames}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <WhatIf summary={summary} places={places} placesById={placesById} scenario={scenario} />
    </section>
  );
}

function FromSeat({
  row,
  seatName,
  kod,
  placesById,
  kommunNames,
}: {
  row: ReachStats["fromSeat"] | null;
  seatName: string | null;
  kod: string;
  stats: ReachStats;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
  kommunNames: ReadonlyMap<string, string>;
}) {
  const r = useReachMessages();
  const { formatNumber } = useI18n();
  if (!row) return <>{r.noRoad}</>;
  const place = placesById.get(row.placeId);
  const text = r.fromSeat(
    place?.label ?? row.placeId,
    row.kommunKod === kod ? r.inOwnKommun : (kommunNames.get(row.kommunKod) ?? row.kommunKod),
    formatNumber(row.minutes, 0),
    formatNumber(row.km, 0),
  );
  return (
    <>
      {seatName && <span className="reach-table__seat">{seatName} → </span>}
      {text}
    </>
  );
}
