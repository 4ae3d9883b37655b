import { describe, expect, it } from "vitest";
import { englishLanName, FINDER_MAP_MESSAGES } from "../../src/i18n/finderMapMessages";
import { place } from "../state/places.fixture";

describe("englishLanName", () => {
  it.each([
    ["Dalarnas län", "Dalarna County"],
    ["Västra Götalands län", "Västra Götaland County"],
    ["Skåne län", "Skåne County"],
    ["Kalmar län", "Kalmar County"],
    ["Örebro län", "Örebro County"],
  ])("%s → %s", (sv, en) => expect(englishLanName(sv)).toBe(en));
});

describe("placeLabel", () => {
  const planned = place({
    id: "sk-0180-planerat-1",
    kind: "spontaneous",
    form: "servicekontor",
    status: "planned",
    kommunNamn: "Stockholm",
    label: "Servicekontor Stockholm (planerat 2022–2023)",
  });
  it("translates the generic noun the product adds, not the organisation's name", () => {
    const en = FINDER_MAP_MESSAGES.en.placeLabel;
    expect(en(place({ id: "sk-x", form: "servicekontor", locality: "Mora", kommunNamn: "Mora" }))).toBe(
      "Service office Mora",
    );
    expect(en(place({ id: "af-x", form: "fast_bemannat", kommunNamn: "Mora" }))).toBe(
      "Arbetsförmedlingen Mora",
    );
  });
  it("says that the report gives no locality for a planned office", () => {
    expect(FINDER_MAP_MESSAGES.sv.placeLabel(planned)).toBe(
      "Servicekontor Stockholm (planerat 2022–2023) – rapporten anger ingen ort",
    );
    expect(FINDER_MAP_MESSAGES.en.placeLabel(planned)).toContain("the report gives no locality");
  });
  it("keeps a current place's Swedish label", () => {
    const current = place({ id: "sk-y", label: "Servicekontor Kista", locality: "Kista" });
    expect(FINDER_MAP_MESSAGES.sv.placeLabel(current)).toBe("Servicekontor Kista");
  });
});
