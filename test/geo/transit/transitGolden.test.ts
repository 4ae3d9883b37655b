// Golden test of the public-transport aggregates on a hand-made area (test/fixtures/in/transit/README.md):
// the fixture goes through the build's code path (buildTransit: reader → feed area → default date →
// computeTransitReach → aggregateTransit) and the result must equal test/fixtures/out/transit/aggregates.json.
// Regenerate after an intended change with: UPDATE_GOLDEN=1 npx vitest run test/geo/transit/transitGolden.test.ts
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "../../fixtures/golden.ts";
import { transitPlaces } from "../../../src/data/gtfs/transitInputs.ts";
import { buildTransit } from "../../../src/data/gtfs/transitPipeline.ts";
import type { MeetingPlaceCollection } from "../../../src/data/schema.ts";
import type { TransitCells, TransitKind } from "../../../src/geo/transit/types.ts";

const IN = path.resolve(import.meta.dirname, "../../fixtures/in/transit");
const OUT = path.resolve(import.meta.dirname, "../../fixtures/out/transit");
const GOLDEN = path.join(OUT, "aggregates.json");

const read = (name: string) => readFileSync(path.join(IN, name), "utf8");

interface FixtureCell {
  id: string;
  lon: number;
  lat: number;
  population: number;
  kommunKod: string;
}
interface FixtureKommun {
  kod: string;
  lanKod: string;
  seat: { lon: number; lat: number };
}

function compute() {
  const files = new Map(
    readdirSync(path.join(IN, "feed")).map((name) => [name, read(path.join("feed", name))]),
  );
  const fixtureCells = JSON.parse(read("cells.json")) as FixtureCell[];
  const kommuner = JSON.parse(read("kommuner.json")) as FixtureKommun[];
  const index = new Map(kommuner.map((k, i) => [k.kod, i]));
  const cells: TransitCells = {
    lon: fixtureCells.map((c) => c.lon),
    lat: fixtureCells.map((c) => c.lat),
    population: fixtureCells.map((c) => c.population),
    kommun: fixtureCells.map((c) => index.get(c.kommunKod)!),
    kommuner: kommuner.map(({ kod, lanKod }) => ({ kod, lanKod })),
  };
  const places = transitPlaces(JSON.parse(read("places.geojson")) as MeetingPlaceCollection);
  const { build, notices } = buildTransit(files, { cells, places, kommuner });
  if (!build) throw new Error(`fixture feed unusable: ${JSON.stringify(notices)}`);
  // The area's cells in fixture order: the ids of the cells whose kommun is in the area.
  const areaIds = fixtureCells
    .filter((c) => build.transit.kommunKoder.includes(c.kommunKod))
    .map((c) => c.id);
  const minutes = (x: number) => (Number.isNaN(x) ? null : x);
  return {
    notices: notices.map((n) => `${n.severity} ${n.code} ${n.file}:${n.line}`),
    transit: build.transit,
    kommuner: Object.fromEntries(build.perKommun),
    cells: areaIds.map((id, i) => {
      const figures = (kind: TransitKind) => {
        const r = build.result.byKind[kind];
        const place = r.medianPlace[i]!;
        return {
          p10: minutes(r.p10Min[i]!),
          median: minutes(r.medianMin[i]!),
          p90: minutes(r.p90Min[i]!),
          place: place < 0 ? null : build.result.placesByKind[kind][place]!.id,
        };
      };
      return { id, booked: figures("booked"), spontaneous: figures("spontaneous") };
    }),
  };
}

describe("transit aggregates on the fixture area (golden)", () => {
  // Fails on any change to the reader, the area or date rule, the search or the aggregation that moves a
  // figure of the fixture area (whole minutes, 0.0001 share, 1 person).
  it("matches test/fixtures/out/transit/aggregates.json", async () => {
    await expectGolden(GOLDEN, compute());
  });

  // Fails if the fixture stops exercising what it was made for.
  it("still covers the cases the fixture was made for", () => {
    const { transit, kommuner, cells } = compute();
    // The next län's kommun holds 1 of 7 served stops: outside the area.
    expect(transit.kommunKoder).toEqual(["9801", "9802"]);
    // 2023-03-15 has its own timetable (exceptions): the ordinary Wednesday is another one.
    expect(transit.serviceDate).not.toBe("2023-03-15");
    expect(transit.validation.notices.map((n) => n.code)).toContain("stop_without_stop_time");
    // Some people have no connection, some walk, some ride.
    expect(kommuner["9801"]!.booked.noConnectionPopulation).toBeGreaterThan(0);
    expect(cells.some((c) => c.booked.median === null)).toBe(true);
    expect(cells.some((c) => (c.booked.median ?? 0) > 20)).toBe(true);
    // Fjällby has no spontaneous place: its people ride to Älvby's.
    expect(cells.find((c) => c.id === "F1")!.spontaneous.place).toBe("sk-9801");
  });
});
