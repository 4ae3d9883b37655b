// Messages between the UI and the import worker. The accepted and rejected rows come back in chunks so
// that no single message takes the main thread long to deserialise, however large the file.
import type { ServiceName } from "../data/import/gazetteer.ts";
import type { FeatureCollection, Point } from "geojson";
import type {
  FileProblem,
  ImportDetection,
  ImportOptions,
  ImportResult,
  ImportedPlace,
  RejectedRow,
} from "../data/import/types.ts";

export type ImportRequest =
  /** The file itself (a Blob clones by reference): the worker reads its bytes, not the main thread. */
  | { id: number; type: "import"; file: Blob; options: ImportOptions; services: ServiceName[] }
  /** Frees the map data URLs of earlier imports except `keep` (the list on the map, if any). */
  | { id: number; type: "release"; keep: string | null };

export type ImportSuccess = Extract<ImportResult, { ok: true }>;
export type ImportHead = Omit<ImportSuccess, "accepted" | "rejected">;

export type ImportReply =
  | { id: number; type: "head"; head: ImportHead }
  | { id: number; type: "accepted"; places: ImportedPlace[] }
  | { id: number; type: "rejected"; rows: RejectedRow[] }
  /** The end of a successful import; `mapData` is a blob: URL of the accepted places as GeoJSON. */
  | { id: number; type: "done"; mapData: string; ms: number }
  | { id: number; type: "failed"; problem: FileProblem; detected: Partial<ImportDetection> }
  | { id: number; type: "error"; reason: string };

/** Rows per message: about a few milliseconds of structured-clone work each on a slow phone. */
export const IMPORT_CHUNK_ROWS = 500;

/** What the map layer of imported places reads (a feature's properties). */
export interface ImportedFeatureProps {
  id: string;
  name: string;
  kind: ImportedPlace["kind"];
  precision: ImportedPlace["precision"];
}

export type ImportFeatureCollection = FeatureCollection<Point, ImportedFeatureProps>;
