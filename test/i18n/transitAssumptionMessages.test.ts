// The transit strings: both languages label the same assumptions, every numeric TRANSIT_ constant of
// assumptions.ts has a label (so "Om beräkningen" never shows a bare constant name), and every gap code the
// build writes is worded.
import { describe, expect, it } from "vitest";
import { TRANSIT_FEED_NOTES } from "../../src/data/gtfs/transitPipeline.ts";
import * as ASSUMPTIONS from "../../src/geo/assumptions.ts";
import { TRANSIT_ASSUMPTION_MESSAGES } from "../../src/i18n/transitAssumptionMessages.ts";

describe("transit assumption messages", () => {
  it("label every numeric TRANSIT_ assumption, in Swedish and English", () => {
    const transitConstants = Object.entries(ASSUMPTIONS)
      .filter(([name, value]) => name.startsWith("TRANSIT_") && typeof value === "number")
      .map(([name]) => name)
      .sort();
    expect(transitConstants.length).toBeGreaterThan(5);
    expect(Object.keys(TRANSIT_ASSUMPTION_MESSAGES.sv.assumptions).sort()).toEqual(transitConstants);
    expect(Object.keys(TRANSIT_ASSUMPTION_MESSAGES.en.assumptions).sort()).toEqual(transitConstants);
  });

  it("word every gap of the built feed", () => {
    for (const language of ["sv", "en"] as const)
      for (const gap of TRANSIT_FEED_NOTES.gaps)
        expect(TRANSIT_ASSUMPTION_MESSAGES[language].gaps[gap]).toBeTruthy();
    expect(TRANSIT_ASSUMPTION_MESSAGES.sv.excludedRouteTypes("1501")).toContain("1501");
  });
});
