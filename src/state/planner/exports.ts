// Exports of the planner's current table: CSV (plain UTF-8, or "for Excel": semicolon, decimal comma,
// UTF-8 BOM) via PapaParse, the areas with their figures as GeoJSON, and the file names. Pure.
import Papa from "papaparse";
import type { Feature, FeatureCollection } from "geojson";
import type { AreaGeometry } from "../../data/schema";
import {
  INDICATORS,
  indicatorValue,
  type Indicator,
  type PlannerKind,
  type PlannerLevel,
  type PlannerTime,
} from "./indicators";
import type { PlannerRow } from "./figures";

export type CsvDialect = "utf8" | "excel";

/** Column names are stable English identifiers, so a script reading the file does not depend on the UI language. */
export const CSV_COLUMNS = [
  "kod",
  "namn",
  "befolkning",
  "platser_bokade",
  "platser_spontana",
  "platser_spontana_planerade",
  ...INDICATORS,
  "fran_centralorten_min",
  "fran_centralorten_km",
  "fran_centralorten_plats",
] as const;

function rowValues(row: PlannerRow): (string | number | null)[] {
  return [
    row.kod,
    row.namn,
    row.befolkning,
    row.booked,
    row.spontaneous,
    row.spontaneousPlanned,
    ...INDICATORS.map((i) => indicatorValue(row.stats, i)),
    row.fromSeat?.minutes ?? null,
    row.fromSeat?.km ?? null,
    row.fromSeat?.placeId ?? null,
  ];
}

/**
 * The rows as CSV. "excel": `;` between fields, `,` as the decimal sign and a BOM, which is what Excel in
 * a Swedish locale opens correctly; "utf8": `,` and `.`, no BOM. An empty field means "no value" (no
 * road link to a place of the kind). The kommun code stays text (leading zero).
 */
export function tableCsv(rows: readonly PlannerRow[], dialect: CsvDialect): string {
  const decimal = (v: string | number | null) =>
    v === null ? "" : typeof v === "number" && dialect === "excel" ? String(v).replace(".", ",") : String(v);
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((r) => rowValues(r).map(decimal)) },
    { delimiter: dialect === "excel" ? ";" : ",", newline: "\r\n", quotes: false },
  );
  return dialect === "excel" ? `\uFEFF${csv}\r\n` : `${csv}\r\n`;
}

export interface AreaFeatureProps {
  kod: string;
  namn: string;
  befolkning: number;
  [key: string]: string | number | null;
}

/** The areas of the level with the table's figures as properties (only areas that are rows). */
export function areasGeoJson(
  areas: readonly Feature<AreaGeometry, { kod: string }>[],
  rows: readonly PlannerRow[],
): FeatureCollection<AreaGeometry, AreaFeatureProps> {
  const byKod = new Map(rows.map((r) => [r.kod, r]));
  return {
    type: "FeatureCollection",
    features: areas.flatMap((area) => {
      const row = byKod.get(area.properties.kod);
      if (!row) return [];
      const values = rowValues(row);
      const properties = Object.fromEntries(
        CSV_COLUMNS.map((c, i) => [c, values[i] ?? null]),
      ) as AreaFeatureProps;
      return [{ type: "Feature" as const, geometry: area.geometry, properties }];
    }),
  };
}

const LEVEL_FILE: Record<PlannerLevel, string> = { kommun: "kommuner", fa: "fa-regioner", lan: "lan" };

/**
 * `narvarokartan_kommuner_booked_2021.csv`: what and when. A what-if scenario adds `_scenario`, the
 * planned offices make it `2023`, the Excel dialect ends in `_excel.csv`.
 */
export function exportFileName(
  level: PlannerLevel,
  kind: PlannerKind,
  time: PlannerTime,
  scenario: boolean,
  what: "csv" | "excel.csv" | "geojson" | "png",
  indicator?: Indicator,
): string {
  const parts = ["narvarokartan", LEVEL_FILE[level], kind, time === "planned" ? "2023" : "2021"];
  if (what === "png" && indicator) parts.push(indicator);
  if (scenario) parts.push("scenario");
  if (what === "excel.csv") parts.push("excel");
  return `${parts.join("_")}.${what === "excel.csv" ? "csv" : what}`;
}
