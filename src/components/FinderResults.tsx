// The finder's answer: for each kind of meeting the nearest places by estimated travel time, what one can
// do there, the providers' counts (Bilaga 3 has no addresses) and the phone and digital alternatives.
// Renders only; the ranking comes from state/finder.ts and the times from the road engine.
import { useId } from "react";
import type { ContractedService, DistanceService, MeetingPlaceProps } from "../data/schema";
import { useI18n } from "../i18n/I18nProvider";
import { useRoadModelMessages } from "../i18n/roadModelMessages";
import { localDetail, useFinderMapMessages } from "../i18n/finderMapMessages";
import { positionRows } from "../state/describePlace";
import { DistanceServiceText } from "./DistanceServices";
import {
  moreCount,
  PLACE_KINDS,
  visibleRanked,
  type FinderOrigin,
  type KindResult,
  type PlaceKind,
} from "../state/finder";
import { KIND_COLOURS } from "../map/palette";
import { FAR_FROM_ROADS_KM, type PlaceTravel } from "../state/useTravelFrom";

export interface FinderResultsProps {
  origin: FinderOrigin;
  travelStatus: "idle" | "loading" | "ready" | "error";
  /** Straight-line km from the origin to the road network, once travel times are ready. */
  originAccessKm: number | null;
  /** Ranked places per kind; null until travel times are ready. */
  results: Record<PlaceKind, KindResult> | null;
  /** Places of each kind in the origin's kommun, shown without times while times are not available. */
  inKommun: Record<PlaceKind, MeetingPlaceProps[]> | null;
  /** Places near enough to matter that have no road link from the origin; said once, if any. */
  unreachableNearby: readonly MeetingPlaceProps[];
  kommunNamn: string | null;
  expanded: Readonly<Record<PlaceKind, boolean>>;
  selectedId: string | null;
  contractedServices: readonly ContractedService[];
  distanceServices: readonly DistanceService[];
  onToggleExpanded: (kind: PlaceKind) => void;
  onSelect: (placeId: string) => void;
  /** Absent when the map cannot be shown. */
  onShowOnMap?: (placeId: string) => void;
}

export function FinderResults(props: FinderResultsProps) {
  const { messages: m, formatNumber, language } = useI18n();
  const mapMessages = useFinderMapMessages();
  const f = m.finder;
  const id = useId();
  const { origin, travelStatus, results } = props;
  const originText = origin.source === "search" ? origin.label : f.myPosition;

  return (
    <section className="finder-results" aria-labelledby={`${id}-title`} data-testid="finder-results">
      {origin.source === "search" && origin.approximateFor != null && (
        <div className="finder-results__warning" data-testid="did-you-mean">
          <p>
            <strong>{mapMessages.didYouMean(origin.label)}</strong>
          </p>
          <p>{mapMessages.approximateNote(origin.approximateFor, origin.label)}</p>
        </div>
      )}
      <h2 id={`${id}-title`} tabIndex={-1}>
        {f.resultsTitle(originText)}
      </h2>
      {origin.source === "search" && (
        <p className="note">
          {f.entryKind(origin.entryKind)}
          {origin.detail !== "" && ` · ${localDetail(origin.detail, mapMessages.lanLabel)}`}
        </p>
      )}
      {origin.source === "geolocation" && origin.accuracyM !== null && (
        <p className="note">{f.positionAccuracy(formatNumber(origin.accuracyM))}</p>
      )}
      <p className="note">{f.travelNote}</p>
      {props.originAccessKm !== null && props.originAccessKm > FAR_FROM_ROADS_KM && (
        <p className="finder-results__warning" data-testid="far-from-roads">
          {f.farFromRoads(formatNumber(props.originAccessKm))}
        </p>
      )}
      {/* Announces progress, then the result itself (visually the heading already says it). */}
      <p
        role="status"
        className={travelStatus === "ready" ? "visually-hidden" : "finder-results__travel-status"}
        data-testid="travel-status"
      >
        {travelStatus === "loading"
          ? f.travelLoading
          : travelStatus === "error"
            ? f.travelError
            : travelStatus === "ready"
              ? f.resultsTitle(originText)
              : ""}
      </p>

      {PLACE_KINDS.map((kind) => (
        <KindSection key={kind} kind={kind} result={results?.[kind] ?? null} {...props} />
      ))}

      {props.unreachableNearby.length > 0 && (
        <p className="finder-results__warning" data-testid="unreachable-nearby">
          {mapMessages.unreachableNearby(
            props.unreachableNearby.map((place) => mapMessages.placeLabel(place)).join(", "),
          )}
        </p>
      )}

      <section className="finder-kind" aria-labelledby={`${id}-provider`} data-kind="provider">
        <h3 id={`${id}-provider`}>{f.kindTitle.provider}</h3>
        <p>{f.providerBody(formatNumber(props.contractedServices.length))}</p>
        {/* The six services are reference, not the answer: folded so the results stay short. */}
        <details className="finder-kind__what">
          <summary>{mapMessages.providerListSummary(formatNumber(props.contractedServices.length))}</summary>
          <ul className="finder-providers">
            {props.contractedServices.map((service) => (
              <li key={service.code} lang="sv">
                <strong>{service.name}</strong>
                <span className="note" lang={language}>
                  {f.providerColumns.kommuner}: {formatNumber(service.kommunCount)} ·{" "}
                  {f.providerColumns.addresses}: {formatNumber(service.approvedAddresses)}
                </span>
              </li>
            ))}
          </ul>
        </details>
      </section>

      <Alternatives services={props.distanceServices} />
    </section>
  );
}

function KindSection({
  kind,
  result,
  inKommun,
  kommunNamn,
  expanded,
  selectedId,
  onToggleExpanded,
  onSelect,
  onShowOnMap,
}: FinderResultsProps & { kind: PlaceKind; result: KindResult | null }) {
  const { messages: m, formatNumber } = useI18n();
  const f = m.finder;
  const id = useId();
  const listId = `${id}-list`;
  const isExpanded = expanded[kind];
  const shown = result === null ? [] : visibleRanked(result, isExpanded);
  const hiddenCount = result === null ? 0 : moreCount(result);
  const kommunPlaces = inKommun?.[kind] ?? null;

  return (
    <section className="finder-kind" aria-labelledby={`${id}-title`} data-kind={kind}>
      <h3 id={`${id}-title`}>{f.kindTitle[kind]}</h3>
      <p>{f.kindIntro[kind]}</p>

      {result !== null && (
        <>
          {result.ranked.length === 0 ? (
            <p>{f.noneReachable}</p>
          ) : (
            <ol id={listId} className="finder-places finder-places--ranked">
              {shown.map(({ place, travel }, index) => (
                <PlaceItem
                  key={place.id}
                  number={index + 1}
                  place={place}
                  travel={travel}
                  selected={place.id === selectedId}
                  onSelect={onSelect}
                  onShowOnMap={onShowOnMap}
                />
              ))}
            </ol>
          )}
          {hiddenCount > 0 && (
            <button
              type="button"
              className="link-button finder-kind__more"
              aria-expanded={isExpanded}
              aria-controls={listId}
              onClick={() => onToggleExpanded(kind)}
            >
              {isExpanded ? f.showFewer : f.showMore(formatNumber(hiddenCount))}
            </button>
          )}
        </>
      )}

      {result === null && kommunPlaces !== null && kommunNamn !== null && (
        <>
          <h4>{f.inKommunTitle(kommunNamn)}</h4>
          {kommunPlaces.length === 0 ? (
            <p>{f.noneInKommun}</p>
          ) : (
            <ul className="finder-places">
              {kommunPlaces.map((place) => (
                <PlaceItem
                  key={place.id}
                  place={place}
                  travel={null}
                  selected={place.id === selectedId}
                  onSelect={onSelect}
                  onShowOnMap={onShowOnMap}
                />
              ))}
            </ul>
          )}
        </>
      )}

      <details className="finder-kind__what">
        <summary>{kind === "spontaneous" ? f.servicekontorServicesTitle : f.bookedHowTitle}</summary>
        <ul>
          {(kind === "spontaneous" ? f.servicekontorServices : f.bookedHow).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        {kind === "spontaneous" && <p className="note">{f.servicekontorAlsoOtherAgencies}</p>}
      </details>
    </section>
  );
}

function PlaceItem({
  number,
  place,
  travel,
  selected,
  onSelect,
  onShowOnMap,
}: {
  /** Rank in its kind's list, as on the map's pin; absent for the unranked in-kommun list. */
  number?: number;
  place: MeetingPlaceProps;
  travel: PlaceTravel | null;
  selected: boolean;
  onSelect: (placeId: string) => void;
  onShowOnMap?: (placeId: string) => void;
}) {
  const { messages: m, formatNumber } = useI18n();
  const { placeLabel } = useFinderMapMessages();
  const f = m.finder;
  const { gapCaveat } = useRoadModelMessages();
  const label = placeLabel(place);
  const minutes = travel === null ? null : formatNumber(Math.round(travel.minutes));
  const km = travel === null ? null : formatNumber(travel.km, travel.km < 10 ? 1 : 0);
  const position = positionRows(place, m)[0];
  return (
    <li
      className={`finder-place${selected ? " is-selected" : ""} status-${place.status}`}
      aria-current={selected ? "true" : undefined}
      data-place-id={place.id}
    >
      {number !== undefined && (
        // The same number and colour as the place's pin on the map; the <ol> already says the rank.
        <span
          className="finder-place__number"
          style={{ background: KIND_COLOURS[place.kind === "spontaneous" ? "spontaneous" : "booked"] }}
          aria-hidden="true"
        >
          {number}
        </span>
      )}
      {/* Travel time first: it is what a person compares when scanning the list. */}
      {minutes !== null && km !== null && (
        <p className="finder-place__travel" data-testid="travel-minutes">
          <span aria-hidden="true">
            <strong>{f.minutes(minutes)}</strong> · {f.km(km)}
          </span>
          <span className="visually-hidden">{f.travelSpoken(minutes, km)}</span>
        </p>
      )}
      <div className="finder-place__head">
        <button
          type="button"
          className="link-button finder-place__label"
          aria-pressed={selected}
          onClick={() => onSelect(place.id)}
        >
          {label}
        </button>
      </div>
      <p className="finder-place__facts">
        {place.locality !== null && place.locality !== place.kommunNamn
          ? `${place.locality}, ${place.kommunNamn}`
          : place.kommunNamn}
        {" · "}
        {m.place.form[place.form]}
        {selected && <span className="finder-place__badge"> · {f.selected}</span>}
      </p>
      {travel?.suspectedGap === true && (
        <p className="note" data-testid="road-gap-caveat">
          {gapCaveat}
        </p>
      )}
      {place.status !== "current" && (
        <p className="finder-place__status">
          <strong>{m.place.statusSentence[place.status]}</strong>
        </p>
      )}
      {position !== undefined && (
        <p className="note" lang={position.verbatimSwedish ? "sv" : undefined}>
          {position.value}
        </p>
      )}
      {onShowOnMap !== undefined && (
        <button
          type="button"
          className="link-button"
          aria-label={f.showOnMapFor(label)}
          onClick={() => onShowOnMap(place.id)}
        >
          {f.showOnMap}
        </button>
      )}
    </li>
  );
}

function Alternatives({ services }: { services: readonly DistanceService[] }) {
  const { messages: m, language } = useI18n();
  const f = m.finder;
  const id = useId();
  // Employers' line is not for jobseekers; everything else in 4.4 is.
  const forJobseekers = services.filter((service) => service.audience !== "arbetsgivare");
  return (
    <section className="finder-kind finder-alternatives" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{f.alternativesTitle}</h3>
      <p>{f.alternativesIntro}</p>
      <ul>
        {forJobseekers.map((service) => (
          <li key={service.id}>
            <DistanceServiceText service={service} language={language} />
          </li>
        ))}
      </ul>
    </section>
  );
}
