import { describe, expect, it } from "vitest";
import { fanOffsets } from "../../src/map/finderMarkers";
import { chooseLabels, placeLabels, type PlacedCandidate } from "../../src/map/labels";

const viewport = { width: 400, height: 300 };
const at = (id: string, x: number, y: number, rank: number): PlacedCandidate => ({
  id,
  text: id,
  x,
  y,
  rank,
});

describe("chooseLabels", () => {
  it("keeps the larger of two overlapping labels", () => {
    const shown = chooseLabels([at("Solna", 200, 150, 80_000), at("Stockholm", 210, 152, 990_000)], viewport);
    expect([...shown]).toEqual(["Stockholm"]);
  });
  it("keeps labels that do not overlap", () => {
    const shown = chooseLabels([at("Kiruna", 100, 50, 22_000), at("Malmö", 100, 250, 360_000)], viewport);
    expect(shown).toEqual(new Set(["Kiruna", "Malmö"]));
  });
  it("drops labels that would be cut by the viewport edge", () => {
    expect(
      chooseLabels([at("Haparanda", 5, 150, 10_000), at("Umeå", 200, -20, 130_000)], viewport).size,
    ).toBe(0);
  });
});

describe("placeLabels with place symbols as obstacles", () => {
  it("moves a label off the symbols when a free line is near", () => {
    const obstacles = [
      { x: 200, y: 150 },
      { x: 190, y: 152 },
    ];
    const shown = placeLabels([at("Dalarnas län", 200, 150, 280_000)], viewport, obstacles);
    const shift = shown.get("Dalarnas län");
    expect(shift).toBeDefined();
    expect(shift).not.toBe(0);
  });
  it("keeps a label on its point when nothing is under it", () => {
    const shown = placeLabels([at("Orsa", 200, 150, 7_000)], viewport, [{ x: 20, y: 20 }]);
    expect(shown.get("Orsa")).toBe(0);
  });
});

describe("fanOffsets", () => {
  it("spreads pins sharing a spot side by side and leaves a lone pin in place", () => {
    const offsets = fanOffsets([
      [18.0686, 59.3293],
      [18.0688, 59.3294],
      [18.0684, 59.3292],
      [17.95, 59.4],
    ]);
    expect(offsets.slice(0, 3).sort((a, b) => a - b)).toEqual([-26, 0, 26]);
    expect(offsets[3]).toBe(0);
  });
});
