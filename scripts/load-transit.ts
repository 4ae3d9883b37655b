// Reads the GTFS feed of the build (TRANSIT_FEED_DIR under NARVARO_DATA_DIR) as the reader takes it: the
// folder's .txt files by file name. Shared by build-transit.ts, the bench and the real-feed tests.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { TRANSIT_FEED_DIR } from "../src/data/gtfs/transitPipeline.ts";
import { dataDir, read, repoRoot } from "./load-sources.ts";

export const transitFeedFolder = resolve(repoRoot, dataDir, TRANSIT_FEED_DIR);

/** The .txt files of a GTFS folder, by file name; throws with the path if the folder cannot be read. */
export function readFeedFolder(folder = transitFeedFolder): Map<string, string> {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(".txt"));
  } catch (error) {
    throw new Error(`cannot read the GTFS folder ${folder} (${(error as Error).message})`, { cause: error });
  }
  return new Map(names.map((name) => [name, read(join(folder, name))]));
}
