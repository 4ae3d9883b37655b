// Reads every input of the data build from disk: the project's curated tables (data/) and the shared
// datasets (NARVARO_DATA_DIR, default ../shared/data, resolved from the repo root).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PROJECT_FILES, SHARED_FILES, type SourceTexts } from "../src/data/pipeline.ts";
import { REACH_FILES, type ReachTexts } from "../src/data/reachPipeline.ts";
import { SEAT_CORRECTIONS_FILE } from "../src/data/reference.ts";

export const repoRoot = resolve(import.meta.dirname, "..");
export const dataDir = process.env.NARVARO_DATA_DIR ?? "../shared/data";
/** The source documents (report 004 and others) sit beside the data folder in shared/. */
export const seedsDir = resolve(repoRoot, process.env.NARVARO_SEEDS_DIR ?? join(dataDir, "../seeds"));

/** Throws with the path and a hint when a file is missing. */
export function loadSources(overrides: Partial<SourceTexts> = {}): SourceTexts {
  const texts = {} as SourceTexts;
  for (const [key, path] of Object.entries(PROJECT_FILES))
    texts[key as keyof SourceTexts] = read(join(repoRoot, path));
  for (const [key, path] of Object.entries(SHARED_FILES))
    texts[key as keyof SourceTexts] = read(resolve(repoRoot, dataDir, path));
  return { ...texts, ...overrides };
}

/** The population grid and road files of the travel-reach build. */
export function loadReachSources(): ReachTexts {
  const texts = {} as ReachTexts;
  for (const [key, path] of Object.entries(REACH_FILES))
    texts[key as keyof ReachTexts] = read(resolve(repoRoot, dataDir, path));
  texts.seatCorrections = read(join(repoRoot, SEAT_CORRECTIONS_FILE));
  return texts;
}

export function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(
      `cannot read ${path} (${(error as Error).message}); set NARVARO_DATA_DIR to the shared data folder (default ../shared/data)`,
      { cause: error },
    );
  }
}
