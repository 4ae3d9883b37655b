import { describe, expect, it } from "vitest";
import type { EnginePlace } from "../../../src/data/reachScenarios";
import {
  applyPlannerEdits,
  EMPTY_HISTORY,
  historyReducer,
  nextAddedId,
  roundCoord,
  type PlannerEdit,
} from "../../../src/state/planner/edits";

const base: EnginePlace[] = [
  { id: "a", kind: "booked", status: "current", kommunKod: "0114", lon: 18, lat: 59 },
  { id: "b", kind: "spontaneous", status: "current", kommunKod: "2062", lon: 14.5, lat: 61 },
];

describe("planner edits", () => {
  it("adds anywhere, moves and closes", () => {
    const edits: PlannerEdit[] = [
      { op: "add", id: "ny-1", kind: "booked", lon: 16, lat: 62, kommunKod: "2361" },
      { op: "move", placeId: "a", lon: 18.2, lat: 59.1, kommunKod: "0180" },
      { op: "close", placeId: "b" },
      { op: "move", placeId: "ny-1", lon: 16.1, lat: 62.1, kommunKod: "2361" },
    ];
    expect(applyPlannerEdits(base, edits)).toEqual([
      { id: "a", kind: "booked", status: "current", kommunKod: "0180", lon: 18.2, lat: 59.1 },
      { id: "ny-1", kind: "booked", status: "current", kommunKod: "2361", lon: 16.1, lat: 62.1 },
    ]);
    expect(base[0]!.lon).toBe(18);
  });

  it("numbers added places after the highest present one", () => {
    expect(nextAddedId([])).toBe("ny-1");
    expect(
      nextAddedId([
        { op: "add", id: "ny-3", kind: "booked", lon: 1, lat: 1, kommunKod: "x" },
        { op: "close", placeId: "ny-3" },
      ]),
    ).toBe("ny-4");
  });

  it("rounds coordinates to 0.001°", () => {
    expect(roundCoord(14.12345)).toBe(14.123);
    expect(roundCoord(61.0005)).toBe(61.001);
  });

  it("undoes and redoes one edit at a time, and a new edit drops the redo list", () => {
    const close: PlannerEdit = { op: "close", placeId: "a" };
    const move: PlannerEdit = { op: "move", placeId: "b", lon: 15, lat: 61, kommunKod: "2062" };
    let h = historyReducer(EMPTY_HISTORY, { type: "edit", edit: close });
    h = historyReducer(h, { type: "edit", edit: move });
    expect(h.present).toEqual([close, move]);
    h = historyReducer(h, { type: "undo" });
    expect(h.present).toEqual([close]);
    h = historyReducer(h, { type: "redo" });
    expect(h.present).toEqual([close, move]);
    h = historyReducer(h, { type: "undo" });
    h = historyReducer(h, { type: "undo" });
    expect(h.present).toEqual([]);
    expect(historyReducer(h, { type: "undo" })).toBe(h);
    h = historyReducer(h, { type: "edit", edit: move });
    expect(h.future).toEqual([]);
    expect(historyReducer(h, { type: "redo" })).toBe(h);
  });

  it("reset is itself undoable", () => {
    let h = historyReducer(EMPTY_HISTORY, { type: "edit", edit: { op: "close", placeId: "a" } });
    h = historyReducer(h, { type: "reset" });
    expect(h.present).toEqual([]);
    h = historyReducer(h, { type: "undo" });
    expect(h.present).toEqual([{ op: "close", placeId: "a" }]);
  });
});
