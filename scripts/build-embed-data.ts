// npm run data (after build-data.ts): the kommun widget's data files, public/data/embed/<kommunkod>.json
// and index.json, computed from the pipeline's outputs in public/data/ by src/embed/data/buildEmbedData.ts.
// Exits 1 listing every issue; nothing is written then.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { KommunCollection, MeetingPlaceCollection, Summary } from "../src/data/schema.ts";
import { buildEmbedData } from "../src/embed/data/buildEmbedData.ts";
import { repoRoot } from "./load-sources.ts";

const dataDir = join(repoRoot, "public", "data");
const outDir = join(dataDir, "embed");
const read = <T>(name: string): T => {
  try {
    return JSON.parse(readFileSync(join(dataDir, name), "utf8")) as T;
  } catch (error) {
    console.error(
      `build-embed-data: cannot read public/data/${name} (run scripts/build-data.ts first): ${(error as Error).message}`,
    );
    process.exit(1);
  }
};

const started = performance.now();
const build = buildEmbedData(
  read<Summary>("summary.json"),
  read<MeetingPlaceCollection>("meeting-places.geojson"),
  read<KommunCollection>("kommuner.geojson"),
);
if (build.issues.length > 0) {
  console.error(`build-embed-data: ${build.issues.length} issue(s); nothing written.`);
  for (const issue of build.issues) console.error(`  kommun ${issue.kommunKod}: ${issue.reason}`);
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "index.json"), JSON.stringify(build.index));
const gzipKb: number[] = [];
for (const kommun of build.kommuner) {
  const json = JSON.stringify(kommun);
  writeFileSync(join(outDir, `${kommun.kod}.json`), json);
  gzipKb.push(gzipSync(json, { level: 9 }).length / 1000);
}
gzipKb.sort((a, b) => a - b);
console.log(
  `wrote public/data/embed/: index.json and ${build.kommuner.length} kommun files, gzip median ` +
    `${gzipKb[Math.floor(gzipKb.length / 2)]?.toFixed(1)} KB, max ${gzipKb.at(-1)?.toFixed(1)} KB, in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
