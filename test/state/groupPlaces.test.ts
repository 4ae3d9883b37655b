import { describe, expect, it } from "vitest";
import { groupPlacesByLanKommun } from "../../src/state/groupPlaces";
import { place } from "./places.fixture";

const lanNames = new Map([
  ["01", "Stockholms län"],
  ["23", "Jämtlands län"],
]);

describe("groupPlacesByLanKommun", () => {
  const places = [
    place({
      id: "a",
      lanKod: "23",
      kommunKod: "2361",
      kommunNamn: "Härjedalen",
      form: "samarbetslosning",
      label: "B",
    }),
    place({
      id: "b",
      lanKod: "01",
      kommunKod: "0180",
      kommunNamn: "Stockholm",
      form: "fast_bemannat",
      label: "Z",
    }),
    place({
      id: "c",
      lanKod: "23",
      kommunKod: "2380",
      kommunNamn: "Östersund",
      form: "fast_bemannat",
      label: "A",
    }),
    place({
      id: "d",
      lanKod: "23",
      kommunKod: "2361",
      kommunNamn: "Härjedalen",
      form: "servicekontor",
      label: "C",
    }),
    place({ id: "e", lanKod: "23", kommunKod: "2326", kommunNamn: "Berg", form: "reser_till", label: "D" }),
  ];
  const groups = groupPlacesByLanKommun(places, lanNames);

  it("orders län by code and names them", () => {
    expect(groups.map((g) => [g.lanKod, g.lanNamn, g.placeCount])).toEqual([
      ["01", "Stockholms län", 1],
      ["23", "Jämtlands län", 4],
    ]);
  });

  it("orders kommuner with Swedish collation (Ö after Z-less names, not before)", () => {
    expect(groups[1]?.kommuner.map((k) => k.kommunNamn)).toEqual(["Berg", "Härjedalen", "Östersund"]);
  });

  it("lists servicekontor before booked forms within a kommun", () => {
    expect(groups[1]?.kommuner[1]?.places.map((p) => p.id)).toEqual(["d", "a"]);
  });

  it("shows the code when a län name is missing", () => {
    const [group] = groupPlacesByLanKommun([place({ id: "x", lanKod: "99" })], lanNames);
    expect(group?.lanNamn).toBe("99");
  });
});
