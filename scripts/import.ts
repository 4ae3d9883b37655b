// npm run import -- <file> [--json] [--lang sv|en]: reads a place list exactly as the app's import panel
// does and prints the row report. The detected encoding, delimiter and coordinate form are taken as
// confirmed. Exit 0 when the file could be read at all (even with rejected rows), 1 with a one-line
// reason when nothing could be read.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { importPlaces } from "../src/data/import/importPlaces.ts";
import type { ImportResult } from "../src/data/import/types.ts";
import { IMPORT_MESSAGES } from "../src/i18n/importMessages.ts";
import type { Language } from "../src/i18n/language.ts";
import { loadImportGazetteer } from "./import-gazetteer.ts";

/** The JSON the CLI prints: the issue's contract, plus rowCount, columns and notes. */
export function toJson(result: Extract<ImportResult, { ok: true }>, language: Language = "en") {
  const m = IMPORT_MESSAGES[language];
  return {
    encoding: result.encoding,
    delimiter: result.delimiter,
    coordinates: result.coordinates,
    rowCount: result.rowCount,
    columns: result.columns,
    notes: result.notes.map((n) => m.note(n)),
    accepted: result.accepted.map((p) => ({
      line: p.line,
      name: p.name,
      kind: p.kind,
      service: p.service,
      lon: p.lon,
      lat: p.lat,
      precision: p.precision,
      kommunKod: p.kommunKod,
      warnings: p.warnings.map((w) => m.warning(w)),
    })),
    rejected: result.rejected.map((r) => ({ line: r.line, reason: m.row(r.problem) })),
  };
}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const langAt = argv.indexOf("--lang");
  const language: Language = langAt >= 0 && argv[langAt + 1] === "sv" ? "sv" : "en";
  const file = argv.find((arg, i) => !arg.startsWith("--") && argv[i - 1] !== "--lang");
  const m = IMPORT_MESSAGES[language];
  if (!file) {
    console.error("usage: npm run import -- <file.csv> [--json] [--lang sv|en]");
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    console.error(`import: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  let result: ImportResult;
  try {
    result = importPlaces(bytes, loadImportGazetteer());
  } catch (error) {
    console.error(`import: cannot load the gazetteer: ${(error as Error).message}`);
    return 1;
  }
  if (!result.ok) {
    console.error(`import: ${file}: ${m.file(result.problem)}`);
    return 1;
  }
  if (json) {
    console.log(JSON.stringify(toJson(result, language), null, 2));
    return 0;
  }
  const delimiterName = { ";": "semicolon", ",": "comma", "\t": "tab" }[result.delimiter];
  console.log(
    `${file}: encoding ${result.encoding}, delimiter ${delimiterName}, coordinates ${result.coordinates}`,
  );
  for (const note of result.notes) console.log(`  ${m.note(note)}`);
  console.log(m.summary(result.accepted.length, result.rejected.length, result.rowCount));
  // One list in file order, as the app shows it.
  const lines = [
    ...result.accepted.map((p) => {
      const warnings = p.warnings.length ? ` (${p.warnings.map((w) => m.warning(w)).join("; ")})` : "";
      const what = `${p.name} [${p.kind}${p.service ? `, ${p.service}` : ""}]`;
      const where = `${p.lat.toFixed(5)} N ${p.lon.toFixed(5)} E, ${p.precision}, ${p.kommunKod} ${p.kommunNamn}`;
      return { line: p.line, text: `${what} ${where}${warnings}` };
    }),
    ...result.rejected.map((r) => ({ line: r.line, text: `rejected: ${m.row(r.problem)}` })),
  ].sort((a, b) => a.line - b.line);
  for (const { line, text } of lines) console.log(`  ${file}:${line}: ${text}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
