// The files of a GTFS feed as the user hands them over: a zip archive, or the .txt files of a folder
// (a folder picker or several files chosen at once). Returns each .txt file's bytes by its base name
// ("stops.txt"), whatever folder inside the zip or on disk it came from. Pure: runs in the transit
// worker and in tests. Reading the tables is the GTFS reader's job (src/data/gtfs/).
import { unzipSync } from "fflate";

export interface GtfsSourceFile {
  /** The name as given: a zip entry path or a File's webkitRelativePath / name. */
  name: string;
  bytes: Uint8Array;
}

export type GtfsArchiveProblem =
  | { reason: "notZip" }
  | { reason: "badZip"; detail: string }
  | { reason: "noTxt" }
  /** Several zip files at once: one feed at a time. */
  | { reason: "severalZips"; names: string[] }
  /** The same table twice (e.g. two feeds in one folder): which one is meant is unclear. */
  | { reason: "duplicate"; file: string; paths: [string, string] };

export type GtfsArchiveResult =
  | { ok: true; files: Map<string, Uint8Array>; ignored: string[] }
  | { ok: false; problem: GtfsArchiveProblem };

/** "PK\x03\x04" (a local file header) or "PK\x05\x06" (an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

const baseName = (path: string) => path.slice(path.replace(/\\/g, "/").lastIndexOf("/") + 1);

/**
 * Keeps the .txt files by base name (lower case, as GTFS names its files); other files are listed in
 * `ignored`. macOS zip litter (__MACOSX/, ._name) is skipped silently.
 */
export function gtfsFilesFromList(sources: readonly GtfsSourceFile[]): GtfsArchiveResult {
  const files = new Map<string, Uint8Array>();
  const pathOf = new Map<string, string>();
  const ignored: string[] = [];
  for (const source of sources) {
    const path = source.name.replace(/\\/g, "/");
    const name = baseName(path);
    if (path.startsWith("__MACOSX/") || path.includes("/__MACOSX/") || name.startsWith("._")) continue;
    if (name === "" || path.endsWith("/")) continue;
    const key = name.toLowerCase();
    if (!key.endsWith(".txt")) {
      ignored.push(path);
      continue;
    }
    const earlier = pathOf.get(key);
    if (earlier !== undefined)
      return { ok: false, problem: { reason: "duplicate", file: key, paths: [earlier, path] } };
    pathOf.set(key, path);
    files.set(key, source.bytes);
  }
  if (files.size === 0) return { ok: false, problem: { reason: "noTxt" } };
  return { ok: true, files, ignored };
}

export function gtfsFilesFromZip(bytes: Uint8Array): GtfsArchiveResult {
  if (!isZip(bytes)) return { ok: false, problem: { reason: "notZip" } };
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return {
      ok: false,
      problem: { reason: "badZip", detail: error instanceof Error ? error.message : String(error) },
    };
  }
  return gtfsFilesFromList(Object.entries(entries).map(([name, data]) => ({ name, bytes: data })));
}

/**
 * One zip, or a set of files: a single file that is a zip is unpacked (whatever its name), anything
 * else is taken as the feed's .txt files.
 */
export function gtfsFilesFrom(sources: readonly GtfsSourceFile[]): GtfsArchiveResult {
  // A single .zip by name is refused as "not a zip" if its bytes are not one.
  if (sources.length === 1 && (isZip(sources[0]!.bytes) || /\.zip$/i.test(sources[0]!.name)))
    return gtfsFilesFromZip(sources[0]!.bytes);
  const zips = sources.filter((s) => isZip(s.bytes));
  if (zips.length > 0 && zips.length === sources.length)
    return { ok: false, problem: { reason: "severalZips", names: zips.map((z) => z.name) } };
  return gtfsFilesFromList(sources);
}
