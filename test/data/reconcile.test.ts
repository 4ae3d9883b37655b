// summary.json against the report's own totals: equal where the tables agree with the text, and an
// explained discrepancy wherever they do not. Nothing is forced to match.
import { describe, expect, it } from "vitest";
import { buildReal, buildWith } from "./build.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadSources, repoRoot } from "../../scripts/load-sources.ts";

const outputs = buildReal();
const { summary } = outputs;
const places = outputs.meetingPlaces.features.map((f) => f.properties);
const kommunNamn = new Map(summary.kommuner.map((k) => [k.kod, k.namn]));

describe("counts that match the report", () => {
  it.each([
    ["kommuner", 290],
    ["faRegioner", 60],
    ["lan", 21],
    ["samarbetslosningar", 106],
    ["kommunerWithBookedPresence", 211],
    ["kommunerWithoutBookedPresence", 79],
    ["glesbygdskommunerWithBookedPresence", 20],
  ] as const)("%s = %i", (key, value) => {
    expect(summary.counts[key]).toBe(value);
  });
  it("120 current and 28 planned servicekontor; 88 fast bemannade and 24 kontor vi reser till", () => {
    expect(summary.counts.servicekontor).toEqual({ current: 120, planned: 28 });
    expect(summary.counts.afKontor).toEqual({ fastBemannat: 88, reserTill: 24 });
  });
  it("the planned servicekontor add exactly 15 kommuner", () => {
    const { current, includingPlanned } = summary.counts.kommunerWithServicekontor;
    expect(includingPlanned - current).toBe(15);
  });
  it("summary.kommuner has all 290 kommuner with 4-digit string codes and integer counts", () => {
    expect(summary.kommuner).toHaveLength(290);
    expect(summary.kommuner.every((k) => /^\d{4}$/.test(k.kod))).toBe(true);
    const numbers = JSON.stringify(summary.counts).match(/\d+(\.\d+)?/g)!;
    expect(numbers.every((n) => Number.isInteger(Number(n)))).toBe(true);
  });
  it("reportStates carries the report's stated figures with a quote", () => {
    expect(summary.reportStates.kommunerWithBookedPresence?.value).toBe(211);
    expect(summary.reportStates.servicekontor?.current?.quote).toContain("120 servicekontor i 110 kommuner");
  });
});

describe("discrepancies, each explained", () => {
  const byId = new Map(summary.discrepancies.map((d) => [d.id, d]));
  it("servicekontor kommuner: 109 in the table, 110 in the text", () => {
    expect(summary.counts.kommunerWithServicekontor.current).toBe(109);
    expect(byId.get("D-servicekontor-kommuner")?.tablesSay).toMatch(/^109 – /);
    expect(byId.get("D-servicekontor-kommuner")?.reportSays).toMatch(/^110 – /);
    expect(byId.get("D-servicekontor-kommuner")?.sv.tablesSay).toMatch(/^109 – Bilaga 1 har exakt 120 rader/);
  });
  it("landsbygd: 51 of 55, because Rättvik also lacks a Bilaga 2 row", () => {
    const landsbygd = summary.kommuner.filter((k) => k.landsbygd);
    expect(landsbygd).toHaveLength(55);
    const without = landsbygd.filter((k) => !k.presence.booked).map((k) => k.namn);
    expect(without.sort()).toEqual(["Eda", "Orsa", "Rättvik", "Vimmerby"]);
    expect(byId.get("D-landsbygd")?.tablesSay).toMatch(/^51 – /);
  });
  it("the report's named landsbygd exceptions are a subset of the kommuner without presence", () => {
    const named = readFileSync(join(repoRoot, "data/landsbygd_undantag.csv"), "utf8")
      .split("\n")
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(",")[1]);
    const without = summary.kommuner.filter((k) => k.landsbygd && !k.presence.booked).map((k) => k.namn);
    expect(named).toEqual(["Orsa", "Eda", "Vimmerby"]);
    for (const name of named) expect(without).toContain(name);
  });
  it("every stated figure that differs from the tables has an explanation, none 'unexplained'", () => {
    expect(summary.discrepancies.filter((d) => d.id.startsWith("unexplained"))).toEqual([]);
    for (const d of summary.discrepancies) {
      for (const text of [d, d.sv]) {
        for (const field of [text.what, text.reportSays, text.tablesSay, text.resolution, text.evidence])
          expect(field, d.id).not.toBe("");
      }
    }
  });
  it("a new, unexplained difference fails the build", () => {
    const figures = loadSources().reportFigures.replace("samarbetslosningar,106,", "samarbetslosningar,107,");
    const { outputs: out, issues } = buildWith({ reportFigures: figures });
    expect(out).toBeNull();
    expect(issues.map((i) => i.reason)).toContain(
      "samarbetslosningar: tables give 106, report states 107, and no note explains it",
    );
  });
  it("a note for a difference that no longer exists fails the build", () => {
    const figures = loadSources().reportFigures.replace(
      "kommunerWithServicekontor.current,110,",
      "kommunerWithServicekontor.current,109,",
    );
    const { issues } = buildWith({ reportFigures: figures });
    expect(
      issues.some((i) =>
        i.reason.startsWith("D-servicekontor-kommuner: kommunerWithServicekontor.current now matches"),
      ),
    ).toBe(true);
  });
});

describe("claims made in the discrepancy notes hold in the tables", () => {
  it("footnote 43: 15 current servicekontor in its 7 kommuner, 16 with Malmö's Värnhem", () => {
    const seven = ["Botkyrka", "Gävle", "Göteborg", "Haninge", "Stockholm", "Sundbyberg", "Södertälje"];
    const inSeven = places.filter(
      (p) =>
        p.form === "servicekontor" && p.status === "current" && seven.includes(kommunNamn.get(p.kommunKod)!),
    );
    expect(inSeven).toHaveLength(15);
    expect(places.find((p) => p.locality === "Värnhem")?.status).toBe("current");
  });
  it("Norrköping rows: read as Norrtälje, Bilaga 2 covers 211 kommuner; read as Norrköping it would cover 210", () => {
    const bilaga2Kommuner = new Set(
      places.filter((p) => p.sourceTable === "bilaga2").map((p) => p.kommunKod),
    );
    expect(bilaga2Kommuner.size).toBe(211);
    expect(bilaga2Kommuner.has("0188")).toBe(true);
    bilaga2Kommuner.delete("0188"); // the alternative reading: the row is a second Norrköping (0581)
    expect(bilaga2Kommuner.has("0581")).toBe(true);
    expect(bilaga2Kommuner.size).toBe(210);
  });
  it("pending samarbetslösningar are the six the text names (Krokom, Berg, Bräcke, Mullsjö, Mark, Kristinehamn)", () => {
    const pending = places.filter((p) => p.status === "pending").map((p) => kommunNamn.get(p.kommunKod));
    expect(pending.sort()).toEqual(["Berg", "Bräcke", "Kristinehamn", "Krokom", "Mark", "Mullsjö"]);
  });
});

describe("corrections, each applied with its evidence", () => {
  it("applies K1–K8 to 23 rows, each with reason and evidence", () => {
    expect(summary.corrections).toHaveLength(23);
    expect([...new Set(summary.corrections.map((c) => c.id))]).toEqual([
      "K1",
      "K2",
      "K3",
      "K4",
      "K5",
      "K6",
      "K7",
      "K8",
    ]);
    for (const c of summary.corrections) {
      expect(c.reason.length).toBeGreaterThan(10);
      expect(c.evidence.length).toBeGreaterThan(30);
      expect(c.sv.reason.length).toBeGreaterThan(10);
      expect(c.sv.evidence.length).toBeGreaterThan(30);
    }
  });
  it.each([
    ["bilaga2", 156, "1481"], // Mölnadal → Mölndal
    ["bilaga2", 174, "1442"], // Värgårda → Vårgårda
    ["bilaga1", 77, "0188"], // Norrköping under Stockholms län → Norrtälje
    ["bilaga2", 116, "0188"],
    ["bilaga2", 14, "2581"], // Piteå under "Norrbotten län"
  ] as const)("%s row %i resolves to kommun %s", (table, row, kod) => {
    const place = places.find((p) => p.sourceTable === table && p.sourceRow === row);
    expect(place?.kommunKod).toBe(kod);
  });
  it("Sysseleback is named Sysslebäck while the comment stays verbatim", () => {
    const place = places.find((p) => p.sourceTable === "bilaga2" && p.sourceRow === 80)!;
    expect(place.locality).toBe("Sysslebäck");
    expect(place.comment).toBe("Avser lösning i Sysseleback");
  });
});
