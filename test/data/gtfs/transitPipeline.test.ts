// withTransit: the transit figures go into summary.json exactly where the schema says — summary.transit,
// and kommuner[i].reach.booked/spontaneous.transit for the feed's kommuner only — and nothing else changes.
import { describe, expect, it } from "vitest";
import { buildTransit, withTransit, type TransitBuild } from "../../../src/data/gtfs/transitPipeline.ts";
import type { ReachStats, Summary } from "../../../src/data/schema.ts";
import type { TransitReachStats, TransitSummary } from "../../../src/geo/transit/types.ts";
import { at, miniFeedFiles } from "../../geo/transit/miniFeed.ts";

const car = (medianMin: number): ReachStats => ({
  population: 100,
  unreachablePopulation: 0,
  places: 1,
  meanMin: medianMin,
  medianMin,
  p90Min: medianMin,
  maxMin: medianMin,
  popWithin: { "10": 0, "20": 0, "30": 100, "45": 100, "60": 100 },
  shareWithin: { "10": 0, "20": 0, "30": 1, "45": 1, "60": 1 },
});
const figures = (medianMin: number | null): TransitReachStats => ({
  population: 100,
  noConnectionPopulation: medianMin === null ? 100 : 0,
  medianMin,
  p90Min: medianMin,
  popWithin: { "30": 0, "60": 100, "90": 100 },
  shareWithin: { "30": 0, "60": 1, "90": 1 },
  fromSeat: { placeId: null, medianMin: null, p10Min: null, p90Min: null },
});

describe("withTransit", () => {
  it("adds the figures to the feed's kommuner and summary.transit, and leaves the rest alone", () => {
    const kommun = (kod: string) => ({
      kod,
      reach: { booked: car(5), spontaneous: car(9), spontaneousIncludingPlanned: car(8) },
    });
    const summary = { kommuner: [kommun("2505"), kommun("0114")] } as unknown as Summary;
    const transit = { serviceDate: "2023-03-22", kommunKoder: ["2505"] } as TransitSummary;
    const build = {
      transit,
      perKommun: new Map([["2505", { booked: figures(40), spontaneous: figures(null) }]]),
    } as unknown as TransitBuild;
    const out = withTransit(summary, build);
    expect(out.transit).toBe(transit);
    const [inArea, outside] = out.kommuner;
    expect(inArea!.reach.booked).toEqual({ ...car(5), transit: figures(40) });
    expect(inArea!.reach.spontaneous!.transit!.medianMin).toBeNull();
    expect(inArea!.reach.spontaneousIncludingPlanned).toEqual(car(8));
    expect(outside).toEqual(kommun("0114"));
    expect(summary.kommuner[0]!.reach.booked!.transit).toBeUndefined(); // the input is not mutated
  });
});

describe("buildTransit", () => {
  it("refuses a feed with no Wednesday service unless a date is given, saying so", () => {
    const files = miniFeedFiles({
      stops: { A: 0, B: 5_000 },
      calendar: { SAT: ["0000010", "20230101", "20231231"] },
      trips: [{ id: "t", service: "SAT", stops: ["A@08:00", "B@08:10"] }],
    });
    const [lon, lat] = at(0);
    const inputs = {
      cells: {
        lon: [lon],
        lat: [lat],
        population: [5],
        kommun: [0],
        kommuner: [{ kod: "9999", lanKod: "99" }],
      },
      places: [],
      kommuner: [{ kod: "9999", seat: { lon, lat } }],
    };
    const refused = buildTransit(files, inputs);
    expect(refused.build).toBeNull();
    expect(refused.notices.map((n) => `${n.severity} ${n.code} ${n.file}`)).toEqual([
      "ERROR no_service_date calendar.txt",
    ]);
    const saturday = buildTransit(files, inputs, {}, { serviceDate: "2023-03-18" });
    expect(saturday.build!.transit.serviceDate).toBe("2023-03-18");
    expect(saturday.build!.transit.kommunKoder).toEqual(["9999"]);
    expect(saturday.build!.result.trips).toBe(1);
  });
});
