// shared/data/population/se_grid_1km_census2021.csv: Eurostat/SCB census 2021, one row per inhabited
// 1 km cell with its centre [lon, lat] and population. Malformed rows are reported and skipped; the rest
// are kept.
import { readCsv, type DataIssue, type Parsed } from "./csv.ts";

export interface PopulationCell {
  id: string;
  lon: number;
  lat: number;
  population: number;
}

export function parsePopulationGrid(text: string, file: string): Parsed<PopulationCell> {
  const csv = readCsv(text, file, ["grd_id", "lon", "lat", "pop_2021"]);
  const issues: DataIssue[] = [...csv.issues];
  const rows: PopulationCell[] = [];
  for (const { line, values: v } of csv.rows) {
    const lon = Number(v.lon);
    const lat = Number(v.lat);
    const population = Number(v.pop_2021);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < 10 || lon > 25 || lat < 55 || lat > 70)
      issues.push({ file, line, field: "lon/lat", reason: `not a position in Sweden: ${v.lon}, ${v.lat}` });
    else if (!Number.isInteger(population) || population <= 0 || population > 65_535)
      issues.push({ file, line, field: "pop_2021", reason: `not a population of 1–65535: "${v.pop_2021}"` });
    else rows.push({ id: v.grd_id!, lon, lat, population });
  }
  return { rows, issues };
}
