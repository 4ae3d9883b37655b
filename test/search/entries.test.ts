import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/data/csv.ts";
import { parseKommuner } from "../../src/data/reference.ts";
import { decodeSearchEntries, encodeSearchEntries } from "../../src/search/entries.ts";
import { fixtureEntries, fixtureText } from "./fixture.ts";

const { entries, issues, notes } = fixtureEntries();
const find = (label: string) => entries.filter((entry) => entry.label === label);

describe("entries from the fixture", () => {
  it("has no issues, one entry per kommun and unique ids", () => {
    expect(issues).toEqual([]);
    expect(entries.filter((e) => e.kind === "kommun")).toHaveLength(10);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("places a kommun at its GeoNames seat and describes it by its län", () => {
    expect(find("Härjedalen")).toEqual([
      {
        id: "kommun-2361",
        kind: "kommun",
        label: "Härjedalen",
        detail: "Jämtlands län",
        kommunKod: "2361",
        position: [14.36577, 62.03407], // Sveg, [lon, lat]
        precision: "kommun_seat",
        source: "geonames_cities500",
        population: 10175,
      },
    ]);
  });

  it("keeps one Kista in Stockholm, at the GeoNames point, although three sources name it", () => {
    const kista = find("Kista");
    expect(kista).toHaveLength(1);
    expect(kista[0]).toMatchObject({
      kommunKod: "0180",
      source: "geonames_cities500",
      position: [17.94479, 59.40316],
    });
  });

  it("takes Sysslebäck, missing from cities500, from Wikipedia rather than the postal file", () => {
    expect(find("Sysslebäck")).toEqual([
      expect.objectContaining({ kind: "locality", kommunKod: "1737", detail: "Torsby", source: "wikipedia" }),
    ]);
  });

  it("joins the postal Malmö and Orsa rows without kommun code to those localities", () => {
    expect(find("Malmö").map((e) => `${e.kind} ${e.kommunKod}`)).toEqual(["kommun 1280", "locality 1280"]);
    expect(notes.join("\n")).toMatch(/2 place\(s\) without kommun code joined/);
  });

  it("reads the retired kommun code 1917 as Heby's 0331 and says so", () => {
    expect(find("740 21 Järlåsa")[0]?.kommunKod).toBe("0331");
    expect(notes.some((note) => note.includes("retired kommun code 1917 read as 0331 Heby"))).toBe(true);
  });

  it("title-cases the upper-case stadsdel names", () => {
    expect(find("Farsta Strand")[0]).toMatchObject({ kind: "district", precision: "district_centroid" });
  });

  it("says a postnummer is placed at its postort's point", () => {
    expect(find("794 90 Orsa")[0]).toMatchObject({ precision: "postort", source: "geonames_postal" });
  });
});

describe("malformed rows", () => {
  const result = fixtureEntries({ postal: fixtureText("SE_malformed.txt") });
  const file = "fixture/places/geonames_postal_SE/SE.txt";

  it("are each reported with file, line and reason", () => {
    expect(result.issues.map(formatIssue)).toEqual([
      `${file}:2 [postal code]: not a postnummer "NNN NN": "79A 90"`,
      `${file}:3: expected 12 tab-separated cells, found 11`,
      `${file}:4 [latitude/longitude]: not a coordinate in Sweden: 0, 14.6155`,
      `${file}:5 [admin2 code]: unknown kommun code "9999" (Orsa)`,
    ]);
  });

  it("leave the valid rows of the same file in place", () => {
    const codes = result.entries.filter((e) => e.kind === "postnummer").map((e) => e.label);
    expect(codes).toEqual(["794 90 Orsa", "794 30 Orsa"]);
  });

  it("include a GeoNames city row with too few cells", () => {
    const broken = fixtureText("cities500_SE.txt").replace(/\tEurope\/Stockholm\t[^\n]*\n/, "\n");
    const { issues: cityIssues } = fixtureEntries({ geonames: broken });
    expect(cityIssues).toEqual([
      {
        file: "fixture/places/geonames_cities500_SE/cities500_SE.txt",
        line: 1,
        reason: "expected 19 tab-separated cells, found 17",
      },
    ]);
  });

  it("include a Wikipedia point in an unknown kommun, with the closest names", () => {
    const wikipedia = fixtureText("wikipedia_place_points.csv").replace(",Malmö,", ",Malmo,");
    const issue = fixtureEntries({ wikipedia }).issues[0];
    expect(issue).toMatchObject({ line: 2, field: "kommun", reason: 'unknown kommun "Malmo"' });
    expect(issue?.suggestions?.[0]).toBe("Malmö");
  });
});

describe("the compact file", () => {
  it("decodes to the same entries, coordinates rounded to 5 decimals", () => {
    const kommuner = parseKommuner(fixtureText("kommuner.csv"), "kommuner.csv").rows;
    const file = JSON.parse(JSON.stringify(encodeSearchEntries(entries, kommuner)));
    const round = (v: number) => Math.round(v * 1e5) / 1e5;
    const expected = entries.map((e) => ({ ...e, position: [round(e.position[0]), round(e.position[1])] }));
    expect(decodeSearchEntries(file)).toEqual(expected);
  });
});
