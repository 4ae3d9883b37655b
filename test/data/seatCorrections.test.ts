// The kommun seat corrections (data/kommun_seat_corrections.csv): each row's point is the named GeoNames
// cities500 row, the build applies it everywhere a seat is used, and a stale or unsupported row fails.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dataDir, loadSources, repoRoot } from "../../scripts/load-sources.ts";
import { readCsv } from "../../src/data/csv.ts";
import { buildData } from "../../src/data/pipeline.ts";
import { SEAT_CORRECTIONS_FILE, parseGeonamesCities, parseKommunSeats } from "../../src/data/reference.ts";

const table = readFileSync(join(repoRoot, SEAT_CORRECTIONS_FILE), "utf8");
const seatsText = readFileSync(
  resolve(repoRoot, dataDir, "places/geonames_cities500_SE/kommun_seats_SE.csv"),
  "utf8",
);
const corrected = (text = table) =>
  parseKommunSeats(seatsText, "seats", { text, file: SEAT_CORRECTIONS_FILE });

describe("kommun seat corrections", () => {
  it("moves Sigtuna to Märsta, Gagnef to Djurås and Berg to Svenstavik, and nothing else", () => {
    const before = parseKommunSeats(seatsText, "seats", null).rows;
    const { rows, issues } = corrected();
    expect(issues).toEqual([]);
    const changed = rows.filter((r, i) => r.name !== before[i]!.name).map((r) => [r.kommunKod, r.name]);
    expect(changed).toEqual([
      ["0191", "Märsta"],
      ["2026", "Djurås"],
      ["2326", "Svenstavik"],
    ]);
  });

  it("takes each point from the GeoNames cities500 row the table names", () => {
    const cities = new Map(
      parseGeonamesCities(
        readFileSync(resolve(repoRoot, dataDir, "places/geonames_cities500_SE/cities500_SE.txt"), "utf8"),
        "cities",
      ).rows.map((c) => [c.id, c]),
    );
    for (const { values: v } of readCsv(table, "t", ["geonameid"]).rows) {
      const city = cities.get(v.geonameid!);
      expect(city?.name).toBe(v.centralort);
      expect([city?.lon, city?.lat]).toEqual([Number(v.lon), Number(v.lat)]);
    }
  });

  it("fails a row whose GeoNames seat no longer matches, naming file, line and reason", () => {
    const stale = table.replace("0191,Sigtuna,", "0191,Rosersberg,");
    expect(corrected(stale).issues).toEqual([
      {
        file: SEAT_CORRECTIONS_FILE,
        line: 2,
        field: "geonames_seat",
        reason: `GeoNames' seat of 0191 is "Sigtuna", not "Rosersberg"`,
      },
    ]);
  });

  it("is applied by the build: Sigtuna's servicekontor and seat are at Märsta", () => {
    const { outputs } = buildData(loadSources(), dataDir);
    const sigtuna = outputs!.meetingPlaces.features.filter((f) => f.properties.kommunKod === "0191");
    expect(sigtuna.length).toBeGreaterThan(0);
    for (const f of sigtuna.filter((p) => p.properties.precision === "kommun_seat"))
      expect(f.geometry.coordinates).toEqual([17.85476, 59.62157]);
  });
});
