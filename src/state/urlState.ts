// What the address bar holds: `?q=<text>` (a search to run), `?place=<id>` (a place to open),
// `?view=list`, `?view=planner` (old name `?view=reach`) and `?lang=en`. Pure parse/serialise; src/app/useUrlSync.ts applies it to history.
// The user's own position is never written to the URL: a shared link must not carry it.
import { parseLanguage, type Language } from "../i18n/language";
import type { ViewMode } from "./viewState";

export interface UrlState {
  q: string | null;
  place: string | null;
  view: ViewMode;
  lang: Language;
}

/** Place ids are lower-case slugs ("af-2361-sveg"); anything else in `?place=` is ignored. */
const PLACE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Longest query kept from a URL; a search field never needs more. */
const MAX_QUERY_LENGTH = 100;

const VIEWS: readonly ViewMode[] = ["list", "planner", "embed"];

/** `?view=reach` is the old name of the planner view and keeps working; it is rewritten to `planner`. */
function parseView(value: string | null): ViewMode {
  if (value === "reach") return "planner";
  return VIEWS.find((view) => view === value) ?? "map";
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const q = params.get("q")?.trim().slice(0, MAX_QUERY_LENGTH) ?? "";
  const place = params.get("place")?.trim().toLowerCase() ?? "";
  return {
    q: q === "" ? null : q,
    place: PLACE_ID.test(place) ? place : null,
    view: parseView(params.get("view")),
    lang: parseLanguage(search),
  };
}

/**
 * The search string for `state`, keeping parameters this module does not own. Defaults are left out
 * (Swedish, map view) so the canonical URL stays short. Parameters come in a fixed order.
 */
export function searchFromUrlState(currentSearch: string, state: UrlState): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of ["q", "place", "view", "lang"]) params.delete(key);
  if (state.q !== null && state.q.trim() !== "") params.set("q", state.q.trim());
  if (state.place !== null) params.set("place", state.place);
  if (state.view !== "map") params.set("view", state.view);
  if (state.lang !== "sv") params.set("lang", state.lang);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/**
 * Whether going from `previous` to `next` is a new step the Back button should undo: a different
 * search or a different place. Typing, the view mode and the language replace the current entry.
 */
export function isHistoryStep(previous: UrlState, next: UrlState): boolean {
  return previous.q !== next.q || previous.place !== next.place;
}

export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return a.q === b.q && a.place === b.place && a.view === b.view && a.lang === b.lang;
}
