// Bytes → text. Excel writes CSV either as UTF-8 (with a BOM for "CSV UTF-8") or in Windows-1252 (plain
// "CSV" on a Swedish Windows), and "Unicode text" as UTF-16LE with a BOM. The encoding is decided by
// validity, never by guessing: a strict UTF-8 decoder either accepts every byte or the file is read as
// Windows-1252, and the result always says which was used.
import type { FileProblem, ImportEncoding } from "./types.ts";

export type Decoded =
  { ok: true; text: string; encoding: ImportEncoding } | { ok: false; problem: FileProblem };

/** The encoding the bytes themselves point to. */
export function detectEncoding(bytes: Uint8Array): ImportEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8-bom";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** Decodes with `encoding` (detected when absent); a binary or empty file is a problem, not text. */
export function decodeBytes(bytes: Uint8Array, encoding?: ImportEncoding): Decoded {
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, problem: { code: "binary", looksLike: binary } };
  const used = encoding ?? detectEncoding(bytes);
  let text: string;
  if (used === "utf-16le") text = new TextDecoder("utf-16le").decode(bytes);
  else if (used === "windows-1252") text = new TextDecoder("windows-1252").decode(bytes);
  // A non-fatal decoder here: a user who insists on UTF-8 sees U+FFFD where bytes were invalid.
  else text = new TextDecoder("utf-8").decode(bytes);
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, problem: { code: "empty" } };
  return { ok: true, text, encoding: used };
}

/**
 * What a non-text file looks like, or null for text. Signatures of the files people pick by mistake
 * (xlsx is a zip, xls an OLE compound file), then NUL bytes, which no CSV in an 8-bit encoding holds.
 */
function binaryKind(bytes: Uint8Array): "xlsx" | "xls" | "pdf" | "other" | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "xlsx";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "xls";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "pdf";
  if (starts(0xff, 0xfe)) return null; // UTF-16LE text has a NUL in every other byte
  const sample = bytes.subarray(0, 65_536);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return "other";
    // C0 controls other than tab, LF, CR, FF: a few may occur, many mean the file is not text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05 ? "other" : null;
}
