// Car and public transport side by side, one row per kommun of the feed's area: median, p90, share within
// 30/60/90 minutes, the seat to the nearest place, and the people with no connection in the window. The
// text alternative of the transit map. Two header rows; every cell names its headers for screen readers.
import { useId } from "react";
import type { MeetingPlaceProps, ReachStats } from "../../../data/schema";
import { useI18n } from "../../../i18n/I18nProvider";
import { usePlannerMessages } from "../../../i18n/plannerMessages";
import { useTransitMessages } from "../../../i18n/transitMessages";
import { percent, type TransitRow } from "../../../state/transit/transitFigures";

type Group = "median" | "p90" | "within30" | "within60" | "within90" | "fromSeat";
const GROUPS: { group: Group; car: boolean }[] = [
  { group: "median", car: true },
  { group: "p90", car: true },
  { group: "within30", car: true },
  { group: "within60", car: true },
  // The car figures stop at 60 minutes (summary.json's WithinKey).
  { group: "within90", car: false },
  { group: "fromSeat", car: true },
];

export function TransitTable({
  rows,
  caption,
  placesById,
}: {
  rows: readonly TransitRow[];
  caption: string;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
}) {
  const t = useTransitMessages();
  const p = usePlannerMessages();
  const { formatNumber } = useI18n();
  const id = useId();
  const h = (name: string) => `${id}-${name}`;
  const groupLabel = (g: Group) =>
    g === "median"
      ? t.table.median
      : g === "p90"
        ? t.table.p90
        : g === "fromSeat"
          ? t.table.fromSeat
          : t.table.within(g.slice(6));

  const minutes = (v: number | null | undefined, none: string) => (v == null ? none : formatNumber(v, 1));
  const carValue = (car: ReachStats | undefined, g: Group): string => {
    if (!car) return p.table.noRoad;
    switch (g) {
      case "median":
        return minutes(car.medianMin, p.table.noRoad);
      case "p90":
        return minutes(car.p90Min, p.table.noRoad);
      case "within30":
      case "within60":
        return car.medianMin === null
          ? p.table.noRoad
          : formatNumber(percent(car.shareWithin[g.slice(6) as "30"]), 1);
      case "within90":
        return t.table.noCarFigure;
      case "fromSeat":
        return minutes(car.fromSeat?.minutes, p.table.noRoad);
    }
  };
  const placeLabel = (placeId: string | null) =>
    placeId === null ? "" : (placesById.get(placeId)?.label ?? placeId);
  const transitValue = (row: TransitRow, g: Group): string => {
    const f = row.transit;
    const none = t.table.noConnectionCell;
    switch (g) {
      case "median":
        return minutes(f.medianMin, none);
      case "p90":
        return minutes(f.p90Min, none);
      case "within30":
      case "within60":
      case "within90":
        return formatNumber(percent(f.shareWithin[g.slice(6) as "30"]), 1);
      case "fromSeat":
        return f.fromSeat.medianMin === null
          ? none
          : t.table.seatTransit(
              formatNumber(f.fromSeat.medianMin, 1),
              minutes(f.fromSeat.p10Min, "–"),
              minutes(f.fromSeat.p90Min, "–"),
              placeLabel(f.fromSeat.placeId),
            );
    }
  };

  return (
    <div
      className="planner-table__scroll transit-table"
      role="region"
      aria-labelledby={h("caption")}
      tabIndex={0}
    >
      <table data-testid="transit-table">
        <caption id={h("caption")}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} id={h("kommun")}>
              {t.table.kommun}
            </th>
            <th scope="col" rowSpan={2} id={h("population")}>
              {t.table.population}
            </th>
            {GROUPS.map(({ group, car }) => (
              <th
                key={group}
                scope="colgroup"
                colSpan={car ? 2 : 1}
                id={h(group)}
                className="transit-table__group"
              >
                {groupLabel(group)}
              </th>
            ))}
            <th scope="col" rowSpan={2} id={h("none")}>
              {t.table.noConnection}
            </th>
          </tr>
          <tr>
            {GROUPS.flatMap(({ group, car }) => [
              ...(car
                ? [
                    <th key={`${group}-car`} scope="col" id={h(`${group}-car`)}>
                      {t.table.car}
                    </th>,
                  ]
                : []),
              <th key={`${group}-transit`} scope="col" id={h(`${group}-transit`)} className="is-indicator">
                {/* Short on screen; a screen reader reads the header in full with each cell. */}
                <span aria-hidden="true">{t.table.transit}</span>
                <span className="visually-hidden">{t.table.transitFull}</span>
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const rowId = h(`row-${row.kod}`);
            const none = row.transit.noConnectionPopulation;
            return (
              <tr key={row.kod} data-kod={row.kod}>
                <th scope="row" id={rowId} headers={h("kommun")}>
                  {row.namn}
                  {row.hasOwnPlace && <span className="planner-table__badge">{t.table.ownPlace}</span>}
                </th>
                <td className="num" headers={`${rowId} ${h("population")}`}>
                  {formatNumber(row.population)}
                </td>
                {GROUPS.flatMap(({ group, car }) => [
                  ...(car
                    ? [
                        <td
                          key={`${group}-car`}
                          className="num"
                          data-col={`${group}-car`}
                          headers={`${rowId} ${h(group)} ${h(`${group}-car`)}`}
                        >
                          {carValue(row.car, group)}
                        </td>,
                      ]
                    : []),
                  <td
                    key={`${group}-transit`}
                    className={group === "fromSeat" ? "transit-table__seat is-indicator" : "num is-indicator"}
                    data-col={`${group}-transit`}
                    headers={`${rowId} ${h(group)} ${h(`${group}-transit`)}`}
                  >
                    {transitValue(row, group)}
                  </td>,
                ])}
                <td className="num" data-col="noConnection" headers={`${rowId} ${h("none")}`}>
                  {none === 0
                    ? "0"
                    : t.table.noConnectionPeople(
                        formatNumber(none),
                        formatNumber(row.population > 0 ? percent(none / row.population) : 0, 1),
                      )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
