// The feed-area and cell-selection rules on made-up cells: a län needs 25 % of the feed's served stops;
// a feed spread thinner than that falls back to the län with the most.
import { describe, expect, it } from "vitest";
import { cellsInKommuner, feedArea } from "../../../src/geo/transit/area.ts";
import type { TransitCells } from "../../../src/geo/transit/types.ts";
import { WEDNESDAYS, at, miniFeed } from "./miniFeed.ts";

/** One cell per kommun, 10 km apart along the parallel; kommun i in län lans[i]. */
function cellsFor(lans: string[]): TransitCells {
  const points = lans.map((_, i) => at(i * 10_000));
  return {
    lon: points.map((p) => p[0]),
    lat: points.map((p) => p[1]),
    population: lans.map(() => 10),
    kommun: lans.map((_, i) => i),
    kommuner: lans.map((lanKod, i) => ({ kod: `k${i}`, lanKod })),
  };
}

/** A feed with one trip through stops at the given distances east (m). */
function feedThrough(eastM: number[]) {
  const stops = Object.fromEntries(eastM.map((m, i) => [`S${i}`, m]));
  return miniFeed({
    stops,
    calendar: { WED: WEDNESDAYS },
    trips: [
      { id: "t", service: "WED", stops: eastM.map((_, i) => `S${i}@08:${String(10 + i).padStart(2, "0")}`) },
    ],
  });
}

describe("feedArea", () => {
  it("takes every kommun of each län with at least 25 % of the served stops", () => {
    const cells = cellsFor(["A", "A", "B", "C", "A"]);
    // 3 stops near k0/k1 (län A), 1 near k2 (län B), 1 near k3 (län C): A 60 %, B 20 %, C 20 %.
    expect(feedArea(feedThrough([0, 500, 10_000, 20_000, 30_000]), cells)).toEqual(["k0", "k1", "k4"]);
    // 2 of 4 stops near län A (k0, k1), 2 near län B (k2): both reach 25 %.
    expect(feedArea(feedThrough([0, 10_000, 20_000, 20_500]), cells)).toEqual(["k0", "k1", "k2", "k4"]);
  });

  it("falls back to the län with the most stops when none reaches 25 %", () => {
    // Eight län, one stop each and a second one in H: H holds 2 of 9 (22 %), the most.
    const cells = cellsFor(["A", "B", "C", "D", "E", "F", "G", "H"]);
    const stops = [0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 70_300];
    expect(feedArea(feedThrough(stops), cells)).toEqual(["k7"]);
  });

  it("keeps only the cells of the chosen kommuner, with their kommun index", () => {
    const cells = cellsFor(["A", "B", "A"]);
    const kept = cellsInKommuner(cells, ["k2", "k0"]);
    expect(Array.from(kept.kommun)).toEqual([0, 2]);
    expect(kept.kommuner).toBe(cells.kommuner);
  });
});
