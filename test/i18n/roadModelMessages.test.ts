// The road-model strings: both languages have the same keys, every assumption the road rules add has a
// label, and the skeleton's road name is translated rather than shown as the build's internal name.
import { describe, expect, it } from "vitest";
import * as ASSUMPTIONS from "../../src/geo/assumptions.ts";
import { SKELETON_ROAD } from "../../src/geo/roadGraph.ts";
import { ROAD_MODEL_MESSAGES } from "../../src/i18n/roadModelMessages.ts";

describe("road-model messages", () => {
  it("label the same assumptions in Swedish and English, each a constant of assumptions.ts", () => {
    const sv = Object.keys(ROAD_MODEL_MESSAGES.sv.assumptions).sort();
    expect(Object.keys(ROAD_MODEL_MESSAGES.en.assumptions).sort()).toEqual(sv);
    for (const name of sv) expect(ASSUMPTIONS).toHaveProperty(name);
  });

  it("name the skeleton's links in each language", () => {
    expect(ROAD_MODEL_MESSAGES.sv.roadName(SKELETON_ROAD)).toBe("E-vägsskelettet");
    expect(ROAD_MODEL_MESSAGES.en.roadName("E45")).toBe("E45");
  });
});
