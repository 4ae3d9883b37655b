// The importer: bytes of a person's place list in, a typed result out (accepted places with position,
// precision and kommunKod; rejected rows with their line and reason). Each choice it makes (encoding,
// delimiter, coordinate form, default kind) is reported and can be overridden through `options`.
// It never throws: any unexpected failure becomes a file problem, so the UI keeps what it showed.
import Papa from "papaparse";
import { searchKey } from "../../search/normalize.ts";
import { mapHeader } from "./columns.ts";
import {
  LOCAL_ZONE_EASTING_MAX,
  coordinateColumns,
  detectCoordinateForm,
  insideSwedenBbox,
  parseNumber,
  toLonLat,
  type CoordinateColumns,
} from "./coordinates.ts";
import { decodeBytes, detectEncoding } from "./decode.ts";
import { findKommun, type ImportGazetteer, type KommunRef } from "./gazetteer.ts";
import { findService, readKind } from "./kinds.ts";
import { suggest } from "./suggest.ts";
import type {
  CoordinateForm,
  FileNote,
  ImportDelimiter,
  ImportField,
  ImportOptions,
  ImportPrecision,
  ImportResult,
  ImportedKind,
  ImportedPlace,
  RejectedRow,
  RowProblem,
  RowWarning,
} from "./types.ts";
import { IMPORT_DELIMITERS } from "./types.ts";

/** Rows sampled to detect the delimiter and the coordinate form. */
const SAMPLE_ROWS = 200;

export function importPlaces(
  bytes: Uint8Array,
  gazetteer: ImportGazetteer,
  options: ImportOptions = {},
): ImportResult {
  try {
    return importUnsafe(bytes, gazetteer, options);
  } catch (error) {
    // A defect in the importer must not take the page down; the file is then reported as unreadable.
    return {
      ok: false,
      problem: { code: "internal", message: error instanceof Error ? error.message : String(error) },
      detected: {},
    };
  }
}

interface RawRow {
  line: number;
  cells: string[];
  quoteError: boolean;
}

function importUnsafe(bytes: Uint8Array, gazetteer: ImportGazetteer, options: ImportOptions): ImportResult {
  const detectedEncoding = detectEncoding(bytes);
  const decoded = decodeBytes(bytes, options.encoding);
  if (!decoded.ok) return { ok: false, problem: decoded.problem, detected: {} };
  const notes: FileNote[] = [];

  // Excel understands a first line "sep=;" naming the delimiter; honour it and count it as line 1.
  let text = decoded.text;
  let lineOffset = 0;
  let sepDelimiter: ImportDelimiter | null = null;
  const sep = /^"?sep=(.)"?[ \t]*(\r\n|\n|\r)/i.exec(text);
  if (sep && IMPORT_DELIMITERS.includes(sep[1] as ImportDelimiter)) {
    sepDelimiter = sep[1] as ImportDelimiter;
    text = text.slice(sep[0].length);
    lineOffset = 1;
    notes.push({ code: "sep_line", delimiter: sepDelimiter });
  }
  const detectedDelimiter = sepDelimiter ?? detectDelimiter(text);
  const delimiter = options.delimiter ?? detectedDelimiter;

  const rows = parseRows(text, delimiter, lineOffset);
  const [headerRow, ...dataRows] = rows;
  const detectedPartial = { encoding: detectedEncoding, delimiter: detectedDelimiter };
  if (!headerRow) return { ok: false, problem: { code: "empty" }, detected: detectedPartial };
  const header = headerRow.cells.map((cell) => cell.trim());
  const map = mapHeader(header);
  notes.push(...map.notes);
  const { index } = map;
  const coordinates = coordinateColumns(index);
  if (index.name === undefined)
    return { ok: false, problem: { code: "no_name_column", header }, detected: detectedPartial };
  if (!coordinates && index.postnummer === undefined && index.ort === undefined && index.kommun === undefined)
    return { ok: false, problem: { code: "no_position_columns", header }, detected: detectedPartial };
  if (dataRows.length === 0) return { ok: false, problem: { code: "no_rows" }, detected: detectedPartial };

  const samples: [number, number][] = [];
  if (coordinates)
    for (const row of dataRows.slice(0, SAMPLE_ROWS)) {
      const a = parseNumber(row.cells[coordinates.first] ?? "");
      const b = parseNumber(row.cells[coordinates.second] ?? "");
      if (a !== null && b !== null) samples.push([a, b]);
    }
  const detectedForm: CoordinateForm = coordinates ? detectCoordinateForm(samples) : "none";
  const form = coordinates ? (options.coordinates ?? detectedForm) : "none";
  if (form === "sweref99tm") {
    const eastings = samples.map(([a, b]) => Math.min(a, b));
    if (
      eastings.length > 0 &&
      eastings.filter((e) => e < LOCAL_ZONE_EASTING_MAX).length > eastings.length / 2
    )
      notes.push({ code: "local_zone_suspected" });
  }
  if (coordinates?.named === "latlon" && (form === "wgs84-latlon" || form === "wgs84-lonlat")) {
    const firstIsLat = index.lat === coordinates.first;
    if (firstIsLat !== (form === "wgs84-latlon"))
      notes.push({ code: "coordinates_swapped_names", column: header[index.lat!] ?? "lat" });
  }

  const kindColumn = index.kind ?? index.service;
  const serviceColumn = index.kind !== undefined ? index.service : undefined;
  const defaultKind: ImportedKind = options.defaultKind ?? "provider";
  if (kindColumn === undefined) notes.push({ code: "no_kind_column", defaultKind });

  const accepted: ImportedPlace[] = [];
  const rejected: RejectedRow[] = [];
  // Lists repeat their kinds, kommuner and orter: each distinct text is looked up once.
  const kinds = new Map<string, ReturnType<typeof readKind>>();
  const readKindOnce = (value: string) => {
    let read = kinds.get(value);
    if (!read) kinds.set(value, (read = readKind(value, gazetteer.services)));
    return read;
  };
  const kommunCache = new Map<string, KommunRef | null>();
  const context: RowContext = {
    gazetteer,
    index,
    coordinates,
    form,
    header,
    findKommun: (value) => {
      let found = kommunCache.get(value);
      if (found === undefined) kommunCache.set(value, (found = findKommun(gazetteer, value)));
      return found;
    },
  };
  for (const row of dataRows) {
    const cell = (field: ImportField) => {
      const i = index[field];
      return i === undefined ? "" : (row.cells[i] ?? "").trim();
    };
    const name = cell("name");
    const reject = (problem: RowProblem) =>
      rejected.push({ line: row.line, name: name === "" ? null : name, problem });
    if (row.quoteError) {
      reject({ code: "quote_error" });
      continue;
    }
    const extra = row.cells.slice(header.length);
    if (row.cells.length < header.length || extra.some((c) => c.trim() !== "")) {
      reject({
        code: "cell_count",
        found: row.cells.length,
        expected: header.length,
        decimalCommaHint: delimiter === "," && coordinates !== null && row.cells.length > header.length,
      });
      continue;
    }
    if (name === "") {
      reject({ code: "no_name" });
      continue;
    }
    let kind = defaultKind;
    let service: string | null = null;
    if (kindColumn !== undefined) {
      const read = readKindOnce(row.cells[kindColumn] ?? "");
      if (!read.ok) {
        reject(read.problem);
        continue;
      }
      kind = read.kind;
      service = read.service;
    }
    if (serviceColumn !== undefined) {
      const text = (row.cells[serviceColumn] ?? "").trim();
      if (text !== "") service = findService(gazetteer.services, text)?.name ?? text;
    }
    const placed = positionRow(row.cells, cell, context);
    if (!placed.ok) {
      reject(placed.problem);
      continue;
    }
    const kommun = gazetteer.kommunByKod.get(placed.kommunKod);
    accepted.push({
      line: row.line,
      id: `import-${row.line}`,
      name,
      kind,
      service,
      address: cell("address") || null,
      lon: round6(placed.lon),
      lat: round6(placed.lat),
      precision: placed.precision,
      positionFrom: placed.positionFrom,
      kommunKod: placed.kommunKod,
      kommunNamn: kommun?.namn ?? placed.kommunKod,
      warnings: placed.warnings,
    });
  }
  return {
    ok: true,
    encoding: decoded.encoding,
    delimiter,
    coordinates: form,
    detected: { encoding: detectedEncoding, delimiter: detectedDelimiter, coordinates: detectedForm },
    columns: map.mapping,
    rowCount: dataRows.length,
    accepted,
    rejected,
    notes,
  };
}

/** Degrees to 6 decimals (about 0.1 m): finer than any input, stable in JSON. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * The delimiter PapaParse reads most consistently: parse a preview with each candidate and take the one
 * whose rows most often have the header's cell count (more than one cell), ties to the most cells.
 */
export function detectDelimiter(text: string): ImportDelimiter {
  let best: { delimiter: ImportDelimiter; score: number; cells: number } = {
    delimiter: ";",
    score: -1,
    cells: 0,
  };
  for (const delimiter of IMPORT_DELIMITERS) {
    const preview = Papa.parse<string[]>(text, { delimiter, preview: 20, skipEmptyLines: "greedy" }).data;
    const cells = preview[0]?.length ?? 0;
    if (cells < 2) continue;
    const score = preview.filter((row) => row.length === cells).length / preview.length;
    if (score > best.score || (score === best.score && cells > best.cells))
      best = { delimiter, score, cells };
  }
  return best.delimiter;
}

/**
 * Every non-empty record with the 1-based line it starts on. PapaParse's step cursor gives each record's
 * end offset, so quoted newlines are counted exactly as PapaParse reads them.
 */
function parseRows(text: string, delimiter: ImportDelimiter, lineOffset: number): RawRow[] {
  const rows: RawRow[] = [];
  let start = 0;
  let line = 1 + lineOffset;
  let counted = 0; // text[0, counted) has been scanned for line breaks
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      line += lineBreaks(text, counted, start);
      counted = start;
      const cells = result.data;
      if (cells.some((c) => c.trim() !== ""))
        rows.push({ line, cells, quoteError: result.errors.some((e) => e.type === "Quotes") });
      start = result.meta.cursor;
    },
  });
  return rows;
}

/** Line breaks (CRLF, LF or a lone CR) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) count++;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

interface RowContext {
  gazetteer: ImportGazetteer;
  index: Partial<Record<ImportField, number>>;
  coordinates: CoordinateColumns | null;
  form: CoordinateForm;
  header: string[];
  /** findKommun, memoised per import. */
  findKommun: (value: string) => KommunRef | null;
}

type Placed =
  | {
      ok: true;
      lon: number;
      lat: number;
      precision: ImportPrecision;
      positionFrom: string | null;
      kommunKod: string;
      warnings: RowWarning[];
    }
  | { ok: false; problem: RowProblem };

/** Coordinates first; else postnummer, ort, kommun seat, each falling back to the next with a warning. */
function positionRow(
  cells: readonly string[],
  cell: (field: ImportField) => string,
  context: RowContext,
): Placed {
  const { gazetteer, coordinates, form, header, findKommun } = context;
  const warnings: RowWarning[] = [];
  const kommunCell = cell("kommun");
  const statedKommun = kommunCell === "" ? null : findKommun(kommunCell);
  const kommunProblem: RowProblem | null =
    kommunCell !== "" && !statedKommun
      ? { code: "unknown_kommun", value: kommunCell, suggestions: suggest(kommunCell, gazetteer.kommunNames) }
      : null;

  const finish = (
    lon: number,
    lat: number,
    precision: ImportPrecision,
    positionFrom: string | null,
    fallbackKod: string | null,
  ): Placed => {
    const located = gazetteer.locate(lon, lat);
    if (!located && fallbackKod === null) return { ok: false, problem: { code: "outside_sweden", lon, lat } };
    const kommunKod = located?.kommunKod ?? fallbackKod!;
    if (located && located.distanceM > 0)
      warnings.push({
        code: "near_border",
        kommun: gazetteer.kommunByKod.get(kommunKod)?.namn ?? kommunKod,
        distanceM: Math.round(located.distanceM),
      });
    if (statedKommun && statedKommun.kod !== kommunKod)
      warnings.push({
        code: "kommun_mismatch",
        stated: statedKommun.namn,
        found: gazetteer.kommunByKod.get(kommunKod)?.namn ?? kommunKod,
      });
    if (kommunProblem && precision !== "kommun_seat")
      warnings.push({ code: "kommun_ignored", because: kommunProblem });
    return { ok: true, lon, lat, precision, positionFrom, kommunKod, warnings };
  };

  // 1. Own coordinates: when a row has them, they are used or the row is rejected (never replaced).
  if (coordinates && form !== "none") {
    const a = (cells[coordinates.first] ?? "").trim();
    const b = (cells[coordinates.second] ?? "").trim();
    if (a !== "" || b !== "") {
      const nameA = header[coordinates.first] ?? "";
      const nameB = header[coordinates.second] ?? "";
      if (a === "" || b === "")
        return {
          ok: false,
          problem: {
            code: "half_coordinate",
            present: a === "" ? nameB : nameA,
            missing: a === "" ? nameA : nameB,
          },
        };
      const first = parseNumber(a);
      const second = parseNumber(b);
      if (first === null) return { ok: false, problem: { code: "not_a_number", column: nameA, value: a } };
      if (second === null) return { ok: false, problem: { code: "not_a_number", column: nameB, value: b } };
      const pair = toLonLat(first, second, form);
      if (!pair.ok) return { ok: false, problem: { code: "not_sweref99tm", first: a, second: b } };
      if (!insideSwedenBbox(pair.lon, pair.lat))
        return {
          ok: false,
          problem: { code: "outside_sweden", lon: round6(pair.lon), lat: round6(pair.lat) },
        };
      return finish(pair.lon, pair.lat, "coordinates", null, null);
    }
  }

  let because: RowProblem | null = null;
  const fellBack = (used: ImportPrecision) => {
    if (because) warnings.push({ code: "fallback", because, used });
  };

  // 2. Postnummer: five digits, with or without the space ("794 90", "79490", "SE-794 90").
  const postnummer = cell("postnummer");
  if (postnummer !== "") {
    const digits = postnummer.replace(/^SE[-\s]?/i, "").replace(/[\s-]/g, "");
    if (!/^\d+$/.test(digits) || digits.length !== 5)
      because = { code: "postnummer_digits", value: postnummer, digits: digits.replace(/\D/g, "").length };
    else {
      const point = gazetteer.postnummer.get(digits);
      if (point) return finish(point.lon, point.lat, "postnummer", point.label, point.kommunKod);
      because = { code: "unknown_postnummer", value: postnummer };
    }
  }

  // 3. Ort: a GeoNames locality (or Stockholm stadsdel), within the stated kommun when there is one.
  const ort = cell("ort");
  if (ort !== "") {
    const candidates = gazetteer.localities.get(searchKey(ort)) ?? [];
    const inStated = statedKommun ? candidates.filter((p) => p.kommunKod === statedKommun.kod) : candidates;
    // A locality GeoNames (or Wikipedia, Stockholm) names outranks postorter of the same name.
    const named = inStated.filter((p) => !p.postalOnly);
    const inKommun = named.length > 0 ? named : inStated;
    const kommunOfOrt = findKommun(ort);
    if (inKommun.length === 1 || (inKommun.length > 1 && statedKommun)) {
      const point = inKommun[0]!;
      fellBack("locality");
      return finish(point.lon, point.lat, "locality", point.label, point.kommunKod);
    }
    if (inKommun.length > 1) {
      // The same name in several kommuner: the user must say which (a kommun column), not the importer.
      if (kommunOfOrt && !statedKommun) {
        fellBack("kommun_seat");
        return finish(
          kommunOfOrt.seat[0],
          kommunOfOrt.seat[1],
          "kommun_seat",
          kommunOfOrt.namn,
          kommunOfOrt.kod,
        );
      }
      const kommuner = [
        ...new Set(inKommun.map((p) => gazetteer.kommunByKod.get(p.kommunKod ?? "")?.namn ?? "?")),
      ];
      because ??= { code: "ambiguous_locality", value: ort, kommuner };
    } else if (kommunOfOrt && (!statedKommun || statedKommun.kod === kommunOfOrt.kod)) {
      // The ort column names a kommun that has no locality of that name (e.g. "Ale"): its seat.
      fellBack("kommun_seat");
      return finish(
        kommunOfOrt.seat[0],
        kommunOfOrt.seat[1],
        "kommun_seat",
        kommunOfOrt.namn,
        kommunOfOrt.kod,
      );
    } else
      because ??= {
        code: "unknown_locality",
        value: ort,
        suggestions: suggest(ort, gazetteer.localityLabels),
      };
  }

  // 4. Kommun: its GeoNames seat.
  if (statedKommun) {
    fellBack("kommun_seat");
    return finish(
      statedKommun.seat[0],
      statedKommun.seat[1],
      "kommun_seat",
      statedKommun.namn,
      statedKommun.kod,
    );
  }
  return { ok: false, problem: because ?? kommunProblem ?? { code: "no_position" } };
}
