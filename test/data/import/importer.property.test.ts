// Properties of the importer over generated input: it never throws, and every CSV data row is either
// accepted or rejected exactly once, on the line where it starts.
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { importPlaces } from "../../../src/data/import/importPlaces.ts";
import type { ImportDelimiter } from "../../../src/data/import/types.ts";
import { gazetteer } from "./gazetteer.ts";

describe("importer properties", () => {
  const g = gazetteer();

  it("arbitrary bytes never throw and always give a result", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        const result = importPlaces(bytes, g);
        expect(typeof result.ok).toBe("boolean");
        if (result.ok) expect(result.accepted.length + result.rejected.length).toBe(result.rowCount);
        else expect(result.problem.code).not.toBe("internal");
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary text (with delimiters, quotes and newlines) never throws", () => {
    const alphabet = fc.constantFrom(...'ab;,\t"\n\r 1.,5-åäöÅ°sep=namnkommunlatlonNE'.split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), (chars) => {
        const result = importPlaces(new TextEncoder().encode(`namn;kommun;lat;lon\n${chars.join("")}`), g);
        expect(result.ok || result.problem.code !== "internal").toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Cells mixing valid values, near misses and text full of CSV syntax; no lone CR (whether a CR inside
  // a quoted cell ends a line is a matter of taste, and the expected numbering below needs one answer).
  const cell = fc.oneof(
    fc.constantFrom("", " ", "Orsa", "Mölndal", "Mölnadal", "0180", "794 90", "1234", "59,33", "18.07", "95"),
    fc.string({ unit: fc.constantFrom(...'xyz;,\t"\n åö0123456789.'.split("")), maxLength: 12 }),
  );
  const HEADER = ["namn", "typ", "postnummer", "kommun", "lat", "lon"];
  const row = fc.array(cell, { minLength: HEADER.length, maxLength: HEADER.length });

  it("every data row is accepted or reported once, on its starting line, and the counts add up", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.constantFrom<ImportDelimiter>(";", ",", "\t"),
        (rows, delimiter) => {
          const text = Papa.unparse([HEADER, ...rows], { delimiter, newline: "\r\n", quotes: false });
          // Expected start line of each non-blank row: 1 + the line breaks before it.
          const lines: number[] = [];
          let line = 2;
          for (const cells of rows) {
            if (cells.some((c) => c.trim() !== "")) lines.push(line);
            line += 1 + cells.join("").split("\n").length - 1;
          }
          const result = importPlaces(new TextEncoder().encode(text), g, {
            delimiter,
            coordinates: "wgs84-latlon",
          });
          if (!result.ok) {
            // Only a file whose every row is blank has nothing to read.
            expect(lines).toEqual([]);
            expect(result.problem.code).toBe("no_rows");
            return;
          }
          expect(result.rowCount).toBe(lines.length);
          expect(result.accepted.length + result.rejected.length).toBe(result.rowCount);
          const reported = [...result.accepted.map((p) => p.line), ...result.rejected.map((r) => r.line)];
          expect(reported.sort((a, b) => a - b)).toEqual(lines);
          for (const p of result.accepted) {
            expect(Number.isFinite(p.lon) && Number.isFinite(p.lat)).toBe(true);
            expect(g.kommunByKod.has(p.kommunKod)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
