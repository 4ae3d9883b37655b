// Wires the finder's state to its inputs: the search index (suggestions, resolving `?q=`), the road
// engine (useTravelFrom) and the browser's Geolocation API. The ranking itself is pure (state/finder.ts).
import { useCallback, useEffect, useMemo, type Dispatch } from "react";
import type { MeetingPlaceProps } from "../data/schema";
import { searchPlaces, type SearchHit } from "../search/searchIndex";
import {
  PLACE_KINDS,
  placesInKommun,
  rankPlacesByKind,
  unreachableNearby,
  type FinderAction,
  type FinderOrigin,
  type FinderState,
  type KindResult,
  type PlaceKind,
} from "../state/finder";
import { useTravelFrom } from "../state/useTravelFrom";
import type { EnginePlace } from "../worker/reachService";
import type { TravelState } from "../worker/travelTypes";
import type { FinderSuggestion } from "../components/FinderSearch";
import { useSearchIndex, type SearchIndexState } from "./useSearchIndex";

/** Suggestions shown while typing. */
const SUGGESTION_LIMIT = 8;

/** Geolocation: a city-level fix is enough, and a phone must not wait long for GPS. */
const GEOLOCATION_OPTIONS: PositionOptions = {
  enableHighAccuracy: false,
  timeout: 15_000,
  maximumAge: 300_000,
};

export function originFromHit(hit: SearchHit): Extract<FinderOrigin, { source: "search" }> {
  const { entry } = hit;
  return {
    source: "search",
    label: entry.label,
    detail: entry.detail,
    entryKind: entry.kind,
    kommunKod: entry.kommunKod,
    lonLat: [entry.position[0], entry.position[1]],
  };
}

export interface FinderModel {
  searchIndex: SearchIndexState;
  suggestions: FinderSuggestion[];
  travel: TravelState;
  results: Record<PlaceKind, KindResult> | null;
  inKommun: Record<PlaceKind, MeetingPlaceProps[]> | null;
  /** Places near enough to matter that have no road link from the origin (state/finder.ts). */
  unreachableNearby: MeetingPlaceProps[];
  chooseSuggestion: (suggestion: FinderSuggestion) => void;
  locate: () => void;
}

export function useFinder(
  finder: FinderState,
  dispatch: Dispatch<FinderAction>,
  places: readonly MeetingPlaceProps[],
  /** The same places as the road engine takes them; null until the data has loaded. */
  enginePlaces: EnginePlace[] | null,
): FinderModel {
  const searchIndex = useSearchIndex();
  const index = searchIndex.status === "ready" ? searchIndex.index : null;

  const hits = useMemo(
    () =>
      index === null || finder.query.trim() === "" ? [] : searchPlaces(index, finder.query, SUGGESTION_LIMIT),
    [index, finder.query],
  );
  const suggestions = useMemo(
    () =>
      hits.map((hit) => ({
        key: hit.entry.id,
        label: hit.entry.label,
        detail: hit.entry.detail,
        entryKind: hit.entry.kind,
      })),
    [hits],
  );

  // A submitted or deep-linked query is resolved to its best hit once the index is there.
  const { pendingQuery } = finder;
  useEffect(() => {
    if (index === null || pendingQuery === null) return;
    const [best] = searchPlaces(index, pendingQuery, 1);
    dispatch(
      best === undefined
        ? { type: "noMatch", query: pendingQuery }
        : {
            type: "choose",
            // A fuzzy hit answers for another name than the one typed: the results must say so.
            origin: { ...originFromHit(best), approximateFor: best.match === "fuzzy" ? pendingQuery : null },
            query: pendingQuery,
          },
    );
  }, [index, pendingQuery, dispatch]);

  const chooseSuggestion = useCallback(
    (suggestion: FinderSuggestion) => {
      const hit = hits.find((h) => h.entry.id === suggestion.key);
      if (hit !== undefined) dispatch({ type: "choose", origin: originFromHit(hit), query: hit.entry.label });
    },
    [hits, dispatch],
  );

  const travel = useTravelFrom(finder.origin?.lonLat ?? null, enginePlaces);
  const results = useMemo(
    () => (travel.status === "ready" ? rankPlacesByKind(places, travel.result) : null),
    [travel, places],
  );

  const originLonLat = finder.origin?.lonLat ?? null;
  const nearbyUnreachable = useMemo(
    () =>
      results === null || originLonLat === null
        ? []
        : unreachableNearby(places, results, originLonLat, finder.expanded),
    [places, results, originLonLat, finder.expanded],
  );

  const kommunKod = finder.origin?.source === "search" ? finder.origin.kommunKod : null;
  const inKommun = useMemo(() => {
    if (kommunKod === null) return null;
    const byKind = {} as Record<PlaceKind, MeetingPlaceProps[]>;
    for (const kind of PLACE_KINDS) byKind[kind] = placesInKommun(places, kommunKod, kind);
    return byKind;
  }, [places, kommunKod]);

  const locate = useCallback(() => {
    if (!("geolocation" in navigator) || !window.isSecureContext) {
      dispatch({ type: "locateFailed", reason: "unsupported" });
      return;
    }
    dispatch({ type: "locate" });
    navigator.geolocation.getCurrentPosition(
      (position) =>
        dispatch({
          type: "located",
          lonLat: [position.coords.longitude, position.coords.latitude],
          accuracyM: Number.isFinite(position.coords.accuracy) ? Math.round(position.coords.accuracy) : null,
        }),
      (error) =>
        dispatch({
          type: "locateFailed",
          reason:
            error.code === error.PERMISSION_DENIED
              ? "refused"
              : error.code === error.TIMEOUT
                ? "timeout"
                : "unavailable",
        }),
      GEOLOCATION_OPTIONS,
    );
  }, [dispatch]);

  return {
    searchIndex,
    suggestions,
    travel,
    results,
    inKommun,
    unreachableNearby: nearbyUnreachable,
    chooseSuggestion,
    locate,
  };
}
