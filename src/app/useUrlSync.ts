// Keeps the address bar and the app in step (state/urlState.ts has the pure parts):
// - a new search or a new selected place pushes a history entry, so Back undoes it;
// - the view mode and the language replace the current entry;
// - Back/Forward (popstate) restore the search, the selected place, the view and the language.
// The resolved origin is kept in history.state (never in the URL), so going back to a search or to
// "my position" shows it again at once without searching or asking for the position anew.
import { useEffect, useRef, type Dispatch } from "react";
import type { Language } from "../i18n/language";
import type { FinderAction, FinderOrigin, FinderState } from "../state/finder";
import {
  isHistoryStep,
  parseUrlState,
  sameUrlState,
  searchFromUrlState,
  type UrlState,
} from "../state/urlState";
import type { ViewAction, ViewState } from "../state/viewState";

interface HistoryEntryState {
  finderOrigin: FinderOrigin | null;
}

function readHistoryOrigin(state: unknown): FinderOrigin | null {
  if (typeof state !== "object" || state === null || !("finderOrigin" in state)) return null;
  return (state as HistoryEntryState).finderOrigin;
}

export interface UrlSyncInput {
  finder: FinderState;
  finderDispatch: Dispatch<FinderAction>;
  view: ViewState;
  viewDispatch: Dispatch<ViewAction>;
  language: Language;
  setLanguage: (language: Language) => void;
}

export function useUrlSync({
  finder,
  finderDispatch,
  view,
  viewDispatch,
  language,
  setLanguage,
}: UrlSyncInput) {
  const lastWritten = useRef<UrlState | null>(null);
  const lastOrigin = useRef<FinderOrigin | null>(null);

  const q = finder.committedQuery;
  const place = view.selection?.placeId ?? null;
  const viewMode = view.viewMode;
  const origin = finder.origin;

  useEffect(() => {
    const next: UrlState = { q, place, view: viewMode, lang: language };
    const { pathname, search, hash } = window.location;
    const previous = lastWritten.current ?? parseUrlState(search);
    const entry: HistoryEntryState = { finderOrigin: origin };
    const canonical = `${pathname}${searchFromUrlState(search, next)}${hash}`;
    if (sameUrlState(previous, next)) {
      // Same state; an unknown ?view= or ?lang= in the address is tidied away (urlNotices says so), the
      // planner's old name `?view=reach` is rewritten to `planner`, and the origin a query resolved to is
      // kept with the entry.
      if (origin !== lastOrigin.current || canonical !== `${pathname}${search}${hash}`)
        window.history.replaceState(entry, "", canonical);
    } else {
      const url = `${pathname}${searchFromUrlState(search, next)}${hash}`;
      if (lastWritten.current !== null && isHistoryStep(previous, next))
        window.history.pushState(entry, "", url);
      else window.history.replaceState(entry, "", url);
    }
    lastWritten.current = next;
    lastOrigin.current = origin;
  }, [q, place, viewMode, language, origin]);

  // Read the latest language through a ref so the listener is attached once.
  const languageRef = useRef(language);
  useEffect(() => {
    languageRef.current = language;
  }, [language]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const next = parseUrlState(window.location.search);
      const restoredOrigin = readHistoryOrigin(event.state);
      // Record first, so the write effect sees no change and does not push the entry back.
      lastWritten.current = next;
      lastOrigin.current = restoredOrigin;
      finderDispatch({ type: "restore", q: next.q, origin: restoredOrigin });
      viewDispatch({ type: "select", placeId: next.place, from: "app" });
      viewDispatch({ type: "setViewMode", viewMode: next.view });
      if (next.lang !== languageRef.current) setLanguage(next.lang);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [finderDispatch, viewDispatch, setLanguage]);
}
