// The importer's gazetteer in Node (CLI, tests, bench), built from the same shared files the browser's
// copy comes from: the search entries (GeoNames postnummer, localities, kommun seats) as build-search
// makes them, the kommun polygons and the Bilaga 3 services. Needs no `npm run data`.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { buildGazetteer, type ImportGazetteer } from "../src/data/import/gazetteer.ts";
import { parseContractedServices } from "../src/data/report.ts";
import { buildSearchEntries } from "../src/search/entries.ts";
import { loadSearchSources } from "./build-search.ts";
import { dataDir, repoRoot } from "./load-sources.ts";

export const KOMMUN_POLYGONS_FILE = "admin/swedish_municipalities.geojson";
export const BILAGA3_FILE = "data/bilaga3_avtalade_tjanster.csv";

/** Throws with the path when a source is missing or malformed. */
export function loadImportGazetteer(): ImportGazetteer {
  const { entries, issues } = buildSearchEntries(loadSearchSources(), dataDir);
  if (issues.length > 0) throw new Error(`search sources have ${issues.length} issue(s); run npm run data`);
  const polygons = JSON.parse(
    readFileSync(resolve(repoRoot, dataDir, KOMMUN_POLYGONS_FILE), "utf8"),
  ) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
  const services = parseContractedServices(readFileSync(join(repoRoot, BILAGA3_FILE), "utf8"), BILAGA3_FILE);
  return buildGazetteer(
    entries,
    polygons.features.map((f) => ({ kommunKod: f.properties.id, geometry: f.geometry })),
    services.rows.map((s) => ({ code: s.code, name: s.name })),
  );
}
