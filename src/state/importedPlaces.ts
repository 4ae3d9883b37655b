// The places a user imported from their own file, for every view that takes part: the map layer, the
// finder, the legend, the Restid what-if and the planner. Kept only in this module's memory (never in
// localStorage, IndexedDB, cookies or the URL): a reload forgets it, as the import panel says.
import { useSyncExternalStore } from "react";
import type { ImportedKind, ImportedPlace } from "../data/import/types";
import type { EnginePlace } from "../data/reachScenarios";
import type { ImportHead } from "../worker/importProtocol";

export interface ImportedList {
  fileName: string;
  head: ImportHead;
  places: readonly ImportedPlace[];
  /** blob: URL of the places as GeoJSON for the map layer (made in the import worker). */
  mapData: string;
}

export interface ImportedPlacesState {
  list: ImportedList | null;
  /** The legend's checkbox for the layer. */
  visible: boolean;
}

let state: ImportedPlacesState = { list: null, visible: true };
const listeners = new Set<() => void>();

function set(next: ImportedPlacesState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const importedPlacesStore = {
  get: (): ImportedPlacesState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  show(list: ImportedList): void {
    set({ ...state, list });
  },
  clear(): void {
    set({ ...state, list: null });
  },
  setVisible(visible: boolean): void {
    set({ ...state, visible });
  },
};

export function useImportedPlaces(): ImportedPlacesState {
  return useSyncExternalStore(
    importedPlacesStore.subscribe,
    importedPlacesStore.get,
    importedPlacesStore.get,
  );
}

/** The imported places as the reach engine takes them (all "current"), optionally of one kind. */
export function importedEnginePlaces(list: ImportedList | null, kind?: ImportedKind): EnginePlace[] {
  if (!list) return [];
  return list.places
    .filter((p) => kind === undefined || p.kind === kind)
    .map((p) => ({
      id: p.id,
      lon: p.lon,
      lat: p.lat,
      kommunKod: p.kommunKod,
      kind: p.kind,
      status: "current",
    }));
}

const NO_ENGINE_PLACES: EnginePlace[] = [];
const engineCache = new WeakMap<ImportedList, EnginePlace[]>();

/** Memoised per list, so hooks depending on it do not recompute on unrelated renders. */
export function useImportedEnginePlaces(): EnginePlace[] {
  const { list } = useImportedPlaces();
  if (!list) return NO_ENGINE_PLACES;
  let places = engineCache.get(list);
  if (!places) {
    places = importedEnginePlaces(list);
    engineCache.set(list, places);
  }
  return places;
}
