// The planner's public-transport section: which feed, day and window the figures are for and what they
// do not cover (in plain words), footnote 48 tested for public transport, car and public transport side by
// side per kommun, the validation report, and loading another region's feed. State comes from
// state/transit/useTransitPlanner; the map indicator is chosen in the planner's controls.
import { useId } from "react";
import type { MeetingPlaceProps } from "../../../data/schema";
import { useI18n } from "../../../i18n/I18nProvider";
import { useTransitMessages } from "../../../i18n/transitMessages";
import { feedModes, percent } from "../../../state/transit/transitFigures";
import type { TransitPlanner } from "../../../state/transit/useTransitPlanner";
import { Choice } from "../../Choice";
import { clockOf } from "./format";
import { TransitLoader } from "./TransitLoader";
import { TransitTable } from "./TransitTable";
import { TransitValidationReport } from "./TransitValidationReport";
import "./transit.css";

export function TransitSection({
  transit,
  placesById,
}: {
  transit: TransitPlanner;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
}) {
  const t = useTransitMessages();
  const { formatNumber, language } = useI18n();
  const id = useId();
  const { shown, rows, footnote48: f48, noConnection, kind } = transit;
  const kindName = t.kinds[kind].toLocaleLowerCase(language);
  const loadedName = transit.feed.state.status === "loaded" ? transit.feed.state.fileName : null;

  const weekday = (date: string) =>
    new Intl.DateTimeFormat(language === "sv" ? "sv-SE" : "en-GB", {
      weekday: "long",
      timeZone: "UTC",
    }).format(new Date(`${date}T12:00:00Z`));
  const f48Text = () => {
    if (f48.verdict === "untestable")
      return t.footnote48.untestable(
        formatNumber(f48.inFeed),
        formatNumber(f48.allPopulation > 0 ? percent(f48.allPopWithin60 / f48.allPopulation) : 0, 1),
      );
    const worst =
      f48.worst === null
        ? ""
        : f48.worst.minutes === null
          ? t.footnote48.worstNoConnection(f48.worst.namn)
          : t.footnote48.worst(f48.worst.namn, formatNumber(f48.worst.minutes, 1));
    return `${t.footnote48.tested(
      formatNumber(f48.inFeed),
      formatNumber(f48.without),
      formatNumber(f48.seatsWithin60),
      formatNumber(f48.seatsNoConnection),
      formatNumber(f48.population > 0 ? percent(f48.popWithin60 / f48.population) : 0, 1),
      worst,
    )} ${t.footnote48.verdict[f48.verdict]}`;
  };

  const modes = shown?.routeTypes ? feedModes(shown.routeTypes) : null;
  // An unknown code is shown as it is rather than hidden.
  const known = shown ? shown.gaps.map((code) => t.gaps.known[code] ?? code) : [];

  return (
    <section className="transit-section" aria-labelledby={`${id}-title`} data-testid="transit-section">
      <h3 id={`${id}-title`}>{t.title}</h3>
      <p>{t.intro}</p>
      {transit.hasBuild && loadedName !== null && (
        <div className="transit-section__source">
          <Choice
            label={t.source.label}
            value={transit.source ?? "build"}
            onChange={transit.setSource}
            options={[
              { value: "build", label: t.source.build(shown?.source === "build" ? shown.feed.name : "") },
              { value: "loaded", label: t.source.loaded(loadedName) },
            ]}
            testId="transit-source"
          />
        </div>
      )}
      {shown !== null && (
        <>
          <div className="transit-section__feed" data-testid="transit-feed">
            <p>
              {t.feed(
                shown.feed.name,
                shown.feed.publisher,
                shown.feed.feedVersion,
                shown.feed.validFrom,
                shown.feed.validTo,
              )}{" "}
              <strong data-testid="transit-date">
                {t.computedFor(
                  weekday(shown.options.serviceDate),
                  shown.options.serviceDate,
                  clockOf(shown.options.window.fromMin),
                  clockOf(shown.options.window.toMin),
                )}
              </strong>
            </p>
            {shown.feed.attribution && (
              <p className="transit-section__note">{t.credit(shown.feed.attribution)}</p>
            )}
          </div>
          <h4>{t.gaps.title}</h4>
          <ul className="transit-section__gaps" data-testid="transit-gaps">
            {known.map((line) => (
              <li key={line}>{line}</li>
            ))}
            {/* The feed's own documented gaps say it better than the route types do. */}
            {known.length === 0 && modes !== null && !modes.rail && <li>{t.gaps.noRail}</li>}
            <li>
              {shown.excludedRouteTypes.length > 0
                ? t.gaps.excluded(shown.excludedRouteTypes.join(", "))
                : t.gaps.includedDemand}
            </li>
            <li data-testid="transit-no-connection">
              {noConnection.people > 0
                ? t.gaps.noConnection(
                    formatNumber(noConnection.kommuner),
                    formatNumber(noConnection.people),
                    kindName,
                  )
                : t.gaps.noConnectionNone(kindName)}
            </li>
            <li>{t.gaps.walking}</li>
          </ul>
          <p className="planner-table__claim" data-testid="transit-footnote48">
            {t.footnote48.claim} {f48Text()}
          </p>
          <TransitTable
            rows={rows}
            caption={t.table.caption(kindName, formatNumber(rows.length))}
            placesById={placesById}
          />
          <p className="transit-section__note">{t.table.noCarFigureNote}</p>
          <TransitValidationReport
            key={`${shown.source}-${shown.feed.id}`}
            validation={shown.validation}
            open={shown.source === "loaded"}
          />
        </>
      )}
      <TransitLoader transit={transit} />
    </section>
  );
}
