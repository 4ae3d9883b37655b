// Counts from the tables, set against the figures the report's text states. Nothing is forced to
// match: every difference must be explained by an entry in data/discrepancies.csv, and an entry that
// claims a difference the counts no longer show is itself an issue.
import type {
  Discrepancy,
  DiscrepancyText,
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
  en: DiscrepancyText;
  sv: DiscrepancyText;
}

/** data/discrepancies.csv: each text column in English and, with the suffix _sv, in Swedish. */
export function parseDiscrepancyNotes(text: string, file: string): Parsed<DiscrepancyNote> {
  const prose = ["what", "report_says", "tables_say", "resolution", "evidence"];
  const columns = ["id", "count_key", ...prose, ...prose.map((c) => `${c}_sv`)];
  const csv = readCsv(text, file, columns);
  const issues = [...csv.issues];
  const rows: DiscrepancyNote[] = [];
  const textOf = (v: Record<string, string>, suffix: string): DiscrepancyText => ({
    what: v[`what${suffix}`]!,
    reportSays: v[`report_says${suffix}`]!,
    tablesSay: v[`tables_say${suffix}`] ?? "",
    resolution: v[`resolution${suffix}`]!,
    evidence: v[`evidence${suffix}`]!,
  });
  for (const { line, values: v } of csv.rows) {
    // tables_say may be empty only for count-linked notes, whose figure the build computes.
    const required = columns.filter((c) => c !== "count_key" && !(v.count_key && c.startsWith("tables_say")));
    const empty = required.filter((c) => !v[c]);
    if (empty.length > 0) issues.push({ file, line, reason: `empty cell(s): ${empty.join(", ")}` });
    else
      rows.push({
        line,
        id: v.id!,
        countKey: v.count_key ? v.count_key : null,
        en: textOf(v, ""),
        sv: textOf(v, "_sv"),
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
      discrepancies.push({ id: note.id, ...note.en, sv: note.sv });
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
      // The figures are computed, never typed into the note, so the note cannot go stale unnoticed.
      const withFigures = (text: DiscrepancyText): DiscrepancyText => ({
        ...text,
        reportSays: `${figure.value} – ${text.reportSays}`,
        tablesSay: `${actual}${text.tablesSay ? ` – ${text.tablesSay}` : ""}`,
      });
      discrepancies.push({ id: note.id, ...withFigures(note.en), sv: withFigures(note.sv) });
    }
  }
  for (const figure of figures) {
    const actual = countAt(counts, figure.key);
    const explained = notes.some((n) => n.countKey === figure.key);
    if (actual !== undefined && actual !== figure.value && !explained) {
      const text: DiscrepancyText = {
        what: `${figure.key}: the tables give ${actual}, the report states ${figure.value}`,
        reportSays: `${figure.value} – ${figure.where}: “${figure.quote}”`,
        tablesSay: String(actual),
        resolution: "Not yet explained.",
        evidence: "",
      };
      discrepancies.push({
        id: `unexplained-${figure.key}`,
        ...text,
        sv: { ...text, resolution: "Ännu inte förklarad." },
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
