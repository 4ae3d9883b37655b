// Why: the base map shows the neighbouring countries so a person recognises where Sweden's places lie,
// with no tile server (nothing may leave the site's origin). Reads Natural Earth 1:10m countries from the
// world-atlas npm package (ISC) and writes public/data/basemap.geojson (git-ignored), which the map
// fetches with its other polygons, never for the first render.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Topology } from "topojson-specification";
import { neighbourCountries } from "../src/data/basemap.ts";
import { repoRoot } from "./load-sources.ts";

const started = performance.now();
const topologyPath = createRequire(import.meta.url).resolve("world-atlas/countries-10m.json");
const topology = JSON.parse(readFileSync(topologyPath, "utf8")) as Topology;
const countries = neighbourCountries(topology);
const outDir = join(repoRoot, "public", "data");
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(countries);
writeFileSync(join(outDir, "basemap.geojson"), json);
console.log(
  `wrote public/data/basemap.geojson: ${countries.features.length} countries, ` +
    `${(json.length / 1024).toFixed(0)} KiB, ${(gzipSync(json).length / 1024).toFixed(0)} KiB gzip, ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
