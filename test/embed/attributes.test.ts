import { describe, expect, it } from "vitest";
import {
  asKommunKod,
  parseHeight,
  parseKinds,
  parseLang,
  parseMap,
  resolveKommunName,
} from "../../src/embed/attributes";
import type { EmbedIndex } from "../../src/embed/data/types";

const index: EmbedIndex = {
  version: 1,
  kommuner: [
    ["2034", "Orsa"],
    ["1480", "Göteborg"],
    ["2062", "Mora"],
    ["1764", "Grums"],
    ["2021", "Vansbro"],
    ["2039", "Älvdalen"],
    ["2023", "Malung-Sälen"],
  ],
};

describe("resolveKommunName", () => {
  it.each([
    ["Orsa", "2034"],
    ["ORSA", "2034"],
    [" orsa ", "2034"],
    ["Goteborg", "1480"],
    ["Göteborgs kommun", "1480"],
    ["Orsa kommun", "2034"],
    ["alvdalen", "2039"],
    ["Malung Salen", "2023"],
    ["Grums", "1764"],
  ])("%s → %s", (value, kod) => expect(resolveKommunName(value, index)).toBe(kod));

  it("returns null for an unknown or empty name instead of guessing", () => {
    expect(resolveKommunName("Atlantis", index)).toBeNull();
    expect(resolveKommunName("Ors", index)).toBeNull();
    expect(resolveKommunName("", index)).toBeNull();
  });
});

describe("attribute parsing", () => {
  it("reads a kommunkod with or without its leading zero", () => {
    expect(asKommunKod("0180")).toBe("0180");
    expect(asKommunKod("180")).toBe("0180");
    expect(asKommunKod("Orsa")).toBeNull();
    expect(asKommunKod("12345")).toBeNull();
  });

  it("keeps the canonical order of kinds and ignores unknown words", () => {
    expect(parseKinds("booked, spontaneous")).toEqual(["spontaneous", "booked"]);
    expect(parseKinds("provider;nonsense")).toEqual(["provider"]);
    expect(parseKinds("nonsense")).toEqual(["spontaneous", "booked", "provider"]);
    expect(parseKinds(null)).toEqual(["spontaneous", "booked", "provider"]);
  });

  it("accepts px, rem and em heights, clamps tiny ones and falls back on nonsense", () => {
    expect(parseHeight("480")).toBe("480px");
    expect(parseHeight("30rem")).toBe("30rem");
    expect(parseHeight("100")).toBe("240px");
    expect(parseHeight("tall")).toBe("640px");
    expect(parseHeight(null)).toBe("640px");
  });

  it("turns the map off only for an explicit off", () => {
    expect(parseMap("off")).toBe(false);
    expect(parseMap("OFF")).toBe(false);
    expect(parseMap("on")).toBe(true);
    expect(parseMap(null)).toBe(true);
  });

  it("defaults to Swedish", () => {
    expect(parseLang("en")).toBe("en");
    expect(parseLang("EN-gb")).toBe("en");
    expect(parseLang("de")).toBe("sv");
    expect(parseLang(null)).toBe("sv");
  });
});
