// One real gazetteer (GeoNames postnummer, localities, kommun seats, kommun polygons, Bilaga 3) per test
// file, built from the shared files as the CLI does (about a second).
import { loadImportGazetteer } from "../../../scripts/import-gazetteer.ts";
import type { ImportGazetteer } from "../../../src/data/import/gazetteer.ts";
import { importPlaces } from "../../../src/data/import/importPlaces.ts";
import type { ImportOptions, ImportResult } from "../../../src/data/import/types.ts";

let cached: ImportGazetteer | null = null;
export function gazetteer(): ImportGazetteer {
  cached ??= loadImportGazetteer();
  return cached;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes of text holding only Latin-1 letters (å ä ö é …). */
export function cp1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in the test encoder: ${char}`);
      return code;
    }),
  );
}

export function read(
  text: string | Uint8Array,
  options?: ImportOptions,
): Extract<ImportResult, { ok: true }> {
  const result = importPlaces(typeof text === "string" ? utf8(text) : text, gazetteer(), options);
  if (!result.ok) throw new Error(`file not read: ${JSON.stringify(result.problem)}`);
  return result;
}
