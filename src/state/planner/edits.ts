// The planner's scenario: a list of edits to the meeting places (add anywhere, move anywhere, close),
// with undo/redo, and the places they produce for the reach engine. Pure. Coordinates [lon, lat] in
// degrees, always rounded to COORD_STEP_DEG so a shared link (scenarioCodec.ts) reproduces the figures
// exactly.
import type { EnginePlace } from "../../data/reachScenarios";

export type EditableKind = "booked" | "spontaneous";

export type PlannerEdit =
  | { op: "add"; id: string; kind: EditableKind; lon: number; lat: number; kommunKod: string }
  | { op: "move"; placeId: string; lon: number; lat: number; kommunKod: string }
  | { op: "close"; placeId: string };

/** 0.001° ≈ 111 m north–south, ≈ 50 m east–west at 63° N: finer than the places' own precision. */
export const COORD_STEP_DEG = 0.001;

export function roundCoord(value: number): number {
  return Number((Math.round(value / COORD_STEP_DEG) * COORD_STEP_DEG).toFixed(3));
}

/** The places after the edits, in order: base places (closed ones dropped, moved ones at their new point), then additions. */
export function applyPlannerEdits(
  base: readonly EnginePlace[],
  edits: readonly PlannerEdit[],
): EnginePlace[] {
  const places = new Map<string, EnginePlace>(base.map((p) => [p.id, p]));
  for (const edit of edits) {
    if (edit.op === "add") {
      places.set(edit.id, {
        id: edit.id,
        kind: edit.kind,
        status: "current",
        kommunKod: edit.kommunKod,
        lon: edit.lon,
        lat: edit.lat,
      });
    } else if (edit.op === "move") {
      const place = places.get(edit.placeId);
      if (place)
        places.set(edit.placeId, { ...place, lon: edit.lon, lat: edit.lat, kommunKod: edit.kommunKod });
    } else {
      places.delete(edit.placeId);
    }
  }
  return [...places.values()];
}

/** Ids of places added by edits get the next free number: "ny-1", "ny-2", … */
export function nextAddedId(edits: readonly PlannerEdit[]): string {
  let max = 0;
  for (const e of edits) {
    if (e.op !== "add") continue;
    const n = Number(e.id.slice(3));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `ny-${max + 1}`;
}

export const isAddedId = (id: string): boolean => /^ny-\d+$/.test(id);

/** Which kind an edit touches, given the kinds of the base places. */
export function editKind(
  edit: PlannerEdit,
  edits: readonly PlannerEdit[],
  kindOf: ReadonlyMap<string, string>,
): string | undefined {
  if (edit.op === "add") return edit.kind;
  const added = edits.find((e) => e.op === "add" && e.id === edit.placeId);
  return added?.op === "add" ? added.kind : kindOf.get(edit.placeId);
}

/** Undo/redo over whole edit lists. `present` is what the map and figures show. */
export interface EditHistory {
  past: PlannerEdit[][];
  present: PlannerEdit[];
  future: PlannerEdit[][];
}

export type HistoryAction =
  | { type: "edit"; edit: PlannerEdit }
  | { type: "undo" }
  | { type: "redo" }
  | { type: "reset" }
  | { type: "load"; edits: PlannerEdit[] };

export const EMPTY_HISTORY: EditHistory = { past: [], present: [], future: [] };

/**
 * A move of a place that was itself just moved or added replaces nothing: each move is one undo step,
 * so a drag (one move on release) undoes in one step and a nudge undoes one nudge.
 */
export function historyReducer(state: EditHistory, action: HistoryAction): EditHistory {
  switch (action.type) {
    case "edit":
      return { past: [...state.past, state.present], present: [...state.present, action.edit], future: [] };
    case "undo": {
      const previous = state.past[state.past.length - 1];
      if (previous === undefined) return state;
      return { past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future] };
    }
    case "redo": {
      const [next, ...rest] = state.future;
      if (next === undefined) return state;
      return { past: [...state.past, state.present], present: next, future: rest };
    }
    case "reset":
      return state.present.length === 0
        ? state
        : { past: [...state.past, state.present], present: [], future: [] };
    case "load":
      return { past: [], present: action.edits, future: [] };
  }
}
