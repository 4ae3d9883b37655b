// Loads public/data/search-entries.json after the first render (the page is usable without it) and builds
// the search index once. A failed load is a state the finder shows, never a thrown error.
import { useEffect, useState } from "react";
import { afterFirstPaint } from "../state/afterFirstPaint";
import { decodeSearchEntries, type SearchEntriesFile } from "../search/entries";
import { buildSearchIndex, type SearchIndex } from "../search/searchIndex";

export const SEARCH_ENTRIES_FILE = "search-entries.json";

export type SearchIndexState =
  { status: "loading" } | { status: "ready"; index: SearchIndex } | { status: "error"; reason: string };

/** The generated file was validated at build time; this only catches a missing or foreign file. */
function isSearchEntriesFile(value: unknown): value is SearchEntriesFile {
  if (typeof value !== "object" || value === null) return false;
  const file = value as Partial<SearchEntriesFile>;
  return (
    file.format === "narvarokartan-search-1" &&
    Array.isArray(file.kommuner) &&
    Array.isArray(file.places) &&
    Array.isArray(file.postnummer)
  );
}

export function useSearchIndex(): SearchIndexState {
  const [state, setState] = useState<SearchIndexState>({ status: "loading" });
  useEffect(() => {
    let cancelled = false;
    const load = async (): Promise<SearchIndexState> => {
      try {
        const response = await fetch(`${import.meta.env.BASE_URL}data/${SEARCH_ENTRIES_FILE}`);
        if (!response.ok) return { status: "error", reason: `HTTP ${response.status}` };
        const body: unknown = await response.json();
        if (!isSearchEntriesFile(body))
          return { status: "error", reason: `${SEARCH_ENTRIES_FILE} is not a search entries file` };
        return { status: "ready", index: buildSearchIndex(decodeSearchEntries(body)) };
      } catch (error) {
        return { status: "error", reason: error instanceof Error ? error.message : String(error) };
      }
    };
    const cancelStart = afterFirstPaint(() => {
      void load().then((next) => {
        if (!cancelled) setState(next);
      });
    });
    return () => {
      cancelled = true;
      cancelStart();
    };
  }, []);
  return state;
}
