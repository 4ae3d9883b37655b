// withTransit: the transit figures go into summary.json exactly where the schema says — summary.transit,
// and kommuner[i].reach.booked/spontaneous.transit for the feed's kommuner only — and nothing else changes.
import { describe, expect, it } from "vitest";
import { withTransit, type TransitBuild } from "../../../src/data/gtfs/transitPipeline.ts";
import type { ReachStats, Summary } from "../../../src/data/schema.ts";
import type { TransitReachStats, TransitSummary } from "../../../src/geo/transit/types.ts";

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
