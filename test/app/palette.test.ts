import { describe, expect, it } from "vitest";
import { BASE_COLOURS, contrastRatio, KIND_COLOURS } from "../../src/map/palette";
import { FORMS, STATUSES, symbolFor } from "../../src/map/symbols";

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});

describe("symbol colours (WCAG 2.1 SC 1.4.11, non-text contrast ≥ 3:1)", () => {
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) {
    it(`${kind} ${colour} stands out against land and water`, () => {
      expect(contrastRatio(colour, BASE_COLOURS.land)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(colour, BASE_COLOURS.water)).toBeGreaterThanOrEqual(3);
    });
  }

  it("every symbol's ring or solid fill keeps ≥ 3:1 against the land", () => {
    for (const form of FORMS) {
      for (const status of STATUSES) {
        const s = symbolFor(form, status);
        // A white outline on a solid fill does not count; the fill must carry the contrast then.
        const boundary = s.fillOpacity === 1 ? s.fill : s.stroke;
        expect(contrastRatio(boundary, BASE_COLOURS.land), `${form}/${status}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("the län border is visible against the land", () => {
    expect(contrastRatio(BASE_COLOURS.lanBorder, BASE_COLOURS.land)).toBeGreaterThanOrEqual(3);
  });
});

describe("symbolFor", () => {
  it("draws planned as a hollow ring and pending as a pale fill with a thick ring", () => {
    expect(symbolFor("servicekontor", "planned")).toMatchObject({ fillOpacity: 0 });
    const pending = symbolFor("fast_bemannat", "pending");
    expect(pending.fillOpacity).toBeGreaterThan(0);
    expect(pending.fillOpacity).toBeLessThan(1);
    expect(pending.strokeWidth).toBeGreaterThan(symbolFor("fast_bemannat", "current").strokeWidth);
  });

  it("tells the four forms apart when current", () => {
    const keys = FORMS.map((form) => {
      const s = symbolFor(form, "current");
      return `${s.fill}|${s.radius}|${s.stroke}|${s.centreDot}`;
    });
    expect(new Set(keys).size).toBe(FORMS.length);
  });
});
