// Turns resolved report rows into meeting places with a position and an honest precision.
// A row that names a locality must have an entry in data/positions.csv saying which named dataset
// record positions it (or that it falls back to the kommun seat, and why). Every other row sits at
// the kommun seat GeoNames designates.
import type {
  MeetingForm,
  MeetingKind,
  MeetingPlaceFeature,
  MeetingStatus,
  PositionPrecision,
  SourceTable,
} from "./schema.ts";
import { readCsv, type DataIssue, type Parsed } from "./csv.ts";
import { slug } from "./names.ts";
import type { Kommun, NamedPoint } from "./reference.ts";
import { PLAIN_COMMENTS, type ReportRow } from "./report.ts";
import { spreadCoincident } from "../geo/spread.ts";

export type PositionDataset = "geonames" | "wikipedia" | "stadsdel" | "kommun_seat";

export interface PositionEntry {
  line: number;
  table: SourceTable;
  row: number;
  sourceLocality: string;
  dataset: PositionDataset;
  key: string;
  note: string | null;
}

const DATASETS: readonly PositionDataset[] = ["geonames", "wikipedia", "stadsdel", "kommun_seat"];

/** data/positions.csv */
export function parsePositions(text: string, file: string): Parsed<PositionEntry> {
  const csv = readCsv(text, file, ["table", "row", "source_locality", "dataset", "key", "note"]);
  const issues = [...csv.issues];
  const rows: PositionEntry[] = [];
  for (const { line, values: v } of csv.rows) {
    const dataset = v.dataset as PositionDataset;
    if (v.table !== "bilaga1" && v.table !== "bilaga2")
      issues.push({ file, line, field: "table", reason: `unknown table "${v.table}"` });
    else if (!DATASETS.includes(dataset))
      issues.push({ file, line, field: "dataset", reason: `unknown dataset "${v.dataset}"` });
    else if (dataset !== "kommun_seat" && !v.key)
      issues.push({ file, line, field: "key", reason: `dataset ${dataset} needs a key` });
    else
      rows.push({
        line,
        table: v.table,
        row: Number(v.row),
        sourceLocality: v.source_locality!,
        dataset,
        key: v.key!,
        note: v.note ? v.note : null,
      });
  }
  return { rows, issues };
}

/**
 * Attaches each position entry to its row as `fields.locality` (so corrections can act on it), and
 * checks both directions: an entry's locality must appear in the row's comment, and a comment naming
 * a place must have an entry.
 */
export function attachPositions(rows: ReportRow[], positions: PositionEntry[], file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const used = new Set<PositionEntry>();
  for (const entry of positions) {
    const row = rows.find((r) => r.table === entry.table && r.row === entry.row);
    if (!row) {
      issues.push({ file, line: entry.line, reason: `no ${entry.table} row ${entry.row}` });
    } else if (!(row.source.source_kommentar ?? "").includes(entry.sourceLocality)) {
      issues.push({
        file,
        line: entry.line,
        field: "source_locality",
        reason: `"${entry.sourceLocality}" does not occur in ${entry.table} row ${entry.row}'s comment "${row.source.source_kommentar}"`,
      });
    } else if (row.fields.locality !== undefined) {
      issues.push({ file, line: entry.line, reason: `second entry for ${entry.table} row ${entry.row}` });
    } else {
      row.fields.locality = entry.sourceLocality;
      used.add(entry);
    }
  }
  for (const row of rows) {
    const comment = row.source.source_kommentar ?? "";
    if (!PLAIN_COMMENTS.has(comment) && row.fields.locality === undefined) {
      issues.push({
        file: row.file,
        line: row.line,
        field: "source_kommentar",
        reason: `comment "${comment}" may name a place, but ${file} has no entry for ${row.table} row ${row.row}`,
      });
    }
  }
  return issues;
}

export interface PlaceIndexes {
  seats: ReadonlyMap<string, NamedPoint>;
  geonames: ReadonlyMap<string, NamedPoint>;
  wikipedia: ReadonlyMap<string, NamedPoint>;
  stadsdelar: ReadonlyMap<string, NamedPoint>;
}

export interface ClassifiedRow {
  row: ReportRow;
  kommun: Kommun;
  form: MeetingForm;
  status: MeetingStatus;
}

const KIND_OF_FORM: Record<MeetingForm, MeetingKind> = {
  servicekontor: "spontaneous",
  fast_bemannat: "booked",
  reser_till: "booked",
  samarbetslosning: "booked",
};

const ID_PREFIX: Record<MeetingForm, string> = {
  servicekontor: "sk",
  fast_bemannat: "af",
  reser_till: "af",
  samarbetslosning: "sam",
};

function labelOf(form: MeetingForm, status: MeetingStatus, where: string): string {
  switch (form) {
    case "servicekontor":
      return status === "planned" ? `Servicekontor ${where} (planerat 2022–2023)` : `Servicekontor ${where}`;
    case "fast_bemannat":
      return `Arbetsförmedlingen ${where}`;
    case "reser_till":
      return `Arbetsförmedlingen ${where} (kontor vi reser till)`;
    case "samarbetslosning":
      return `Samarbetslösning ${where}`;
  }
}

/** Builds one Point feature per row; [lon, lat] geometry is the true (locality or seat) point. */
export function buildMeetingPlaces(
  classified: readonly ClassifiedRow[],
  positions: readonly PositionEntry[],
  indexes: PlaceIndexes,
  positionsFile: string,
): { places: MeetingPlaceFeature[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const drafts: { feature: MeetingPlaceFeature; lonLat: [number, number] }[] = [];
  const usedIds = new Map<string, number>();

  for (const { row, kommun, form, status } of classified) {
    const entry = positions.find((p) => p.table === row.table && p.row === row.row);
    const locality = row.fields.locality ?? null;
    const seat = indexes.seats.get(kommun.kod);
    let target: NamedPoint | undefined = seat;
    let precision: PositionPrecision = "kommun_seat";
    let note = entry?.note ?? null;
    if (entry && entry.dataset !== "kommun_seat") {
      // The key names a record; the corrected locality is what the place is called.
      const index =
        entry.dataset === "geonames"
          ? indexes.geonames
          : entry.dataset === "wikipedia"
            ? indexes.wikipedia
            : indexes.stadsdelar;
      target = index.get(entry.key);
      precision = "locality";
      if (!target) {
        issues.push({
          file: positionsFile,
          line: entry.line,
          field: "key",
          reason: `no ${entry.dataset} record "${entry.key}"`,
        });
        continue;
      }
    }
    if (!target) {
      issues.push({ file: row.file, line: row.line, reason: `no kommun seat for ${kommun.kod}` });
      continue;
    }
    if (precision === "kommun_seat" && note === null) {
      note = `Placerad vid kommunens centralort enligt GeoNames (${target.name}).`;
    }

    const base = `${ID_PREFIX[form]}-${kommun.kod}${locality ? `-${slug(locality)}` : status === "planned" ? "-planerat" : ""}`;
    // Ids are deep-link targets and must be unique: the first of a clash keeps the bare id, later ones
    // get -2, -3 … in report order (e.g. Stockholm's three identical planned rows).
    const count = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    const comment = row.source.source_kommentar ?? "-";
    const bilaga = row.table === "bilaga1" ? "Bilaga 1" : "Bilaga 2";

    drafts.push({
      lonLat: [target.lon, target.lat],
      feature: {
        type: "Feature",
        geometry: { type: "Point", coordinates: [target.lon, target.lat] },
        properties: {
          id,
          kind: KIND_OF_FORM[form],
          form,
          status,
          kommunKod: kommun.kod,
          kommunNamn: kommun.namn,
          lanKod: kommun.lanKod,
          faKod: kommun.faKod,
          locality,
          label: labelOf(form, status, locality ?? kommun.namn),
          comment: comment === "-" ? null : comment,
          precision,
          positionSource: target.source,
          positionNote: note,
          sourceRef: `004 ${bilaga}, rad ${row.row} (rapporttextens rad ${row.reportLine})`,
          sourceTable: row.table,
          sourceRow: row.row,
          displayLon: target.lon,
          displayLat: target.lat,
        },
      },
    });
  }

  const display = spreadCoincident(drafts.map((d) => d.lonLat));
  const places = drafts.map(({ feature }, i) => {
    const [lon, lat] = display[i]!;
    feature.properties.displayLon = round(lon);
    feature.properties.displayLat = round(lat);
    return feature;
  });
  return { places, issues };
}

/** 6 decimals of a degree ≈ 0.1 m: more than the data's precision, less noise in the files. */
export function round(value: number, decimals = 6): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
