import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { dataDir, loadReachSources, loadSources } from "../../../scripts/load-sources.ts";
import { buildData } from "../../../src/data/pipeline.ts";
import { buildReach } from "../../../src/data/reachPipeline.ts";
import type { ReachStats, Summary } from "../../../src/data/schema";
import { tableCsv, exportFileName, areasGeoJson } from "../../../src/state/planner/exports";
import {
  changedAreas,
  figuresFromSummary,
  filterPlannerRows,
  footnote48Check,
  plannedChange,
  plannerRows,
  sortPlannerRows,
} from "../../../src/state/planner/figures";

// The real build's summary (what `npm run data` writes), so the claims are checked on the real figures.
function realSummary(): Summary {
  const { outputs, issues } = buildData(loadSources(), dataDir);
  if (!outputs) throw new Error(`base build failed: ${issues.map((i) => i.reason).join("; ")}`);
  const reach = buildReach(loadReachSources(), outputs, dataDir);
  if (!reach.build) throw new Error(`reach build failed: ${reach.issues.map((i) => i.reason).join("; ")}`);
  return reach.build.summary;
}
const summary = realSummary();
const booked = figuresFromSummary(summary, "booked");

describe("planner figures on summary.json", () => {
  it("has a row for every kommun, FA region and län", () => {
    expect(plannerRows(summary, "kommun", booked, "booked")).toHaveLength(290);
    expect(plannerRows(summary, "fa", booked, "booked")).toHaveLength(60);
    expect(plannerRows(summary, "lan", booked, "booked")).toHaveLength(21);
  });

  it("filters the kommuner without own booked presence and sorts by minutes from the seat", () => {
    const rows = filterPlannerRows(
      plannerRows(summary, "kommun", booked, "booked"),
      "withoutBooked",
      "",
      new Set(),
    );
    expect(rows).toHaveLength(summary.counts.kommunerWithoutBookedPresence);
    const sorted = sortPlannerRows(rows, { key: "fromSeat", descending: true });
    const check = footnote48Check(summary, booked.kommun);
    expect(sorted[0]!.namn).toBe(check.worst!.namn);
    expect(sorted[0]!.fromSeat!.minutes).toBe(check.worst!.minutes);
  });

  it("checks footnote 48 from the seats' minutes", () => {
    const check = footnote48Check(summary, booked.kommun);
    const without = summary.kommuner.filter((k) => !k.presence.booked);
    const minutes = without.map((k) => k.reach.booked!.fromSeat!.minutes);
    expect(check.kommuner).toBe(79);
    expect(check.within20).toBe(minutes.filter((m) => m <= 20).length);
    expect(check.within60).toBe(minutes.filter((m) => m <= 60).length);
    expect(check.worst!.minutes).toBe(Math.max(...minutes));
    expect(check.underAnHour).toBe(Math.max(...minutes) <= 60);
  });

  it("says what the planned servicekontor change", () => {
    const change = plannedChange(summary);
    expect(change.planned).toBe(28);
    expect(change.kommunerGained).toHaveLength(
      summary.counts.kommunerWithServicekontor.includingPlanned -
        summary.counts.kommunerWithServicekontor.current,
    );
    expect(change.within20.after).toBeGreaterThanOrEqual(change.within20.before);
  });

  it("filters by name, case-insensitively", () => {
    const rows = filterPlannerRows(
      plannerRows(summary, "kommun", booked, "booked"),
      "all",
      "ORSA",
      new Set(),
    );
    expect(rows.map((r) => r.namn)).toEqual(["Orsa"]);
  });
});

describe("changed areas", () => {
  const s = (median: number, share30: number): ReachStats => ({
    population: 1000,
    unreachablePopulation: 0,
    places: 1,
    meanMin: median,
    medianMin: median,
    p90Min: median,
    maxMin: median,
    popWithin: { "10": 0, "20": 0, "30": share30 * 1000, "45": 1000, "60": 1000 },
    shareWithin: { "10": 0, "20": 0, "30": share30, "45": 1, "60": 1 },
  });
  const names = new Map([
    ["a", "Berg"],
    ["b", "Mora"],
    ["c", "Orsa"],
  ]);
  it("leaves out areas whose rounded figures did not change and puts the largest change first", () => {
    const before = new Map([
      ["a", s(19.9, 0.5)],
      ["b", s(10, 0.5)],
      ["c", s(30, 0.5)],
    ]);
    const after = new Map([
      ["a", { ...s(19.9, 0.50001), meanMin: 19.93 }],
      ["b", s(12, 0.4)],
      ["c", s(20, 0.8)],
    ]);
    const changes = changedAreas(names, before, after, "medianMin");
    expect(changes.map((c) => c.namn)).toEqual(["Orsa", "Mora"]);
    expect(changes[0]!.delta).toBe(-10);
    expect(changes[0]!.popWithinDelta).toBe(300);
  });

  it("counts a new nearest place from the seat as a change when the whole minutes differ", () => {
    const seat = (minutes: number) => ({ placeId: "p", kommunKod: "a", minutes, km: 1 });
    const before = new Map([["a", { ...s(10, 0.5), fromSeat: seat(30.2) }]]);
    expect(
      changedAreas(names, before, new Map([["a", { ...s(10, 0.5), fromSeat: seat(30.4) }]]), "medianMin"),
    ).toEqual([]);
    expect(
      changedAreas(names, before, new Map([["a", { ...s(10, 0.5), fromSeat: seat(21) }]]), "medianMin").map(
        (c) => c.namn,
      ),
    ).toEqual(["Berg"]);
  });
});

describe("exports", () => {
  const rows = plannerRows(summary, "kommun", booked, "booked");
  it("writes plain UTF-8 CSV that parses back to the figures", () => {
    const csv = tableCsv(rows, "utf8");
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(290);
    const orsa = parsed.data.find((r) => r.namn === "Orsa")!;
    const row = rows.find((r) => r.namn === "Orsa")!;
    expect(orsa.kod).toBe(row.kod);
    expect(Number(orsa.medianMin)).toBe(row.stats!.medianMin);
  });

  it("writes the Excel dialect with BOM, semicolons and decimal commas", () => {
    const csv = tableCsv(rows, "excel");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1).trim(), { header: true, delimiter: ";" });
    expect(parsed.errors).toEqual([]);
    const orsa = parsed.data.find((r) => r.namn === "Orsa")!;
    const row = rows.find((r) => r.namn === "Orsa")!;
    expect(Number(orsa.p90Min!.replace(",", "."))).toBe(row.stats!.p90Min);
    expect(orsa.p90Min).not.toContain(".");
  });

  it("names files by what and when", () => {
    expect(exportFileName("kommun", "booked", "2021", false, "csv")).toBe(
      "narvarokartan_kommuner_booked_2021.csv",
    );
    expect(exportFileName("fa", "spontaneous", "planned", true, "excel.csv")).toBe(
      "narvarokartan_fa-regioner_spontaneous_2023_scenario_excel.csv",
    );
  });

  it("puts the figures on the areas", () => {
    const area = {
      type: "Feature" as const,
      geometry: {
        type: "Polygon" as const,
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      properties: { kod: rows[0]!.kod },
    };
    const fc = areasGeoJson([area], rows);
    expect(fc.features[0]!.properties.namn).toBe(rows[0]!.namn);
    expect(fc.features[0]!.properties.medianMin).toBe(rows[0]!.stats!.medianMin);
  });
});
