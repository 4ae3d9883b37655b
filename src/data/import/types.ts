// The importer's contract: what a person's place list becomes, and every way a row or file can fail.
// Problems are data (a code and the values a message needs), so the app can say them in Swedish or
// English (src/i18n/importMessages.ts) and the CLI prints the same text.

/** How the bytes were read. `utf-8-bom`: UTF-8 with a byte order mark (Excel's "CSV UTF-8"). */
export type ImportEncoding = "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le";
export const IMPORT_ENCODINGS: readonly ImportEncoding[] = ["utf-8", "utf-8-bom", "windows-1252", "utf-16le"];

export type ImportDelimiter = "," | ";" | "\t";
export const IMPORT_DELIMITERS: readonly ImportDelimiter[] = [";", ",", "\t"];

/**
 * How the two coordinate columns are read. For WGS84 the order is the order of the two columns in the
 * file: `wgs84-latlon` means the first coordinate column holds latitudes. `sweref99tm`: EPSG:3006
 * metres; northing (7 digits) and easting (6 digits) are told apart by digit count, not by column name.
 * `none`: the file has no coordinate columns, or the user chose to ignore them.
 */
export type CoordinateForm = "wgs84-latlon" | "wgs84-lonlat" | "sweref99tm" | "none";
export const COORDINATE_FORMS: readonly CoordinateForm[] = [
  "wgs84-latlon",
  "wgs84-lonlat",
  "sweref99tm",
  "none",
];

/** What a row's position stands for: its own coordinates, or the point of its postnummer, ort or kommun seat. */
export type ImportPrecision = "coordinates" | "postnummer" | "locality" | "kommun_seat";

/** The three kinds of meeting (report 004 Bilaga 1, 2, 3). */
export type ImportedKind = "spontaneous" | "booked" | "provider";
export const IMPORTED_KINDS: readonly ImportedKind[] = ["spontaneous", "booked", "provider"];

/** The fields a column can be read as. */
export type ImportField =
  | "name"
  | "kind"
  | "service"
  | "address"
  | "postnummer"
  | "ort"
  | "kommun"
  | "lat"
  | "lon"
  | "northing"
  | "easting"
  | "x"
  | "y";

/** Why a row was rejected (or, for warnings, what was noticed about an accepted row). */
export type RowProblem =
  | { code: "no_name" }
  | { code: "quote_error" }
  | { code: "cell_count"; found: number; expected: number; decimalCommaHint: boolean }
  | { code: "empty_kind" }
  | { code: "unknown_kind"; value: string; suggestions: string[] }
  | { code: "not_a_number"; column: string; value: string }
  | { code: "half_coordinate"; present: string; missing: string }
  | { code: "not_sweref99tm"; first: string; second: string }
  | { code: "outside_sweden"; lon: number; lat: number }
  | { code: "postnummer_digits"; value: string; digits: number }
  | { code: "unknown_postnummer"; value: string }
  | { code: "unknown_locality"; value: string; suggestions: string[] }
  | { code: "ambiguous_locality"; value: string; kommuner: string[] }
  | { code: "unknown_kommun"; value: string; suggestions: string[] }
  | { code: "no_position" };

export type RowWarning =
  /** The point lies in another kommun than the row's kommun column names. */
  | { code: "kommun_mismatch"; stated: string; found: string }
  /** The point lies just outside the simplified kommun polygons (coast, border); the nearest kommun is used. */
  | { code: "near_border"; kommun: string; distanceM: number }
  /** A more precise column could not be used, so the row was placed by a coarser one. */
  | { code: "fallback"; because: RowProblem; used: ImportPrecision }
  /** The kommun column could not be read, but the row was placed by another column. */
  | { code: "kommun_ignored"; because: RowProblem };

export interface ImportedPlace {
  /** 1-based line in the file on which the row starts (the header is line 1). */
  line: number;
  /** Stable within one import: `import-<line>`. */
  id: string;
  name: string;
  kind: ImportedKind;
  /** A Bilaga 3 service name ("Rusta och matcha (KROM)") or the file's own service text; null if none. */
  service: string | null;
  address: string | null;
  /** WGS84 degrees. */
  lon: number;
  lat: number;
  precision: ImportPrecision;
  /** What the position was taken from, e.g. "794 90 Orsa" or "Sysslebäck"; null for own coordinates. */
  positionFrom: string | null;
  /** 4-digit SCB kommunkod of the kommun polygon containing the point (or the nearest, see warnings). */
  kommunKod: string;
  kommunNamn: string;
  warnings: RowWarning[];
}

export interface RejectedRow {
  line: number;
  /** The row's name cell, when it has one, to help find the row. */
  name: string | null;
  problem: RowProblem;
}

/** Why nothing could be read. */
export type FileProblem =
  | { code: "empty" }
  | { code: "binary"; looksLike: "xlsx" | "xls" | "pdf" | "other" }
  | { code: "no_rows" }
  | { code: "no_name_column"; header: string[] }
  | { code: "no_position_columns"; header: string[] }
  | { code: "internal"; message: string };

/** Things about the whole file the user should confirm. */
export type FileNote =
  | { code: "no_kind_column"; defaultKind: ImportedKind }
  | { code: "unused_columns"; columns: string[] }
  | { code: "duplicate_column"; field: ImportField; used: string; ignored: string }
  | { code: "sep_line"; delimiter: ImportDelimiter }
  | { code: "local_zone_suspected" }
  | { code: "coordinates_swapped_names"; column: string };

export interface ImportOptions {
  /** Overrides the detected encoding. */
  encoding?: ImportEncoding;
  delimiter?: ImportDelimiter;
  coordinates?: CoordinateForm;
  /** The kind given to every row when the file has no kind column. Default "provider". */
  defaultKind?: ImportedKind;
}

/** Which header (by its text) was read as which field. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export interface ImportDetection {
  encoding: ImportEncoding;
  delimiter: ImportDelimiter;
  coordinates: CoordinateForm;
}

export type ImportResult =
  | { ok: false; problem: FileProblem; detected: Partial<ImportDetection> }
  | {
      ok: true;
      /** What was used (the detected choice unless overridden). */
      encoding: ImportEncoding;
      delimiter: ImportDelimiter;
      coordinates: CoordinateForm;
      /** What the importer found by itself, to show next to the choice. */
      detected: ImportDetection;
      columns: ColumnMapping;
      /** Data rows read (non-empty rows after the header): accepted + rejected. */
      rowCount: number;
      accepted: ImportedPlace[];
      rejected: RejectedRow[];
      notes: FileNote[];
    };
