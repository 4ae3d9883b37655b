// Bad input gets a clear error with file, line and reason; valid rows are kept; nothing is fixed silently.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, readCsv } from "../../src/data/csv.ts";
import { closestNames, editDistance, foldName } from "../../src/data/names.ts";
import { PROJECT_FILES } from "../../src/data/pipeline.ts";
import { parseReportTable } from "../../src/data/report.ts";
import { loadSources, repoRoot } from "../../scripts/load-sources.ts";
import { buildWith } from "./build.ts";

const fixture = (name: string) => readFileSync(join(repoRoot, "test/fixtures/in", name), "utf8");

describe("an unknown kommun", () => {
  it("fails the build with file, line and the closest candidates, and nothing is output", () => {
    const { outputs, issues } = buildWith({ bilaga2: fixture("bilaga2_unknown_kommun.csv") });
    expect(outputs).toBeNull();
    const unknown = issues.find((i) => i.reason.includes("Götebrog"));
    expect(unknown).toMatchObject({ file: PROJECT_FILES.bilaga2, line: 3, field: "source_kommun" });
    expect(unknown!.suggestions![0]).toBe("Göteborg");
    expect(formatIssue(unknown!)).toMatch(
      /^data\/bilaga2_bokade_moten\.csv:3 \[source_kommun\]: unknown kommun "Götebrog" \(closest: Göteborg, /,
    );
  });

  it("keeps the valid rows of the same file", () => {
    const parsed = parseReportTable(fixture("bilaga2_unknown_kommun.csv"), "fixture.csv", "bilaga2");
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => r.fields.source_kommun)).toEqual(["Kiruna", "Götebrog", "Malå"]);
  });
});

describe("malformed rows", () => {
  it("are reported with their line while the other rows are kept", () => {
    const text = 'a,b\n1,2\n3\n"x\ny",4\n5,6\n';
    const { rows, issues } = readCsv(text, "t.csv", ["a", "b"]);
    expect(issues).toEqual([{ file: "t.csv", line: 3, reason: "expected 2 cells, found 1" }]);
    expect(rows.map((r) => [r.line, r.values.a])).toEqual([
      [2, "1"],
      [4, "x\ny"],
      [6, "5"],
    ]);
  });

  it("a missing column fails the whole file with its name", () => {
    const { rows, issues } = readCsv("a\n1\n", "t.csv", ["a", "b"]);
    expect(rows).toEqual([]);
    expect(issues[0]!.reason).toBe("missing column(s): b");
  });

  it("a row number out of sequence in a report table is an issue, not a silent renumbering", () => {
    const text = fixture("bilaga2_unknown_kommun.csv").replace("\n3,", "\n4,");
    const { rows, issues } = parseReportTable(text, "f.csv", "bilaga2");
    expect(rows).toHaveLength(2);
    expect(issues[0]).toMatchObject({ line: 4, field: "row" });
  });
});

describe("no silent fixes", () => {
  const sources = loadSources();

  it("without the corrections table the misspellings and misplacements fail the build", () => {
    const header = sources.corrections.split("\n")[0]! + "\n";
    const { outputs, issues } = buildWith({ corrections: header });
    expect(outputs).toBeNull();
    const text = issues.map(formatIssue).join("\n");
    expect(text).toContain('unknown kommun "Mölnadal" (closest: Mölndal');
    expect(text).toContain('unknown kommun "Värgårda" (closest: Vårgårda');
    expect(text).toContain('unknown län "Norrbottnens län" (closest: Norrbottens län');
    expect(text).toContain(
      'kommun "Norrköping" (0581) is in Östergötlands län, but the row stands under Stockholms län',
    );
    // Sysseleback has no place record under the misspelt name.
    expect(issues).not.toHaveLength(0);
  });

  it("a correction whose report value no longer matches is an issue", () => {
    const stale = sources.corrections.replace(
      "bilaga2,156,source_kommun,Mölnadal",
      "bilaga2,155,source_kommun,Mölnadal",
    );
    const { outputs, issues } = buildWith({ corrections: stale });
    expect(outputs).toBeNull();
    expect(issues.map((i) => i.reason)).toContain(
      'K4: expected "Mölnadal" at bilaga2 row 155, found "Göteborg"',
    );
  });

  it("a comment naming a place needs a positions entry", () => {
    const without = sources.positions
      .split("\n")
      .filter((line) => !line.startsWith("bilaga1,46,"))
      .join("\n");
    const { issues } = buildWith({ positions: without });
    expect(issues.map(formatIssue)).toContain(
      'data/bilaga1_servicekontor.csv:47 [source_kommentar]: comment "Servicekontor i Vivalla" may name a place, but data/positions.csv has no entry for bilaga1 row 46',
    );
  });

  it("a positions entry must name a locality that occurs in its row's comment", () => {
    const wrong = sources.positions.replace("bilaga1,46,Vivalla", "bilaga1,46,Rosengård");
    const { issues } = buildWith({ positions: wrong });
    expect(issues.some((i) => i.reason.startsWith('"Rosengård" does not occur in bilaga1 row 46'))).toBe(
      true,
    );
  });
});

describe("both languages are required", () => {
  it("a discrepancy note without its Swedish evidence fails the build", () => {
    const lines = loadSources().discrepancies.split("\n");
    const i = lines.findIndex((l) => l.startsWith("D-sysslebaeck,"));
    lines[i] = lines[i]!.replace(/,GeoNames postnummer \(postorten Sysslebäck[^,]*$/, ",");
    const { issues } = buildWith({ discrepancies: lines.join("\n") });
    expect(issues.map((x) => x.reason)).toContain("empty cell(s): evidence_sv");
  });
});

describe("name helpers", () => {
  it("fold case, diacritics and punctuation", () => {
    expect(foldName("Malung-Sälen")).toBe("malung salen");
    expect(foldName("ÖREBRO")).toBe("orebro");
  });
  it("edit distance counts single edits", () => {
    expect(editDistance("molnadal", "molndal")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });
  it("closest names are ordered by distance, then alphabetically", () => {
    expect(closestNames("Värgårda", ["Vara", "Vårgårda", "Varberg"], 2)).toEqual(["Vårgårda", "Vara"]);
  });
});
