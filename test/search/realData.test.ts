// Runs on the shared datasets themselves (NARVARO_DATA_DIR, default ../shared/data).
import { describe, expect, it } from "vitest";
import { loadSearchSources } from "../../scripts/build-search.ts";
import { dataDir } from "../../scripts/load-sources.ts";
import { buildSearchEntries } from "../../src/search/entries.ts";
import { buildSearchIndex, searchPlaces } from "../../src/search/searchIndex.ts";

const { entries, issues } = buildSearchEntries(loadSearchSources(), dataDir);
const index = buildSearchIndex(entries);
const labels = (query: string) =>
  searchPlaces(index, query).map((hit) => `${hit.entry.kind} ${hit.entry.label}`);

describe("the search on the shared data", () => {
  it("builds without issues: all 290 kommuner, every postnummer, unique ids", () => {
    expect(issues).toEqual([]);
    expect(entries.filter((e) => e.kind === "kommun")).toHaveLength(290);
    expect(entries.filter((e) => e.kind === "postnummer")).toHaveLength(18_815);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("lists Orsa kommun first for Orsa", () => {
    expect(searchPlaces(index, "Orsa")[0]?.entry).toMatchObject({ kind: "kommun", kommunKod: "2034" });
  });

  it("finds 794 90 from 79490", () => {
    expect(labels("79490")).toEqual(["postnummer 794 90 Orsa"]);
  });

  it("finds Sysslebäck, which cities500 lacks, also spelt Sysseleback", () => {
    for (const query of ["Sysslebäck", "Sysseleback"])
      expect(searchPlaces(index, query)[0]?.entry).toMatchObject({ label: "Sysslebäck", kommunKod: "1737" });
  });

  it("finds Rosengård (Wikipedia) typed as Rosengard, and Kista", () => {
    expect(labels("Rosengard")[0]).toBe("district Rosengård");
    expect(searchPlaces(index, "kista")[0]?.entry).toMatchObject({ label: "Kista", kommunKod: "0180" });
  });

  it("corrects Götebrog and Östersnd", () => {
    expect(labels("Götebrog").slice(0, 2)).toEqual(["kommun Göteborg", "locality Göteborg"]);
    expect(labels("Östersnd").slice(0, 2)).toEqual(["kommun Östersund", "locality Östersund"]);
  });
});
