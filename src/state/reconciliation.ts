// Rows for the "Rapporten säger / Tabellerna säger" table: every figure the pipeline counted from the
// appendices, next to what the report's text states, if it states it.
import type { ReportStates, StatedFigure, SummaryCounts } from "../data/schema";
import type { CountKey } from "./countKeys";

export type Agreement = "match" | "mismatch" | "notStated";

export interface ReconciliationRow {
  key: CountKey;
  tablesSay: number;
  report: StatedFigure | null;
  agreement: Agreement;
}

function isStatedFigure(value: unknown): value is StatedFigure {
  return typeof value === "object" && value !== null && typeof (value as StatedFigure).value === "number";
}

function row(key: CountKey, tablesSay: number, stated: unknown): ReconciliationRow {
  const report = isStatedFigure(stated) ? stated : null;
  const agreement: Agreement =
    report === null ? "notStated" : report.value === tablesSay ? "match" : "mismatch";
  return { key, tablesSay, report, agreement };
}

/** One row per count, in the order SummaryCounts lists them; nested counts are flattened ("a.b"). */
export function reconciliationRows(counts: SummaryCounts, reportStates: ReportStates): ReconciliationRow[] {
  const rows: ReconciliationRow[] = [];
  for (const [key, value] of Object.entries(counts) as [
    keyof SummaryCounts,
    SummaryCounts[keyof SummaryCounts],
  ][]) {
    const stated: unknown = reportStates[key];
    if (typeof value === "number") {
      rows.push(row(key as CountKey, value, stated));
      continue;
    }
    for (const [subKey, subValue] of Object.entries(value) as [string, number][]) {
      const subStated =
        typeof stated === "object" && stated !== null
          ? (stated as Record<string, unknown>)[subKey]
          : undefined;
      rows.push(row(`${key}.${subKey}` as CountKey, subValue, subStated));
    }
  }
  return rows;
}
