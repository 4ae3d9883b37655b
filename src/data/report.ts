// The curated transcriptions of report 004 (data/*.csv): parse, apply the explicit corrections, resolve
// every row to an SCB kommunkod, and classify form and status. Nothing is corrected unless
// data/corrections.csv says so; an unknown name is an issue with the closest candidates.
import type { AppliedCorrection, MeetingForm, MeetingStatus, SourceTable } from "./schema.ts";
import { parseCount, readCsv, type DataIssue, type Parsed } from "./csv.ts";
import { closestNames } from "./names.ts";
import type { Kommun } from "./reference.ts";

/** One transcribed row of Bilaga 1 or 2. `source` is verbatim; `fields` starts equal and gets corrections. */
export interface ReportRow {
  table: SourceTable;
  file: string;
  /** 1-based data row (the `row` column), as cited in corrections and positions. */
  row: number;
  /** Line in the CSV file. */
  line: number;
  /** Line in the report's text file (seeds/004_…txt). */
  reportLine: number;
  source: Record<string, string>;
  fields: Record<string, string>;
}

const TABLE_COLUMNS: Record<SourceTable, readonly string[]> = {
  bilaga1: ["row", "source_lan", "source_region", "source_kommun", "source_kommentar", "source_line"],
  bilaga2: [
    "row",
    "source_lan",
    "source_region",
    "source_kommun",
    "source_form",
    "source_kommentar",
    "source_line",
  ],
};

export function parseReportTable(text: string, file: string, table: SourceTable): Parsed<ReportRow> {
  const csv = readCsv(text, file, TABLE_COLUMNS[table]);
  const issues = [...csv.issues];
  const rows: ReportRow[] = [];
  for (const { line, values } of csv.rows) {
    const row = Number(values.row);
    const expected = rows.length + 1;
    if (!Number.isInteger(row) || row !== expected) {
      issues.push({ file, line, field: "row", reason: `row number "${values.row}", expected ${expected}` });
      continue;
    }
    const empty = TABLE_COLUMNS[table].filter((column) => (values[column] ?? "") === "");
    if (empty.length > 0) {
      issues.push({ file, line, reason: `empty cell(s): ${empty.join(", ")}` });
      continue;
    }
    rows.push({
      table,
      file,
      row,
      line,
      reportLine: Number(values.source_line),
      source: values,
      fields: { ...values },
    });
  }
  return { rows, issues };
}

export interface Correction {
  id: string;
  line: number;
  table: string;
  rows: number[];
  field: string;
  reportValue: string;
  correctedValue: string;
  reason: string;
  evidence: string;
  reasonSv: string;
  evidenceSv: string;
}

/** data/corrections.csv; `rows` is "N" or "N-M". Reason and evidence in English and Swedish. */
export function parseCorrections(text: string, file: string): Parsed<Correction> {
  const columns = [
    "id",
    "table",
    "rows",
    "field",
    "report_value",
    "corrected_value",
    "reason",
    "evidence",
    "reason_sv",
    "evidence_sv",
  ];
  const csv = readCsv(text, file, columns);
  const issues = [...csv.issues];
  const rows: Correction[] = [];
  for (const { line, values: v } of csv.rows) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(v.rows ?? "");
    const empty = columns.filter((c) => (v[c] ?? "") === "");
    if (empty.length > 0) issues.push({ file, line, reason: `empty cell(s): ${empty.join(", ")}` });
    else if (!range) issues.push({ file, line, field: "rows", reason: `not "N" or "N-M": "${v.rows}"` });
    else {
      const first = Number(range[1]);
      const last = Number(range[2] ?? range[1]);
      rows.push({
        id: v.id!,
        line,
        table: v.table!,
        rows: Array.from({ length: last - first + 1 }, (_, i) => first + i),
        field: v.field!,
        reportValue: v.report_value!,
        correctedValue: v.corrected_value!,
        reason: v.reason!,
        evidence: v.evidence!,
        reasonSv: v.reason_sv!,
        evidenceSv: v.evidence_sv!,
      });
    }
  }
  return { rows, issues };
}

/**
 * Applies each correction to the rows it names. A correction whose row or field does not exist, or whose
 * `report_value` no longer matches the report, is an issue: corrections must never drift silently.
 */
export function applyCorrections(
  rows: ReportRow[],
  corrections: Correction[],
  correctionsFile: string,
): { applied: AppliedCorrection[]; issues: DataIssue[] } {
  const applied: AppliedCorrection[] = [];
  const issues: DataIssue[] = [];
  for (const correction of corrections) {
    for (const rowNumber of correction.rows) {
      const target = rows.find((r) => r.table === correction.table && r.row === rowNumber);
      const current = target?.fields[correction.field];
      if (!target || current === undefined) {
        issues.push({
          file: correctionsFile,
          line: correction.line,
          reason: `${correction.id}: no field "${correction.field}" at ${correction.table} row ${rowNumber}`,
        });
      } else if (current !== correction.reportValue) {
        issues.push({
          file: correctionsFile,
          line: correction.line,
          reason: `${correction.id}: expected "${correction.reportValue}" at ${correction.table} row ${rowNumber}, found "${current}"`,
        });
      } else {
        target.fields[correction.field] = correction.correctedValue;
        applied.push({
          id: correction.id,
          table: correction.table,
          row: rowNumber,
          field: correction.field,
          reportValue: correction.reportValue,
          correctedValue: correction.correctedValue,
          reason: correction.reason,
          evidence: correction.evidence,
          sv: { reason: correction.reasonSv, evidence: correction.evidenceSv },
        });
      }
    }
  }
  return { applied, issues };
}

/**
 * Resolves a kommun name (as corrected) to its kommun, and checks it lies in the län the row names.
 * Matching is exact on SCB/SKR names: a near miss is reported with suggestions, never accepted.
 */
export function resolveKommun(
  name: string,
  lanNamn: string,
  kommuner: readonly Kommun[],
  where: { file: string; line: number },
): { kommun: Kommun } | { issue: DataIssue } {
  const kommun = kommuner.find((k) => k.namn === name);
  if (!kommun) {
    return {
      issue: {
        ...where,
        field: "source_kommun",
        reason: `unknown kommun "${name}"`,
        suggestions: closestNames(
          name,
          kommuner.map((k) => k.namn),
        ),
      },
    };
  }
  const lanNames = new Set(kommuner.map((k) => k.lanNamn));
  if (!lanNames.has(lanNamn)) {
    return {
      issue: {
        ...where,
        field: "source_lan",
        reason: `unknown län "${lanNamn}"`,
        suggestions: closestNames(lanNamn, [...lanNames]),
      },
    };
  }
  if (kommun.lanNamn !== lanNamn) {
    return {
      issue: {
        ...where,
        field: "source_kommun",
        reason: `kommun "${name}" (${kommun.kod}) is in ${kommun.lanNamn}, but the row stands under ${lanNamn}`,
        suggestions: closestNames(
          name,
          kommuner.filter((k) => k.lanNamn === lanNamn).map((k) => k.namn),
        ),
      },
    };
  }
  return { kommun };
}

/** Comments that carry no place name; any other comment must have an entry in data/positions.csv. */
export const PLAIN_COMMENTS: ReadonlySet<string> = new Set([
  "-",
  "Planerat 2022 - 2023",
  "Fast bemannat kontor",
  "Kontor vi reser till",
  "Lösning klar senare i år",
]);

export const PLANNED_COMMENT = "Planerat 2022 - 2023";
export const PENDING_COMMENT = "Lösning klar senare i år";

/** Form and status of a row, from the report's own words. */
export function classifyRow(
  row: ReportRow,
): { form: MeetingForm; status: MeetingStatus } | { issue: DataIssue } {
  const comment = row.fields.source_kommentar ?? "";
  if (row.table === "bilaga1") {
    return { form: "servicekontor", status: comment === PLANNED_COMMENT ? "planned" : "current" };
  }
  const form = row.fields.source_form;
  const status: MeetingStatus = comment === PENDING_COMMENT ? "pending" : "current";
  if (form === "Samarbetslösning") return { form: "samarbetslosning", status };
  if (form === "Arbetsförmedlingskontor") {
    if (comment.startsWith("Fast bemannat kontor")) return { form: "fast_bemannat", status };
    if (comment.startsWith("Kontor vi reser till")) return { form: "reser_till", status };
    return {
      issue: {
        file: row.file,
        line: row.line,
        field: "source_kommentar",
        reason: `office row without "Fast bemannat kontor" or "Kontor vi reser till": "${comment}"`,
      },
    };
  }
  return {
    issue: { file: row.file, line: row.line, field: "source_form", reason: `unknown form "${form}"` },
  };
}

/** Rows identical in län, kommun, form and comment: reported, kept (the report lists e.g. three planned Stockholm offices so). */
export function findIdenticalRows(
  rows: readonly ReportRow[],
): { table: SourceTable; rows: number[]; text: string }[] {
  const groups = new Map<string, ReportRow[]>();
  for (const row of rows) {
    const f = row.fields;
    const key = [row.table, f.source_lan, f.source_kommun, f.source_form ?? "", f.source_kommentar].join(
      "\u0000",
    );
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      table: group[0]!.table,
      rows: group.map((r) => r.row),
      text: `${group[0]!.fields.source_kommun}: ${group[0]!.fields.source_kommentar}`,
    }));
}

export interface SimpleListRow {
  row: number;
  line: number;
  kommun: string;
}

/** data/glesbygdskommuner.csv (footnote 54). */
export function parseKommunList(text: string, file: string): Parsed<SimpleListRow> {
  const csv = readCsv(text, file, ["row", "source_kommun"]);
  return {
    rows: csv.rows.map(({ line, values }) => ({
      row: Number(values.row),
      line,
      kommun: values.source_kommun!,
    })),
    issues: csv.issues,
  };
}

export interface ContractedServiceRow {
  row: number;
  line: number;
  name: string;
  code: string;
  description: string;
  kommunCount: number;
  approvedAddresses: number;
  reportLine: number;
}

/** data/bilaga3_avtalade_tjanster.csv: "Stöd och matchning (STOM)" → name + code. */
export function parseContractedServices(text: string, file: string): Parsed<ContractedServiceRow> {
  const csv = readCsv(text, file, [
    "row",
    "source_tjanst",
    "source_vad_och_for_vem",
    "source_antal_kommuner",
    "source_antal_godkanda_adresser",
    "source_line",
  ]);
  const issues = [...csv.issues];
  const rows: ContractedServiceRow[] = [];
  for (const { line, values: v } of csv.rows) {
    const nameCode = /^(.*)\s\(([A-ZÅÄÖ]+)\)$/.exec(v.source_tjanst ?? "");
    const kommunCount = parseCount(v.source_antal_kommuner ?? "");
    const addresses = parseCount(v.source_antal_godkanda_adresser ?? "");
    if (!nameCode) issues.push({ file, line, field: "source_tjanst", reason: `expected "Name (CODE)"` });
    else if (kommunCount === null || addresses === null)
      issues.push({ file, line, reason: "counts must be whole numbers" });
    else
      rows.push({
        row: Number(v.row),
        line,
        name: nameCode[1]!,
        code: nameCode[2]!,
        description: v.source_vad_och_for_vem!,
        kommunCount,
        approvedAddresses: addresses,
        reportLine: Number(v.source_line),
      });
  }
  return { rows, issues };
}
