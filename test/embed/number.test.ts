import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localeFor, type Language } from "../../src/i18n/language";
import { formatNumber } from "../../src/embed/number";

const intl = (value: number, digits: number, lang: Language) =>
  new Intl.NumberFormat(localeFor(lang), { maximumFractionDigits: digits }).format(value);

describe("formatNumber", () => {
  it.each([
    [0, 0, "sv", "0"],
    [1234, 0, "sv", "1\u00a0234"],
    [1234, 0, "en", "1,234"],
    [2.5, 0, "sv", "3"],
    [1.005, 2, "en", "1.01"],
    [99.95, 1, "sv", "100"],
    [999.96, 1, "en", "1,000"],
    [0.05, 1, "sv", "0,1"],
    [12.3, 1, "sv", "12,3"],
  ] as const)("formats %s with %s digits in %s as %j, as Intl does", (value, digits, lang, expected) => {
    expect(formatNumber(value, digits, lang)).toBe(expected);
    expect(intl(value, digits, lang)).toBe(expected);
  });

  it("equals Intl.NumberFormat for any value the widget shows", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 1e7, noNaN: true }),
          fc.integer({ min: 0, max: 10_000_000 }),
          // Ties and near-ties on one and two decimals.
          fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100 + 0.005),
          fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10 + 0.05),
        ),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom<Language>("sv", "en"),
        (value, digits, lang) => formatNumber(value, digits, lang) === intl(value, digits, lang),
      ),
      { numRuns: 20_000 },
    );
  });

  it("hands negative, huge and non-finite values to Intl", () => {
    for (const value of [-1.5, -0, 1e21, Number.POSITIVE_INFINITY, Number.NaN])
      expect(formatNumber(value, 1, "sv")).toBe(intl(value, 1, "sv"));
  });
});
