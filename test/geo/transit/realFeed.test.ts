// The engine on the real Norrbotten feed (../shared/data/transit), against journeys looked up by hand in
// the raw stop_times.txt with scripts/transit-journeys.ts (listed in src/geo/transit/README.md,
// "Cross-check"). Origin and place sit exactly on the boarding points, so the engine's time is the
// timetable's: arrival − departure minute, unless a faster way exists.
import { beforeAll, describe, expect, it } from "vitest";
import { dataDir, loadReachSources, loadSources } from "../../../scripts/load-sources.ts";
import { readFeedFolder } from "../../../scripts/load-transit.ts";
import { readGtfs } from "../../../src/data/gtfs/read.ts";
import { buildData } from "../../../src/data/pipeline.ts";
import { parsePopulationGrid } from "../../../src/data/population.ts";
import { assignToAreas } from "../../../src/geo/assignAreas.ts";
import { defaultServiceDate, feedArea } from "../../../src/geo/transit/area.ts";
import { DEFAULT_TRANSIT_OPTIONS, computeTransitReach } from "../../../src/geo/transit/reach.ts";
import type { ParsedFeed, TransitCells } from "../../../src/geo/transit/types.ts";

let feed: ParsedFeed;
beforeAll(() => {
  feed = readGtfs(readFeedFolder()).feed!;
});

/** p10 / median / p90 minutes from boarding point `from` to a place on boarding point `to`; null = none. */
function journey(from: string, to: string, fromMin: number, toMin: number, maxTripMin = 120) {
  const a = feed.stops.find((s) => s.id === from)!;
  const b = feed.stops.find((s) => s.id === to)!;
  const cells: TransitCells = {
    lon: [a.lon],
    lat: [a.lat],
    population: [1],
    kommun: [0],
    kommuner: [{ kod: "0000", lanKod: "00" }],
  };
  const r = computeTransitReach(feed, cells, [{ id: b.id, lon: b.lon, lat: b.lat, kind: "booked" }], {
    ...DEFAULT_TRANSIT_OPTIONS,
    serviceDate: "2023-03-22",
    windowFromMin: fromMin,
    windowToMin: toMin,
    maxTripMin,
  }).byKind.booked;
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  return { p10: orNull(r.p10Min[0]!), median: orNull(r.medianMin[0]!), p90: orNull(r.p90Min[0]!) };
}

const PAJALA = "9022025021001002"; // Pajala Busstation, point B
const KIRUNA = "9022025084001001"; // Kiruna Busstation, point A
const ARJEPLOG = "9022025006001001"; // Arjeplog Busstation
const ARVIDSJAUR = "9022025005001003"; // Arvidsjaur Busstation
const OVERTORNEA = "9022025018002002"; // Övertorneå Busstation
const HAPARANDA = "9022025083001003"; // Haparanda Tornio Resecentrum

describe("transit engine on the Norrbotten feed, Wednesday 2023-03-22", () => {
  it("picks the default date by the documented rule", () => {
    expect(defaultServiceDate(feed)).toBe("2023-03-22");
  });

  it("Pajala → Kiruna: trip 252500000000000420 (line 53) 13:45 → 16:35, 170 min", () => {
    expect(journey(PAJALA, KIRUNA, 13 * 60 + 45, 13 * 60 + 45, 240).median).toBe(170);
    // Within the default window and horizon (07:00–09:00, 120 min) there is no connection.
    expect(journey(PAJALA, KIRUNA, 7 * 60, 9 * 60)).toEqual({ p10: null, median: null, p90: null });
  });

  it("Arjeplog → Arvidsjaur: trip 252500000000000077 (line 17) 06:50 → 07:55, 65 min; 75 min from 06:40", () => {
    expect(journey(ARJEPLOG, ARVIDSJAUR, 6 * 60 + 50, 6 * 60 + 50).median).toBe(65);
    expect(journey(ARJEPLOG, ARVIDSJAUR, 6 * 60 + 40, 6 * 60 + 40).median).toBe(75);
    // The next trip is 14:45: none for 07:00–09:00.
    expect(journey(ARJEPLOG, ARVIDSJAUR, 7 * 60, 9 * 60).median).toBeNull();
  });

  it("Övertorneå → Haparanda: trip 252500000000000429 (line 54) 08:00 → 09:20, 80 min", () => {
    expect(journey(OVERTORNEA, HAPARANDA, 8 * 60, 8 * 60).median).toBe(80);
    // 07:00–09:00: 07:20…08:00 make the 08:00 bus within 120 min (120…80 min), the rest do not (next bus
    // 12:00): 41 of 121 minutes, so p10 is the 13th smallest, 92 min, and the median is no connection.
    expect(journey(OVERTORNEA, HAPARANDA, 7 * 60, 9 * 60)).toEqual({ p10: 92, median: null, p90: null });
  });

  it("places the feed in the 14 kommuner of Norrbottens län (25)", () => {
    const { outputs } = buildData(loadSources(), dataDir);
    const grid = parsePopulationGrid(loadReachSources().population, "population");
    const kommuner = outputs!.kommuner.features;
    const lon = Float64Array.from(grid.rows, (c) => c.lon);
    const lat = Float64Array.from(grid.rows, (c) => c.lat);
    const { areaOf } = assignToAreas(
      lon,
      lat,
      kommuner.map((f) => f.geometry),
    );
    const cells: TransitCells = {
      lon,
      lat,
      population: grid.rows.map((c) => c.population),
      kommun: areaOf,
      kommuner: kommuner.map((f) => ({ kod: f.properties.kod, lanKod: f.properties.lanKod })),
    };
    const area = feedArea(feed, cells);
    const lan25 = kommuner
      .filter((f) => f.properties.lanKod === "25")
      .map((f) => f.properties.kod)
      .sort();
    expect(lan25).toHaveLength(14);
    expect(area).toEqual(lan25);
  });
});
