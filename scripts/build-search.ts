// Why: the finder's place search runs in the browser from one small static file, so the shared datasets
// are read, validated and merged here at build time. Writes public/data/search-entries.json; exits 1
// listing every issue (file:line [field]: reason) if any source row is malformed, and writes nothing then.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { formatIssue } from "../src/data/csv.ts";
import { SEAT_CORRECTIONS_FILE, parseKommuner } from "../src/data/reference.ts";
import {
  SEARCH_SOURCE_FILES,
  buildSearchEntries,
  encodeSearchEntries,
  type SearchSourceTexts,
} from "../src/search/entries.ts";
import { dataDir, read, repoRoot } from "./load-sources.ts";

/** Reads the shared files the search needs; throws with the path and a hint when one is missing. */
export function loadSearchSources(): SearchSourceTexts {
  const texts = {} as SearchSourceTexts;
  for (const [key, path] of Object.entries(SEARCH_SOURCE_FILES)) {
    const full = resolve(repoRoot, dataDir, path);
    try {
      texts[key as keyof SearchSourceTexts] = readFileSync(full, "utf8");
    } catch (error) {
      throw new Error(
        `cannot read ${full} (${(error as Error).message}); set NARVARO_DATA_DIR to the shared data folder`,
        { cause: error },
      );
    }
  }
  texts.seatCorrections = read(join(repoRoot, SEAT_CORRECTIONS_FILE));
  return texts;
}

function main(): void {
  const started = performance.now();
  let texts: SearchSourceTexts;
  try {
    texts = loadSearchSources();
  } catch (error) {
    console.error(`build-search: ${(error as Error).message}`);
    process.exit(1);
  }

  const { entries, issues, notes } = buildSearchEntries(texts, dataDir);
  if (issues.length > 0) {
    console.error(`build-search: ${issues.length} issue(s); nothing written.`);
    for (const issue of issues) console.error("  " + formatIssue(issue));
    process.exit(1);
  }

  const kommuner = parseKommuner(texts.kommuner, SEARCH_SOURCE_FILES.kommuner).rows;
  const json = JSON.stringify(encodeSearchEntries(entries, kommuner));
  const outDir = join(repoRoot, "public", "data");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "search-entries.json"), json);

  const byKind = new Map<string, number>();
  for (const entry of entries) byKind.set(entry.kind, (byKind.get(entry.kind) ?? 0) + 1);
  for (const note of notes) console.log(note);
  console.log(
    `wrote public/data/search-entries.json: ${entries.length} entries (` +
      [...byKind].map(([kind, count]) => `${count} ${kind}`).join(", ") +
      `), ${kib(Buffer.byteLength(json))} KiB, ${kib(gzipSync(json, { level: 9 }).length)} KiB gzip, ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const kib = (bytes: number) => (bytes / 1024).toFixed(0);

// Run as a script (tsx scripts/build-search.ts), not when the tests import loadSearchSources.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
