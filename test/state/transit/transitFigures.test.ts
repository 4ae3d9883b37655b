import { describe, expect, it } from "vitest";
import type { Summary } from "../../../src/data/schema";
import type { TransitReachStats } from "../../../src/geo/transit/types";
import {
  feedModes,
  NO_CONNECTION_CLASS,
  transitClasses,
  transitClassOf,
  transitFootnote48,
  transitRows,
  type TransitFigures,
} from "../../../src/state/transit/transitFigures";

/** Figures of one kommun: `median` of the cells, the seat's median, people within 60 of `population`. */
function figures(
  median: number | null,
  seat: number | null,
  within60: number,
  population = 1000,
): TransitReachStats {
  return {
    population,
    noConnectionPopulation: median === null ? population - within60 : 0,
    medianMin: median,
    p90Min: null,
    popWithin: { "30": 0, "60": within60, "90": within60 },
    shareWithin: { "30": 0, "60": within60 / population, "90": within60 / population },
    fromSeat: { placeId: seat === null ? null : "af-x", medianMin: seat, p10Min: seat, p90Min: seat },
  };
}

/** A summary with the given kommuner (code, name, own booked place, own servicekontor). */
function summaryOf(kommuner: [string, string, boolean, boolean][]): Summary {
  return {
    kommuner: kommuner.map(([kod, namn, booked, spontaneous]) => ({
      kod,
      namn,
      presence: { booked, spontaneous, spontaneousPlanned: false },
      reach: {},
    })),
  } as unknown as Summary;
}

describe("transit classes for the planner's map", () => {
  it("bins minutes from fast (0) to slow (5), a null median into its own class, no figures into no data", () => {
    expect(transitClassOf(figures(10, 1, 900), "medianMin")).toBe(0);
    expect(transitClassOf(figures(44, 1, 900), "medianMin")).toBe(2);
    expect(transitClassOf(figures(95, 1, 900), "medianMin")).toBe(5);
    expect(transitClassOf(figures(null, 1, 100), "medianMin")).toBe(NO_CONNECTION_CLASS);
    expect(transitClassOf(undefined, "medianMin")).toBe(-1);
  });

  it("puts high shares in the best class and never calls a share 'no connection'", () => {
    expect(transitClassOf(figures(null, 1, 990), "within60")).toBe(0);
    expect(transitClassOf(figures(null, 1, 0), "within60")).toBe(5);
  });

  it("gives every kommun of the country a class, those outside the feed -1", () => {
    const feed: TransitFigures = new Map([["2521", figures(null, null, 10)]]);
    const classes = transitClasses(["0114", "2521"], feed, "medianMin");
    expect([...classes]).toEqual([
      ["0114", -1],
      ["2521", NO_CONNECTION_CLASS],
    ]);
  });
});

describe("rows of the car/public transport table", () => {
  it("has one row per kommun with transit figures, with own presence of the chosen kind", () => {
    const summary = summaryOf([
      ["0114", "Upplands Väsby", true, true],
      ["2506", "Arjeplog", true, false],
    ]);
    const rows = transitRows(summary, "spontaneous", new Map([["2506", figures(30, 1, 500)]]));
    expect(rows.map((r) => [r.kod, r.hasOwnPlace])).toEqual([["2506", false]]);
  });
});

describe("footnote 48 for public transport", () => {
  it("says it cannot be tested when every kommun of the feed has its own booked presence", () => {
    const summary = summaryOf([
      ["2505", "Arvidsjaur", true, true],
      ["2506", "Arjeplog", true, false],
    ]);
    const check = transitFootnote48(
      summary,
      new Map([
        ["2505", figures(20, 1, 600)],
        ["2506", figures(null, 1, 300)],
      ]),
    );
    expect(check.verdict).toBe("untestable");
    expect([check.inFeed, check.without, check.allPopulation, check.allPopWithin60]).toEqual([
      2, 0, 2000, 900,
    ]);
  });

  it("counts seats within 60 minutes and without connection, people within 60, and names the worst", () => {
    const summary = summaryOf([
      ["1", "Ett", false, false],
      ["2", "Två", false, false],
      ["3", "Tre", false, false],
      ["4", "Fyra", true, true],
    ]);
    const transit = new Map<string, TransitReachStats>([
      ["1", figures(40, 55, 700)],
      ["2", figures(70, 75, 400)],
      ["3", figures(null, null, 0)],
      ["4", figures(10, 1, 1000)],
    ]);
    const check = transitFootnote48(summary, transit);
    expect(check).toMatchObject({
      inFeed: 4,
      without: 3,
      seatsWithin60: 1,
      seatsNoConnection: 1,
      population: 3000,
      popWithin60: 1100,
      worst: { namn: "Tre", minutes: null },
      verdict: "fails",
    });
    // Most people but not most seats: partly.
    transit.set("2", figures(50, 75, 900));
    transit.set("3", figures(50, 80, 900));
    expect(transitFootnote48(summary, transit).verdict).toBe("partly");
    transit.set("2", figures(50, 45, 900));
    expect(transitFootnote48(summary, transit)).toMatchObject({
      verdict: "holds",
      worst: { namn: "Tre", minutes: 80 },
    });
  });
});

describe("what a feed's route types cover", () => {
  it("tells buses and booked services from rail", () => {
    expect(feedModes([700, 1501])).toEqual({ rail: false, bus: true, demand: true });
    expect(feedModes([2, 3])).toEqual({ rail: true, bus: true, demand: false });
    expect(feedModes([109])).toEqual({ rail: true, bus: false, demand: false });
  });
});
