import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/data/csv";
import { parsePopulationGrid } from "../../src/data/population";

describe("parsePopulationGrid", () => {
  const text = [
    "grd_id,lon,lat,pop_2021,assign",
    "CRS3035RES1000mN3586000E4528000,13.26999,55.34106,18,coast",
    "CRS3035RES1000mN3586000E4529000,13.28573,55.34065,abc,coast",
    "CRS3035RES1000mN3586000E4530000,5,40,3,in",
    "CRS3035RES1000mN3586000E4531000,13.3",
    "CRS3035RES1000mN3586000E4532000,13.31721,55.33983,84,coast",
  ].join("\n");

  it("keeps every valid cell and reports each malformed row with file, line, field and reason", () => {
    const { rows, issues } = parsePopulationGrid(text, "se_grid.csv");
    expect(rows.map((r) => r.population)).toEqual([18, 84]);
    expect(issues.map(formatIssue).sort()).toEqual([
      'se_grid.csv:3 [pop_2021]: not a population of 1–65535: "abc"',
      "se_grid.csv:4 [lon/lat]: not a position in Sweden: 5, 40",
      "se_grid.csv:5: expected 5 cells, found 2",
    ]);
  });

  it("refuses a population the binary cells file cannot hold (u16), rather than wrapping it", () => {
    const { rows, issues } = parsePopulationGrid(
      "grd_id,lon,lat,pop_2021,assign\nX,15,60,70000,in\n",
      "se_grid.csv",
    );
    expect(rows).toEqual([]);
    expect(issues[0]).toMatchObject({ line: 2, field: "pop_2021" });
  });
});
