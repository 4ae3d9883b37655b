import { useEffect, useId, useRef } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { useFinderMapMessages } from "../i18n/finderMapMessages";
import type { LanGroup } from "../state/groupPlaces";

export interface PlaceListProps {
  groups: readonly LanGroup[];
  /** The place selected on the map or in the finder; its row is marked and scrolled into view. */
  selectedId?: string | null;
  /** Absent when the map cannot be shown (no WebGL): the list then has no map buttons. */
  onShowOnMap?: (placeId: string) => void;
}

/** The map's accessible alternative: every visible place, grouped by län and kommun. */
export function PlaceList({ groups, selectedId = null, onShowOnMap }: PlaceListProps) {
  const { messages: m, formatNumber } = useI18n();
  const { placeLabel } = useFinderMapMessages();
  const id = useId();
  const c = m.list.columns;
  const selectedRowRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (selectedId !== null) selectedRowRef.current?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);
  return (
    <section className="place-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.list.title}</h2>
      <p>{m.list.intro}</p>
      {groups.length === 0 && <p role="status">{m.list.empty}</p>}
      {groups.map((lan) => {
        const headingId = `${id}-lan-${lan.lanKod}`;
        return (
          <section key={lan.lanKod} aria-labelledby={headingId}>
            <h3 id={headingId}>{m.list.lanHeading(lan.lanNamn, formatNumber(lan.placeCount))}</h3>
            {/* Focusable scroll region so the table can be scrolled by keyboard at 320 px. */}
            <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{c.kommun}</th>
                    <th scope="col">{c.place}</th>
                    {/* Kind and form share a column so the table fits a half-width layout. */}
                    <th scope="col">
                      {c.kind} / {c.form}
                    </th>
                    <th scope="col">{c.status}</th>
                    <th scope="col">{c.precision}</th>
                  </tr>
                </thead>
                {lan.kommuner.map((kommun) => (
                  <tbody key={kommun.kommunKod}>
                    {kommun.places.map((place, index) => (
                      <tr
                        key={place.id}
                        ref={place.id === selectedId ? selectedRowRef : undefined}
                        className={`status-${place.status}${place.id === selectedId ? " is-selected" : ""}`}
                        aria-current={place.id === selectedId ? "true" : undefined}
                        data-place-id={place.id}
                      >
                        {index === 0 && (
                          <th scope="rowgroup" rowSpan={kommun.places.length}>
                            {kommun.kommunNamn}
                          </th>
                        )}
                        <td>
                          <span className="place-list__label">{placeLabel(place)}</span>
                          {/* In the place's own cell, so it is on screen at 320 px without scrolling
                              the table sideways. */}
                          {onShowOnMap !== undefined && (
                            <button
                              type="button"
                              className="link-button place-list__map"
                              aria-label={m.place.showOnMap(placeLabel(place))}
                              onClick={() => onShowOnMap(place.id)}
                            >
                              {m.list.showOnMap}
                            </button>
                          )}
                          {place.comment !== null && (
                            <span className="note" lang="sv">
                              {place.comment}
                            </span>
                          )}
                        </td>
                        <td>
                          {m.place.kind[place.kind]}
                          <span className="note">{m.place.form[place.form]}</span>
                        </td>
                        <td>{m.place.status[place.status]}</td>
                        <td>{m.place.precision[place.precision]}</td>
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
            </div>
          </section>
        );
      })}
    </section>
  );
}
