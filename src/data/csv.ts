// CSV reading at the edge: PapaParse turns text into header-keyed records, each carrying the line it
// came from, so every later validation step can say "file, line, reason".
import Papa from "papaparse";

/** A problem with one row (or the file), reported with enough context to find and fix it. */
export interface DataIssue {
  file: string;
  /** 1-based line in the file (the header is line 1); 0 when the issue concerns the whole file. */
  line: number;
  field?: string;
  reason: string;
  /** Closest valid values, for unknown names. Never applied automatically. */
  suggestions?: string[];
}

export interface CsvRecord {
  /** 1-based line number of the record in the file. */
  line: number;
  values: Record<string, string>;
}

export interface Parsed<T> {
  rows: T[];
  issues: DataIssue[];
}

export function formatIssue(issue: DataIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.field ? ` [${issue.field}]` : "";
  const hint = issue.suggestions?.length ? ` (closest: ${issue.suggestions.join(", ")})` : "";
  return `${where}${field}: ${issue.reason}${hint}`;
}

/**
 * Parses CSV text with a header row. Checks that every required column exists and that every row has
 * exactly as many cells as the header; a malformed row becomes an issue and the other rows are kept.
 */
export function readCsv(text: string, file: string, requiredColumns: readonly string[]): Parsed<CsvRecord> {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    delimiter: ",",
    skipEmptyLines: "greedy",
  });
  const issues: DataIssue[] = result.errors.map((error) => ({
    file,
    line: (error.row ?? -1) + 1,
    reason: `CSV syntax: ${error.message}`,
  }));
  const [header, ...body] = result.data;
  if (!header) return { rows: [], issues: [...issues, { file, line: 0, reason: "file is empty" }] };

  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    issues.push({ file, line: 1, reason: `missing column(s): ${missing.join(", ")}` });
    return { rows: [], issues };
  }

  // PapaParse does not report source lines, and quoted cells may span lines; count them ourselves.
  const lineStarts = recordLineNumbers(text.replace(/^\uFEFF/, ""));
  const rows: CsvRecord[] = [];
  body.forEach((cells, index) => {
    const line = lineStarts[index + 1] ?? index + 2;
    if (cells.length !== header.length) {
      issues.push({ file, line, reason: `expected ${header.length} cells, found ${cells.length}` });
      return;
    }
    const values: Record<string, string> = {};
    header.forEach((column, i) => (values[column] = (cells[i] ?? "").trim()));
    rows.push({ line, values });
  });
  return { rows, issues };
}

/** Line number at which each non-empty CSV record starts, honouring quoted newlines. */
function recordLineNumbers(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (atRecordStart && char !== "\n" && char !== "\r") {
      starts.push(line);
      atRecordStart = false;
    }
    if (char === '"') inQuotes = !inQuotes;
    else if (char === "\n") {
      line++;
      if (!inQuotes) atRecordStart = true;
    }
  }
  return starts;
}

/** Parses a positive or zero integer written with optional thin/normal spaces ("1 324"). */
export function parseCount(raw: string): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, "");
  return /^\d+$/.test(compact) ? Number(compact) : null;
}
