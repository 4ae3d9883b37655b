import { describe, expect, it } from "vitest";
import type { ReachStats } from "../../../src/data/schema";
import { classOf, diffClassOf, indicatorValue } from "../../../src/state/planner/indicators";

const stats: ReachStats = {
  population: 20_000,
  unreachablePopulation: 0,
  places: 3,
  meanMin: 14.7,
  medianMin: 9.7,
  p90Min: 35.5,
  maxMin: 62.1,
  popWithin: { "10": 11_000, "20": 17_000, "30": 18_000, "45": 19_000, "60": 19_990 },
  shareWithin: { "10": 0.55, "20": 0.85, "30": 0.9, "45": 0.95, "60": 0.9995 },
};

describe("planner indicators", () => {
  it("reads minutes, shares in percent and places per 10,000", () => {
    expect(indicatorValue(stats, "medianMin")).toBe(9.7);
    expect(indicatorValue(stats, "maxMin")).toBe(62.1);
    expect(indicatorValue(stats, "within20")).toBe(85);
    expect(indicatorValue(stats, "within60")).toBe(100);
    expect(indicatorValue(stats, "perCapita")).toBe(1.5);
    expect(indicatorValue(undefined, "medianMin")).toBeNull();
    expect(indicatorValue({ ...stats, medianMin: null }, "within30")).toBeNull();
  });

  it("puts the best values in class 0 whichever way the indicator points", () => {
    expect(classOf(4.9, "medianMin")).toBe(0);
    expect(classOf(5, "medianMin")).toBe(1);
    expect(classOf(120.1, "maxMin")).toBe(5);
    expect(classOf(62.1, "maxMin")).toBe(3);
    expect(classOf(99.5, "within30")).toBe(0);
    expect(classOf(40, "within30")).toBe(5);
    expect(classOf(0, "perCapita")).toBe(5);
    expect(classOf(null, "p90Min")).toBe(-1);
  });

  it("centres the difference classes on no change", () => {
    expect(diffClassOf(10, 10.04, "medianMin")).toBe(3);
    expect(diffClassOf(10, 7, "medianMin")).toBe(2);
    expect(diffClassOf(10, 22, "medianMin")).toBe(5);
    expect(diffClassOf(10, 30, "medianMin")).toBe(6);
    expect(diffClassOf(50, 62, "within30")).toBe(0);
    expect(diffClassOf(50, 47, "within30")).toBe(5);
    expect(diffClassOf(50, 49, "within30")).toBe(4);
    expect(diffClassOf(null, 3, "medianMin")).toBe(-1);
  });
});
