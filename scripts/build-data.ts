// npm run data: reads the curated tables in data/ and the shared datasets, validates and reconciles
// them, and writes the generated files to public/data/ (git-ignored). Exits 1 listing every issue
// (file:line [field]: reason (closest: …)) if any input is invalid; nothing is written then.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue } from "../src/data/csv.ts";
import { buildData, type SourceTexts } from "../src/data/pipeline.ts";
import { dataDir, loadSources, repoRoot } from "./load-sources.ts";

const outDir = join(repoRoot, "public", "data");
const started = performance.now();
let texts: SourceTexts;
try {
  texts = loadSources();
} catch (error) {
  console.error(`npm run data: ${(error as Error).message}`);
  process.exit(1);
}

const { outputs, issues } = buildData(texts, dataDir);
if (!outputs) {
  console.error(`npm run data: ${issues.length} issue(s); nothing written.`);
  for (const issue of issues) console.error("  " + formatIssue(issue));
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const files: [string, unknown][] = [
  ["summary.json", outputs.summary],
  ["kommuner.geojson", outputs.kommuner],
  ["fa-regioner.geojson", outputs.faRegioner],
  ["lan.geojson", outputs.lan],
  ["meeting-places.geojson", outputs.meetingPlaces],
];
for (const [name, value] of files) {
  const json = JSON.stringify(value);
  writeFileSync(join(outDir, name), json);
  console.log(`wrote public/data/${name} (${(json.length / 1024).toFixed(0)} KiB)`);
}

const { counts, discrepancies, corrections, positionExceptions } = outputs.summary;
console.log(
  `${counts.kommuner} kommuner, ${counts.faRegioner} FA-regioner, ${counts.lan} län; ` +
    `${outputs.meetingPlaces.features.length} meeting places; ${corrections.length} corrections applied; ` +
    `${discrepancies.length} discrepancies; ${positionExceptions.length} position exceptions`,
);
for (const group of outputs.identicalRows)
  console.log(`identical rows kept (${group.table} rows ${group.rows.join(", ")}): ${group.text}`);
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
