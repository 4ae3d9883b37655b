// The curated tables must be the report's appendices, row for row: every CSV row is a table line of the
// report verbatim, and every table line of the report is in the CSV exactly once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { repoRoot, seedsDir } from "../../scripts/load-sources.ts";
import { buildReal } from "./build.ts";

const report = readFileSync(join(seedsDir, "004_2e713bdda05e1001.txt"), "utf8").split("\n");

function csv(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(repoRoot, "data", name), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/** Report lines in [from, to) (1-based) that are rows of a tab table starting with a län name. */
function tableLines(from: number, to: number, cells: number): number[] {
  const lines: number[] = [];
  for (let n = from; n < to; n++) {
    const parts = (report[n - 1] ?? "").split("\t");
    if (parts.length === cells && parts[0]!.endsWith("län")) lines.push(n);
  }
  return lines;
}

const bilaga1Start = report.findIndex((l) => l.startsWith("### Bilaga 1.")) + 1;
const bilaga2Start = report.findIndex((l) => l.startsWith("## Bilaga 2.")) + 1;
const bilaga3Start = report.findIndex((l) => l.startsWith("### Bilaga 3.")) + 1;

const tables = [
  {
    file: "bilaga1_servicekontor.csv",
    columns: ["source_lan", "source_region", "source_kommun", "source_kommentar"],
    lines: tableLines(bilaga1Start, bilaga2Start, 4),
    rows: 148,
  },
  {
    file: "bilaga2_bokade_moten.csv",
    columns: ["source_lan", "source_region", "source_kommun", "source_form", "source_kommentar"],
    lines: tableLines(bilaga2Start, bilaga3Start, 5),
    rows: 218,
  },
];

describe.each(tables)("$file", ({ file, columns, lines, rows }) => {
  const records = csv(file);

  it(`has ${rows} rows, numbered 1..${rows}`, () => {
    expect(records).toHaveLength(rows);
    expect(records.map((r) => Number(r.row))).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
  });

  it("reproduces each report line verbatim", () => {
    for (const record of records) {
      expect(columns.map((c) => record[c]).join("\t"), `row ${record.row}`).toBe(
        report[Number(record.source_line) - 1],
      );
    }
  });

  it("drops no table line of the report and repeats none", () => {
    expect(records.map((r) => Number(r.source_line))).toEqual(lines);
  });
});

describe("rows per län, as the report spells the län", () => {
  const perLan = (file: string) => {
    const counts: Record<string, number> = {};
    for (const r of csv(file)) counts[r.source_lan!] = (counts[r.source_lan!] ?? 0) + 1;
    return counts;
  };
  // Counted independently from the report text (awk over the tab tables), not from this code.
  it("Bilaga 1", () => {
    expect(perLan("bilaga1_servicekontor.csv")).toEqual({
      "Blekinge län": 3,
      "Dalarnas län": 7,
      "Gotlands län": 1,
      "Gävleborgs län": 6,
      "Hallands län": 5,
      "Jämtlands län": 4,
      "Jönköpings län": 7,
      "Kalmar län": 5,
      "Kronobergs län": 5,
      "Norrbottnens län": 9,
      "Skåne län": 16,
      "Stockholms län": 14,
      "Södermanlands län": 5,
      "Uppsala län": 4,
      "Värmlands län": 6,
      "Västerbottnens län": 8,
      "Västernorrlands län": 6,
      "Västmanlands län": 4,
      "Västra Götalands län": 22,
      "Örebro län": 5,
      "Östergötlands län": 6,
    });
  });
  it("Bilaga 2", () => {
    expect(perLan("bilaga2_bokade_moten.csv")).toEqual({
      "Blekinge län": 5,
      "Dalarnas län": 9,
      "Gotlands län": 1,
      "Gävleborgs län": 10,
      "Hallands län": 6,
      "Jämtlands län": 8,
      "Jönköpings län": 11,
      "Kalmar län": 9,
      "Kronobergs län": 8,
      "Norrbotten län": 1,
      "Norrbottens län": 13,
      "Skåne län": 22,
      "Stockholms län": 15,
      "Södermanlands län": 5,
      "Uppsala län": 4,
      "Värmlands län": 15,
      "Västerbottens län": 15,
      "Västernorrlands län": 7,
      "Västmanlands län": 6,
      "Västra Götalands län": 31,
      "Örebro län": 9,
      "Östergötlands län": 8,
    });
  });
});

describe("places per län after corrections", () => {
  const outputs = buildReal();
  const lanOfPlaces = (table: string) => {
    const counts: Record<string, number> = {};
    for (const f of outputs.meetingPlaces.features.filter((f) => f.properties.sourceTable === table))
      counts[f.properties.lanKod] = (counts[f.properties.lanKod] ?? 0) + 1;
    return counts;
  };
  it("moves the Norrbotten/Västerbotten spellings to lanskod 25/24 and Norrtälje's row to Stockholms län (01)", () => {
    const b1 = lanOfPlaces("bilaga1");
    expect(b1["25"]).toBe(9);
    expect(b1["24"]).toBe(8);
    expect(b1["01"]).toBe(14); // the Norrtälje row (K7) stays in Stockholms län
    expect(b1["05"]).toBe(6);
    const b2 = lanOfPlaces("bilaga2");
    expect(b2["25"]).toBe(14); // 13 "Norrbottens län" + 1 "Norrbotten län"
    expect(b2["01"]).toBe(15);
    expect(Object.keys(b2)).toHaveLength(21);
  });
});

describe("other transcribed lists", () => {
  it("Bilaga 3 has the six contracted services with the report's counts", () => {
    const services = buildReal().summary.contractedServices;
    expect(services.map((s) => [s.code, s.kommunCount, s.approvedAddresses])).toEqual([
      ["STOM", 158, 1324],
      ["KROM", 69, 533],
      ["INAB", 74, 82],
      ["YSM", 82, 84],
      ["KVL", 16, 16],
      ["ABUF", 48, 49],
    ]);
  });
  it("footnote 73, the report file's last line (no trailing newline), defines Bilaga 3's address count", () => {
    expect(report.at(-1)).toBe(
      "<sup>73</sup> Avser antal adresser där tjänsten levereras fysiskt 2021-08-24.",
    );
    const services = buildReal().summary.contractedServices;
    for (const s of services) expect(s.sourceRef).toContain("fotnot 73");
    expect(buildReal().summary.discrepancies.map((d) => d.id)).not.toContain("D-fotnot-73");
  });
  it("footnote 54 names 20 glesbygdskommuner, all resolved", () => {
    const names = csv("glesbygdskommuner.csv").map((r) => r.source_kommun);
    expect(names).toHaveLength(20);
    const footnote = report.find((l) => l.startsWith("<sup>54</sup>"))!;
    for (const name of names) expect(footnote).toContain(name);
    expect(buildReal().summary.kommuner.filter((k) => k.glesbygd)).toHaveLength(20);
  });
  it("every distance-service quote occurs in the report", () => {
    const text = report.join("\n");
    for (const r of csv("distansservice.csv")) expect(text).toContain(r.source_quote);
  });
});
