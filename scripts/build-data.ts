// npm run data: reads the curated tables in data/ and the shared datasets, validates and reconciles
// them, and writes the generated files to public/data/ (git-ignored). Exits 1 listing every issue
// (file:line [field]: reason (closest: …)) if any input is invalid; nothing is written then.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue } from "../src/data/csv.ts";
import { buildData, type SourceTexts } from "../src/data/pipeline.ts";
import { buildReach, type ReachTexts } from "../src/data/reachPipeline.ts";
import { dataDir, loadReachSources, loadSources, repoRoot } from "./load-sources.ts";

const outDir = join(repoRoot, "public", "data");
const started = performance.now();
let texts: SourceTexts;
let reachTexts: ReachTexts;
try {
  texts = loadSources();
  reachTexts = loadReachSources();
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

const reachStarted = performance.now();
const { build: reach, issues: reachIssues } = buildReach(reachTexts, outputs, dataDir);
if (!reach) {
  console.error(`npm run data: ${reachIssues.length} issue(s) in the travel-reach inputs; nothing written.`);
  for (const issue of reachIssues) console.error("  " + formatIssue(issue));
  process.exit(1);
}
console.log(`travel reach computed in ${((performance.now() - reachStarted) / 1000).toFixed(1)} s`);

mkdirSync(outDir, { recursive: true });
for (const [name, bytes] of [
  ["reach-network.bin", reach.networkBytes],
  ["reach-cells.bin", reach.cellsBytes],
] as const) {
  writeFileSync(join(outDir, name), bytes);
  console.log(`wrote public/data/${name} (${(bytes.length / 1024).toFixed(0)} KiB)`);
}
const files: [string, unknown][] = [
  ["summary.json", reach.summary],
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

const { counts, discrepancies, corrections, positionExceptions, sverige, reachModel } = reach.summary;
console.log(
  `${counts.kommuner} kommuner, ${counts.faRegioner} FA-regioner, ${counts.lan} län; ` +
    `${outputs.meetingPlaces.features.length} meeting places; ${corrections.length} corrections applied; ` +
    `${discrepancies.length} discrepancies; ${positionExceptions.length} position exceptions`,
);
console.log(
  `road graph: ${reachModel.network.nodes} nodes, ${reachModel.network.edges} edges, main component ` +
    `${reachModel.network.mainComponentKm} km, ${reachModel.network.components} components, ` +
    `${reachModel.network.gapsBridged.length} gaps bridged; ${reachModel.cells.count} cells, ` +
    `${reachModel.cells.population} people (${reachModel.cells.outsideKommunPolygons} cells outside the kommun polygons)`,
);
const { detourAudit } = reachModel;
console.log(
  `detour audit: ${detourAudit.suspectedGaps.length} suspected gaps (road km > ${detourAudit.ratioLimit} × straight line) ` +
    `among ${detourAudit.pairs} pairs; worst: ` +
    detourAudit.suspectedGaps
      .slice(0, 3)
      .map((g) => `${g.from} → ${g.to} ${g.ratio}`)
      .join(", "),
);
for (const [key, stats] of Object.entries(sverige.reach))
  console.log(
    `reach ${key}: median ${stats.medianMin} min, p90 ${stats.p90Min}, max ${stats.maxMin}; ` +
      `within 30 min ${(stats.shareWithin["30"] * 100).toFixed(1)} %, within 60 min ${(stats.shareWithin["60"] * 100).toFixed(1)} %`,
  );
for (const group of outputs.identicalRows)
  console.log(`identical rows kept (${group.table} rows ${group.rows.join(", ")}): ${group.text}`);
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
