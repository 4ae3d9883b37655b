import { describe, expect, it } from "vitest";
import { urlNotices } from "../../src/state/urlNotices";

const ids = new Set(["af-2361-sveg", "sam-1737-syssleback"]);

describe("urlNotices", () => {
  it("reports an unknown place, view and language", () => {
    expect(urlNotices("?place=af-9999-nowhere&view=globe&lang=fi", ids)).toEqual([
      { param: "place", value: "af-9999-nowhere" },
      { param: "view", value: "globe" },
      { param: "lang", value: "fi" },
    ]);
  });
  it("says nothing about known values", () => {
    expect(urlNotices("?place=sam-1737-syssleback&view=list&lang=en", ids)).toEqual([]);
  });
  it("cannot judge a place before the places are loaded", () => {
    expect(urlNotices("?place=af-9999-nowhere", null)).toEqual([]);
  });
});
