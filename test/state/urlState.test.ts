import { describe, expect, it } from "vitest";
import { isHistoryStep, parseUrlState, sameUrlState, searchFromUrlState } from "../../src/state/urlState";

describe("parseUrlState", () => {
  it("reads q, place, view and lang", () => {
    expect(parseUrlState("?q=Orsa&place=af-2062&view=list&lang=en")).toEqual({
      q: "Orsa",
      place: "af-2062",
      view: "list",
      lang: "en",
    });
  });

  it("defaults to no search, no place, the map and Swedish", () => {
    expect(parseUrlState("")).toEqual({ q: null, place: null, view: "map", lang: "sv" });
  });

  it("reads the planner view, and its old name ?view=reach as the planner", () => {
    expect(parseUrlState("?view=planner").view).toBe("planner");
    expect(parseUrlState("?view=reach").view).toBe("planner");
    expect(
      searchFromUrlState("?view=reach&s=1abcd", { q: null, place: null, view: "planner", lang: "sv" }),
    ).toBe("?s=1abcd&view=planner");
  });

  it("decodes the query and ignores a blank one or a malformed place id", () => {
    expect(parseUrlState("?q=794%2090").q).toBe("794 90");
    expect(parseUrlState("?q=%C3%96stersund").q).toBe("Östersund");
    expect(parseUrlState("?q=%20%20").q).toBeNull();
    expect(parseUrlState("?place=%3Cscript%3E").place).toBeNull();
  });
});

describe("searchFromUrlState", () => {
  it("leaves defaults out and keeps parameters it does not own", () => {
    expect(searchFromUrlState("?debug=1&q=old", { q: null, place: null, view: "map", lang: "sv" })).toBe(
      "?debug=1",
    );
    expect(searchFromUrlState("", { q: "794 90", place: "af-2062", view: "list", lang: "en" })).toBe(
      "?q=794+90&place=af-2062&view=list&lang=en",
    );
  });

  it("round-trips through parseUrlState", () => {
    const state = { q: "Östersund", place: "sk-2380", view: "map" as const, lang: "en" as const };
    expect(parseUrlState(searchFromUrlState("", state))).toEqual(state);
  });
});

describe("isHistoryStep", () => {
  const base = { q: "Orsa", place: null, view: "map" as const, lang: "sv" as const };
  it("a new search or place is a step; view and language are not", () => {
    expect(isHistoryStep(base, { ...base, q: "Mora" })).toBe(true);
    expect(isHistoryStep(base, { ...base, place: "af-2062" })).toBe(true);
    expect(isHistoryStep(base, { ...base, view: "list" })).toBe(false);
    expect(isHistoryStep(base, { ...base, lang: "en" })).toBe(false);
    expect(sameUrlState(base, { ...base })).toBe(true);
  });
});
