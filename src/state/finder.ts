// The jobseeker finder's state and its pure selectors: where the user searched from, whether the browser
// is finding their position, and, given the road engine's travel times, the nearest places of each kind.
// No React here, so the logic is unit-tested in test/state/finder.test.ts.
import type { MeetingKind, MeetingPlaceProps } from "../data/schema";
import { haversineM } from "../geo/distance";
import type { LonLat, PlaceTravel, TravelFromResult } from "../worker/travelTypes";

/** The kinds that have points; providers (Bilaga 3) have counts only and are shown from the summary. */
export type PlaceKind = Exclude<MeetingKind, "provider">;
export const PLACE_KINDS: readonly PlaceKind[] = ["spontaneous", "booked"];

/** How many places per kind are shown before "show more". */
export const TOP_PER_KIND = 3;

/** How many "show more" reveals; beyond this the list view (all places) is the better tool. */
export const EXPANDED_PER_KIND = 10;

/** Where the travel times are measured from. */
export type FinderOrigin =
  | {
      source: "search";
      /** Text shown for the origin, e.g. "Orsa" or "794 90 Orsa". */
      label: string;
      /** Secondary text from the search entry (kind of place, kommun). */
      detail: string;
      /** What kind of search entry this is ("kommun", "locality", "postnummer", …). */
      entryKind: string;
      /** Kommun the entry lies in, when known (SCB 4-digit code). */
      kommunKod: string | null;
      lonLat: LonLat;
      /**
       * The query as typed when the search index matched it only approximately (fuzzy), so the results
       * say "Menade du Ösmo?" rather than silently answering for another name; null for a close match.
       */
      approximateFor?: string | null;
    }
  | { source: "geolocation"; lonLat: LonLat; /** Reported accuracy, metres. */ accuracyM: number | null };

export type GeolocationStatus = "idle" | "asking" | "refused" | "unavailable" | "timeout" | "unsupported";

export interface FinderState {
  /** The text in the search field. */
  query: string;
  /**
   * The search that was made (submitted or chosen), as it goes into `?q=`; null for none or for the
   * user's position. Typing alone does not change it.
   */
  committedQuery: string | null;
  /**
   * A query to resolve as soon as the search index is ready (a deep link `?q=`, back/forward, or Enter
   * without choosing a suggestion). The first hit becomes the origin.
   */
  pendingQuery: string | null;
  origin: FinderOrigin | null;
  /** The last resolved query that matched nothing; the empty state suggests what to type instead. */
  noMatch: string | null;
  /** The search was submitted with an empty field: the finder says what to type. */
  emptySubmitted?: boolean;
  geolocation: GeolocationStatus;
  /** Kinds whose list is expanded past TOP_PER_KIND. */
  expanded: Readonly<Record<PlaceKind, boolean>>;
}

export const INITIAL_FINDER_STATE: FinderState = {
  query: "",
  committedQuery: null,
  pendingQuery: null,
  origin: null,
  noMatch: null,
  geolocation: "idle",
  expanded: { spontaneous: false, booked: false },
};

/** The state for a page opened with `?q=` (or none). */
export function finderStateFromQuery(q: string | null): FinderState {
  const query = q?.trim() ?? "";
  return query === ""
    ? INITIAL_FINDER_STATE
    : { ...INITIAL_FINDER_STATE, query, committedQuery: query, pendingQuery: query };
}

export type FinderAction =
  | { type: "type"; query: string }
  /** Resolve `query` once the index is ready (Enter, deep link, back/forward). */
  | { type: "submit"; query: string }
  | { type: "choose"; origin: Extract<FinderOrigin, { source: "search" }>; query: string }
  | { type: "noMatch"; query: string }
  | { type: "locate" }
  | { type: "located"; lonLat: LonLat; accuracyM: number | null }
  | { type: "locateFailed"; reason: Exclude<GeolocationStatus, "idle" | "asking"> }
  | { type: "clear" }
  /** Back/forward: the URL's query and, when the history entry kept it, the origin it had resolved to. */
  | { type: "restore"; q: string | null; origin: FinderOrigin | null }
  | { type: "toggleExpanded"; kind: PlaceKind };

const COLLAPSED: FinderState["expanded"] = INITIAL_FINDER_STATE.expanded;

export function finderReducer(state: FinderState, action: FinderAction): FinderState {
  switch (action.type) {
    case "type":
      return state.query === action.query ? state : { ...state, query: action.query, emptySubmitted: false };
    case "submit": {
      const query = action.query.trim();
      if (query === "")
        return { ...state, query: "", pendingQuery: null, noMatch: null, emptySubmitted: true };
      return { ...state, query, committedQuery: query, pendingQuery: query, emptySubmitted: false };
    }
    case "choose":
      return {
        ...state,
        query: action.query,
        committedQuery: action.query,
        pendingQuery: null,
        origin: action.origin,
        noMatch: null,
        geolocation: state.geolocation === "asking" ? state.geolocation : "idle",
        expanded: COLLAPSED,
      };
    case "noMatch":
      // The previous origin goes: results for another place under a query that matched nothing would mislead.
      return {
        ...state,
        query: action.query,
        committedQuery: action.query,
        pendingQuery: null,
        origin: null,
        noMatch: action.query,
      };
    case "locate":
      return { ...state, geolocation: "asking" };
    case "located":
      return {
        ...state,
        query: "",
        committedQuery: null,
        pendingQuery: null,
        noMatch: null,
        geolocation: "idle",
        origin: { source: "geolocation", lonLat: action.lonLat, accuracyM: action.accuracyM },
        expanded: COLLAPSED,
      };
    case "locateFailed":
      return { ...state, geolocation: action.reason };
    case "clear":
      return INITIAL_FINDER_STATE;
    case "restore": {
      const q = action.q?.trim() || null;
      const origin = action.origin;
      // A kept origin is used only if it belongs to this entry's query (the position has none).
      if (origin !== null && (origin.source === "geolocation" ? q === null : q !== null)) {
        return {
          ...INITIAL_FINDER_STATE,
          query: q ?? "",
          committedQuery: q,
          origin,
        };
      }
      return finderStateFromQuery(q);
    }
    case "toggleExpanded":
      return { ...state, expanded: { ...state.expanded, [action.kind]: !state.expanded[action.kind] } };
  }
}

/** One place with its estimated travel from the origin. */
export interface RankedPlace {
  place: MeetingPlaceProps;
  travel: PlaceTravel;
}

export interface KindResult {
  kind: PlaceKind;
  /** Reachable places, nearest (fewest minutes) first. */
  ranked: RankedPlace[];
  /** Places of this kind the engine found no road to (e.g. on another island). */
  unreachableCount: number;
}

const collator = new Intl.Collator("sv");

/**
 * Per kind, the places sorted by estimated car minutes (ties: shorter road km, then label). Every status
 * is kept — planned and pending places are shown with their status, not hidden — and places absent from
 * the travel result are counted as having no road link, never given a time.
 */
export function rankPlacesByKind(
  places: readonly MeetingPlaceProps[],
  travel: TravelFromResult,
): Record<PlaceKind, KindResult> {
  const result: Record<PlaceKind, KindResult> = {
    spontaneous: { kind: "spontaneous", ranked: [], unreachableCount: 0 },
    booked: { kind: "booked", ranked: [], unreachableCount: 0 },
  };
  for (const place of places) {
    if (place.kind === "provider") continue;
    const entry = result[place.kind];
    const placeTravel = travel.byPlaceId.get(place.id);
    if (placeTravel === undefined) entry.unreachableCount += 1;
    else entry.ranked.push({ place, travel: placeTravel });
  }
  for (const kind of PLACE_KINDS) {
    result[kind].ranked.sort(
      (a, b) =>
        a.travel.minutes - b.travel.minutes ||
        a.travel.km - b.travel.km ||
        collator.compare(a.place.label, b.place.label),
    );
  }
  return result;
}

/** The first TOP_PER_KIND places, or the first EXPANDED_PER_KIND when expanded. */
export function visibleRanked(result: KindResult, expanded: boolean): RankedPlace[] {
  return result.ranked.slice(0, expanded ? EXPANDED_PER_KIND : TOP_PER_KIND);
}

/** How many more places "show more" reveals (0: no button). */
export function moreCount(result: KindResult): number {
  return Math.max(0, Math.min(result.ranked.length, EXPANDED_PER_KIND) - TOP_PER_KIND);
}

/**
 * The places of one kind inside a kommun, for showing while travel times are computed or when they
 * cannot be: these need no estimate, so nothing is invented. Current places first, then by label.
 */
export function placesInKommun(
  places: readonly MeetingPlaceProps[],
  kommunKod: string,
  kind: PlaceKind,
): MeetingPlaceProps[] {
  const statusOrder = { current: 0, pending: 1, planned: 2 } as const;
  return places
    .filter((place) => place.kind === kind && place.kommunKod === kommunKod)
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || collator.compare(a.label, b.label));
}

/** Whether the selected place is among the ranked results (so the results can mark it). */
export function isRankedPlace(results: Record<PlaceKind, KindResult>, placeId: string): boolean {
  return PLACE_KINDS.some((kind) => results[kind].ranked.some((r) => r.place.id === placeId));
}

/** The index a selected place has in its kind's ranking, or -1; used to expand "show more" for it. */
export function rankOf(result: KindResult, placeId: string): number {
  return result.ranked.findIndex((r) => r.place.id === placeId);
}

/**
 * The places without a road link from the origin that matter to this person: those nearer in a straight
 * line than the farthest place shown for their kind (with none shown, the nearest unreachable one), e.g. the island office for someone on the island. A place on Gotland is irrelevant to
 * someone in Orsa, and the line about it would only puzzle. Distances are great-circle metres.
 */
export function unreachableNearby(
  places: readonly MeetingPlaceProps[],
  results: Record<PlaceKind, KindResult>,
  origin: LonLat,
  expanded: Readonly<Record<PlaceKind, boolean>>,
): MeetingPlaceProps[] {
  const [lon, lat] = origin;
  const straightM = (p: MeetingPlaceProps) => haversineM(lon, lat, p.displayLon, p.displayLat);
  const reachable = new Set(PLACE_KINDS.flatMap((kind) => results[kind].ranked.map((r) => r.place.id)));
  const unreachable = places.filter((p) => p.kind !== "provider" && !reachable.has(p.id));
  const reach: Record<PlaceKind, number> = { spontaneous: 0, booked: 0 };
  for (const kind of PLACE_KINDS) {
    const shown = visibleRanked(results[kind], expanded[kind]);
    // With nothing reachable of a kind, only its nearest unreachable place is named.
    reach[kind] =
      shown.length > 0
        ? Math.max(...shown.map(({ place }) => straightM(place)))
        : Math.min(...unreachable.filter((p) => p.kind === kind).map((p) => straightM(p)));
  }
  return unreachable.filter((p) => straightM(p) <= reach[p.kind as PlaceKind]);
}
