// View state the app shell owns: legend toggles, map/list mode and the selected place.
import { DEFAULT_TOGGLES, type LayerToggles } from "./toggles";

/**
 * "planner" is the planners' view: coverage map, full table, what-if (`?view=planner`, alias `?view=reach`);
 * "embed" is "Bädda in", the kommun widget's snippet builder.
 */
export type ViewMode = "map" | "list" | "planner" | "embed";

/**
 * Where a selection came from (maputnik's `_from`): a click on the map already shows its popup, while a
 * selection made in the list must make the map fly there. Recording it keeps map and React from looping.
 */
export type SelectionOrigin = "map" | "app";

export interface Selection {
  placeId: string;
  from: SelectionOrigin;
}

export interface ViewState {
  toggles: LayerToggles;
  viewMode: ViewMode;
  selection: Selection | null;
  /**
   * Counts "Visa på kartan" requests: each one brings the map panel on screen (and loads the map if it has
   * not loaded yet), even when the same place is asked for again.
   */
  mapRevealCount: number;
}

export type ViewAction =
  | { type: "setToggle"; key: keyof LayerToggles; value: boolean }
  | { type: "setViewMode"; viewMode: ViewMode }
  | { type: "select"; placeId: string | null; from: SelectionOrigin }
  | { type: "showOnMap"; placeId: string };

export const INITIAL_VIEW_STATE: ViewState = {
  toggles: DEFAULT_TOGGLES,
  viewMode: "map",
  selection: null,
  mapRevealCount: 0,
};

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case "setToggle":
      if (state.toggles[action.key] === action.value) return state;
      return { ...state, toggles: { ...state.toggles, [action.key]: action.value } };
    case "setViewMode":
      return state.viewMode === action.viewMode ? state : { ...state, viewMode: action.viewMode };
    case "select":
      if (action.placeId === null) return state.selection === null ? state : { ...state, selection: null };
      if (state.selection?.placeId === action.placeId && state.selection.from === action.from) return state;
      return { ...state, selection: { placeId: action.placeId, from: action.from } };
    case "showOnMap":
      return {
        ...state,
        viewMode: "map",
        selection: { placeId: action.placeId, from: "app" },
        mapRevealCount: state.mapRevealCount + 1,
      };
  }
}
