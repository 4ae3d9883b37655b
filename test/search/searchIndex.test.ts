import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchPlaces, type SearchHit } from "../../src/search/searchIndex.ts";
import { fixtureEntries } from "./fixture.ts";

const index = buildSearchIndex(fixtureEntries().entries);
const search = (query: string, limit?: number) => searchPlaces(index, query, limit);
/** "kind label (detail) match" per hit, compact enough to compare whole lists. */
const describeHits = (hits: SearchHit[]) =>
  hits.map(({ entry, match }) => `${entry.kind} ${entry.label} (${entry.detail}) ${match}`);
const first = (query: string) => search(query)[0];

describe("diacritics and case", () => {
  it("finds Örebro, Härjedalen and Östersund typed without diacritics", () => {
    expect(first("Orebro")?.entry.label).toBe("Örebro");
    expect(first("Harjedalen")?.entry.label).toBe("Härjedalen");
    expect(first("Ostersund")?.entry.label).toBe("Östersund");
  });

  it("finds Göteborg spelt Goeteborg", () => {
    expect(first("Goeteborg")).toMatchObject({ entry: { label: "Göteborg" }, match: "exact" });
  });

  it("ignores case", () => {
    expect(describeHits(search("ÖSTERSUND"))).toEqual(describeHits(search("östersund")));
    expect(first("oRSA")?.entry.label).toBe("Orsa");
  });
});

describe("typos", () => {
  it("finds Östersund from Östersnd (one letter missing)", () => {
    expect(first("Östersnd")).toMatchObject({ entry: { label: "Östersund" }, match: "fuzzy", distance: 1 });
  });

  it("finds Göteborg from Götebrog (two letters swapped count as one edit)", () => {
    expect(first("Götebrog")).toMatchObject({ entry: { label: "Göteborg" }, match: "fuzzy", distance: 1 });
  });

  it("finds Sysslebäck from Sysseleback, typed without ä and with a letter too many", () => {
    expect(first("Sysseleback")?.entry.label).toBe("Sysslebäck");
  });

  it("allows no typo in a query of three letters", () => {
    expect(search("Osa")).toEqual([]);
  });

  it("keeps suggesting a place while a typo is being typed", () => {
    expect(first("Götebr")?.entry.label).toBe("Göteborg");
  });
});

describe("postnummer", () => {
  it("finds 794 90 typed with and without the space", () => {
    for (const query of ["79490", "794 90"])
      expect(describeHits(search(query))).toEqual(["postnummer 794 90 Orsa (Orsa) exact"]);
  });

  it("lists the postnummer starting with the digits typed so far, in order", () => {
    expect(search("794").map((hit) => hit.entry.label)).toEqual([
      "794 20 Orsa",
      "794 30 Orsa",
      "794 90 Orsa",
    ]);
  });

  it("shows the län when the postal file gives no kommun", () => {
    expect(first("794 20")?.entry).toMatchObject({
      kommunKod: null,
      detail: "Dalarna",
      precision: "postort",
    });
  });
});

describe("ranking", () => {
  it("lists a kommun before the locality of the same name", () => {
    expect(describeHits(search("Orsa", 2))).toEqual([
      "kommun Orsa (Dalarnas län) exact",
      "locality Orsa (Orsa) exact",
    ]);
  });

  it("lists a kommun first even when GeoNames gives the locality more inhabitants", () => {
    // GeoNames: Stockholm (locality) 1,515,017; SCB: Stockholms kommun 995,574.
    expect(search("Stockholm", 2).map((hit) => hit.entry.kind)).toEqual(["kommun", "locality"]);
  });

  it("ranks exact before prefix before word-prefix before fuzzy", () => {
    const matches = search("Malmö").map((hit) => hit.match);
    expect(matches[0]).toBe("exact");
    expect(search("Frölunda")[0]?.match).toBe("word_prefix");
    const order = { exact: 0, prefix: 1, word_prefix: 2, fuzzy: 3 };
    for (const query of ["Ö", "Ost", "Stockholm", "Kist", "Askersun"]) {
      const ranks = search(query).map((hit) => order[hit.match]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("ranks a bigger place above a smaller one within the same match", () => {
    // Örebro (160,000) before Östersund (65,000): both are prefix matches of "ö".
    expect(describeHits(search("ö", 4))).toEqual([
      "kommun Örebro (Örebro län) prefix",
      "locality Örebro (Örebro) prefix",
      "kommun Östersund (Jämtlands län) prefix",
      "locality Östersund (Östersund) prefix",
    ]);
  });

  it("puts the real place before a typo neighbour", () => {
    expect(search("Ostersund").map((hit) => hit.entry.label)).toEqual([
      "Östersund",
      "Östersund",
      "Askersund",
      "Askersund",
    ]);
  });
});

describe("edge cases", () => {
  it("returns nothing for an empty or blank query", () => {
    expect(search("")).toEqual([]);
    expect(search("  -- ")).toEqual([]);
  });

  it("returns nothing when nothing matches", () => {
    expect(search("Xyzzyville")).toEqual([]);
    expect(search("99999")).toEqual([]);
  });

  it("honours the limit", () => {
    expect(search("o", 3)).toHaveLength(3);
    expect(search("o", 0)).toEqual([]);
  });

  it("ignores the word kommun", () => {
    expect(first("Härjedalens kommun")?.entry).toMatchObject({ kind: "kommun", label: "Härjedalen" });
  });
});
