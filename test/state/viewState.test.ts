import { describe, expect, it } from "vitest";
import { INITIAL_VIEW_STATE, viewReducer } from "../../src/state/viewState";

describe("viewReducer", () => {
  it("showOnMap switches to the map and marks the selection as coming from the app", () => {
    const listed = viewReducer(INITIAL_VIEW_STATE, { type: "setViewMode", viewMode: "list" });
    const next = viewReducer(listed, { type: "showOnMap", placeId: "sk-0180-kista" });
    expect(next.viewMode).toBe("map");
    expect(next.selection).toEqual({ placeId: "sk-0180-kista", from: "app" });
  });

  it("each showOnMap asks the map to come on screen again, even for the same place", () => {
    const once = viewReducer(INITIAL_VIEW_STATE, { type: "showOnMap", placeId: "af-2062" });
    const twice = viewReducer(once, { type: "showOnMap", placeId: "af-2062" });
    expect([once.mapRevealCount, twice.mapRevealCount]).toEqual([1, 2]);
  });

  it("a map selection is recorded as from the map, so the map is not told to fly back", () => {
    const next = viewReducer(INITIAL_VIEW_STATE, { type: "select", placeId: "af-2361-sveg", from: "map" });
    expect(next.selection).toEqual({ placeId: "af-2361-sveg", from: "map" });
  });

  it("returns the same state object when nothing changes (no re-render, no map update)", () => {
    expect(viewReducer(INITIAL_VIEW_STATE, { type: "setToggle", key: "booked", value: true })).toBe(
      INITIAL_VIEW_STATE,
    );
    expect(viewReducer(INITIAL_VIEW_STATE, { type: "select", placeId: null, from: "map" })).toBe(
      INITIAL_VIEW_STATE,
    );
  });

  it("toggles one legend switch without touching the others", () => {
    const next = viewReducer(INITIAL_VIEW_STATE, { type: "setToggle", key: "spontaneous", value: false });
    expect(next.toggles).toEqual({ ...INITIAL_VIEW_STATE.toggles, spontaneous: false });
  });
});
