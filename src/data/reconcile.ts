// Counts from the tables, set against the figures the report's text states. Nothing is forced to
// match: every difference must be explained by an entry in data/discrepancies.csv, and an entry that
// claims a difference the counts no longer show is itself an issue.
import type {
  Discrepancy,
  KommunProps,
  MeetingPlaceFeature,
  PlaceCounts,
  Presence,
  ReportStates,
  StatedFigure,
  SummaryCounts,
} from "./schema.ts";
import { readCsv, type DataIssue, type Parsed } from "./csv.ts";
import type { Kommun } from "./reference.ts";

/** SKR 2017 groups counted as "landsbygdskommun" in footnote 55. */
export const LANDSBYGD_SKR_GROUPS: ReadonlySet<string> = new Set(["C8", "C9"]);

export function placeCountsOf(places: readonly MeetingPlaceFeature[]): PlaceCounts {
  const count = (test: (p: MeetingPlaceFeature["properties"]) => boolean) =>
    places.filter((f) => test(f.properties)).length;
  return {
    servicekontorCurrent: count((p) => p.form === "servicekontor" && p.status === "current"),
    servicekontorPlanned: count((p) => p.form === "servicekontor" && p.status === "planned"),
    fastBemannat: count((p) => p.form === "fast_bemannat"),
    reserTill: count((p) => p.form === "reser_till"),
    samarbetslosning: count((p) => p.form === "samarbetslosning"),
    bookedPending: count((p) => p.kind === "booked" && p.status === "pending"),
  };
}

export function presenceOf(counts: PlaceCounts): Presence {
  return {
    spontaneous: counts.servicekontorCurrent > 0,
    spontaneousPlanned: counts.servicekontorPlanned > 0,
    booked: counts.fastBemannat + counts.reserTill + counts.samarbetslosning > 0,
  };
}

/** Kommun properties before the label point is added (that needs the polygon). */
export type KommunPresenceProps = Omit<KommunProps, "labelLon" | "labelLat">;

/** Kommun properties for every kommun, with presence derived from the places in it. */
export function kommunProperties(
  kommuner: readonly Kommun[],
  places: readonly MeetingPlaceFeature[],
  glesbygdKoder: ReadonlySet<string>,
): KommunPresenceProps[] {
  const byKommun = new Map<string, MeetingPlaceFeature[]>();
  for (const place of places) {
    const kod = place.properties.kommunKod;
    byKommun.set(kod, [...(byKommun.get(kod) ?? []), place]);
  }
  return kommuner.map((k) => {
    const placeCounts = placeCountsOf(byKommun.get(k.kod) ?? []);
    return {
      ...k,
      glesbygd: glesbygdKoder.has(k.kod),
      landsbygd: LANDSBYGD_SKR_GROUPS.has(k.skrGruppKod.slice(0, 2)),
      presence: presenceOf(placeCounts),
      placeCounts,
    };
  });
}

export function computeCounts(
  kommuner: readonly KommunPresenceProps[],
  places: readonly MeetingPlaceFeature[],
  faRegioner: number,
  lan: number,
): SummaryCounts {
  const all = placeCountsOf(places);
  const withBooked = kommuner.filter((k) => k.presence.booked);
  return {
    kommuner: kommuner.length,
    faRegioner,
    lan,
    servicekontor: { current: all.servicekontorCurrent, planned: all.servicekontorPlanned },
    kommunerWithServicekontor: {
      current: kommuner.filter((k) => k.presence.spontaneous).length,
      includingPlanned: kommuner.filter((k) => k.presence.spontaneous || k.presence.spontaneousPlanned)
        .length,
    },
    afKontor: { fastBemannat: all.fastBemannat, reserTill: all.reserTill },
    samarbetslosningar: all.samarbetslosning,
    kommunerWithBookedPresence: withBooked.length,
    kommunerWithoutBookedPresence: kommuner.length - withBooked.length,
    glesbygdskommunerWithBookedPresence: withBooked.filter((k) => k.glesbygd).length,
    landsbygdskommunerWithBookedPresence: withBooked.filter((k) => k.landsbygd).length,
  };
}

/** "servicekontor.current" → the number at that path of the counts, or undefined. */
export function countAt(counts: SummaryCounts, path: string): number | undefined {
  let value: unknown = counts;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === "number" ? value : undefined;
}

export interface ReportFigure extends StatedFigure {
  key: string;
  line: number;
}

/** data/report_figures.csv: the figures the report's text states, keyed like SummaryCounts. */
export function parseReportFigures(text: string, file: string, keys: SummaryCounts): Parsed<ReportFigure> {
  const csv = readCsv(text, file, ["key", "value", "where", "quote", "source_line"]);
  const issues = [...csv.issues];
  const rows: ReportFigure[] = [];
  for (const { line, values: v } of csv.rows) {
    if (countAt(keys, v.key ?? "") === undefined)
      issues.push({ file, line, field: "key", reason: `"${v.key}" is not a count in summary.json` });
    else if (!/^\d+$/.test(v.value ?? ""))
      issues.push({ file, line, field: "value", reason: "not a whole number" });
    else
      rows.push({
        key: v.key!,
        line,
        value: Number(v.value),
        where: `${v.where} (rapporttextens rad ${v.source_line})`,
        quote: v.quote!,
      });
  }
  return { rows, issues };
}

export function reportStatesOf(figures: readonly ReportFigure[]): ReportStates {
  const states: Record<string, StatedFigure | Record<string, StatedFigure>> = {};
  for (const { key, value, where, quote } of figures) {
    const [head, tail] = key.split(".") as [string, string | undefined];
    const figure = { value, where, quote };
    if (tail === undefined) states[head] = figure;
    else states[head] = { ...((states[head] as Record<string, StatedFigure>) ?? {}), [tail]: figure };
  }
  return states as ReportStates;
}

export interface DiscrepancyNote {
  line: number;
  id: string;
  /** Set when the entry explains a difference between a stated figure and a count. */
  countKey: string | null;
  what: string;
  reportSays: string;
  tablesSay: string;
  resolution: string;
  evidence: string;
}

/** data/discrepancies.csv */
export function parseDiscrepancyNotes(text: string, file: string): Parsed<DiscrepancyNote> {
  const columns = ["id", "count_key", "what", "report_says", "tables_say", "resolution", "evidence"];
  const csv = readCsv(text, file, columns);
  const issues = [...csv.issues];
  const rows: DiscrepancyNote[] = [];
  for (const { line, values: v } of csv.rows) {
    const required = ["id", "what", "report_says", "resolution", "evidence"].filter((c) => !v[c]);
    if (required.length > 0) issues.push({ file, line, reason: `empty cell(s): ${required.join(", ")}` });
    else if (!v.count_key && !v.tables_say)
      issues.push({ file, line, field: "tables_say", reason: "needed when count_key is empty" });
    else
      rows.push({
        line,
        id: v.id!,
        countKey: v.count_key ? v.count_key : null,
        what: v.what!,
        reportSays: v.report_says!,
        tablesSay: v.tables_say ?? "",
        resolution: v.resolution!,
        evidence: v.evidence!,
      });
  }
  return { rows, issues };
}

/**
 * Every stated figure that differs from the count becomes a discrepancy; its explanation must come
 * from a note with that count_key. A difference without a note gets an "unexplained" entry AND an
 * issue, and a note whose count now matches is an issue too.
 */
export function reconcile(
  counts: SummaryCounts,
  figures: readonly ReportFigure[],
  notes: readonly DiscrepancyNote[],
  notesFile: string,
): { discrepancies: Discrepancy[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const discrepancies: Discrepancy[] = [];
  for (const note of notes) {
    if (note.countKey === null) {
      const { id, what, reportSays, tablesSay, resolution, evidence } = note;
      discrepancies.push({ id, what, reportSays, tablesSay, resolution, evidence });
      continue;
    }
    const figure = figures.find((f) => f.key === note.countKey);
    const actual = countAt(counts, note.countKey);
    if (!figure || actual === undefined) {
      issues.push({
        file: notesFile,
        line: note.line,
        reason: `${note.id}: no stated figure "${note.countKey}"`,
      });
    } else if (figure.value === actual) {
      issues.push({
        file: notesFile,
        line: note.line,
        reason: `${note.id}: ${note.countKey} now matches the report (${actual}); remove or update the note`,
      });
    } else {
      discrepancies.push({
        id: note.id,
        what: note.what,
        reportSays: `${figure.value} – ${note.reportSays}`,
        tablesSay: `${actual}${note.tablesSay ? ` – ${note.tablesSay}` : ""}`,
        resolution: note.resolution,
        evidence: note.evidence,
      });
    }
  }
  for (const figure of figures) {
    const actual = countAt(counts, figure.key);
    const explained = notes.some((n) => n.countKey === figure.key);
    if (actual !== undefined && actual !== figure.value && !explained) {
      discrepancies.push({
        id: `unexplained-${figure.key}`,
        what: `${figure.key}: the tables give ${actual}, the report states ${figure.value}`,
        reportSays: `${figure.value} – ${figure.where}: “${figure.quote}”`,
        tablesSay: String(actual),
        resolution: "Not yet explained.",
        evidence: "",
      });
      issues.push({
        file: notesFile,
        line: 0,
        reason: `${figure.key}: tables give ${actual}, report states ${figure.value}, and no note explains it`,
      });
    }
  }
  return { discrepancies, issues };
}
