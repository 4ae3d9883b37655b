import { describe, expect, it } from "vitest";
import {
  finderReducer,
  INITIAL_FINDER_STATE,
  rankPlacesByKind,
  unreachableNearby,
} from "../../src/state/finder";
import {
  CITY_MAX_ZOOM,
  finderMapView,
  MIN_HALF_SPAN_LAT_DEG,
  RURAL_MAX_ZOOM,
} from "../../src/state/finderMap";
import { DEFAULT_TOGGLES } from "../../src/state/toggles";
import type { PlaceTravel, TravelFromResult } from "../../src/worker/travelTypes";
import { place } from "./places.fixture";

const orsa: [number, number] = [14.615, 61.121];
const collapsed = { spontaneous: false, booked: false };

// Mora is 15 km south-west of Orsa, Älvdalen 35 km north-west, Sveg 120 km north, Visby on Gotland.
const places = [
  place({ id: "sk-mora", kind: "spontaneous", form: "servicekontor", displayLon: 14.54, displayLat: 61.0 }),
  place({ id: "af-mora", displayLon: 14.55, displayLat: 61.0 }),
  place({ id: "af-alvdalen", displayLon: 14.04, displayLat: 61.23 }),
  place({ id: "af-sveg", displayLon: 14.36, displayLat: 62.03 }),
  place({ id: "sk-visby", kind: "spontaneous", form: "servicekontor", displayLon: 18.29, displayLat: 57.64 }),
];

function travel(entries: [string, number, number][]): TravelFromResult {
  const byPlaceId = new Map<string, PlaceTravel>(
    entries.map(([placeId, minutes, km]) => [placeId, { placeId, minutes, km }]),
  );
  return { origin: orsa, accessKm: 0.5, byPlaceId };
}

const results = rankPlacesByKind(
  places,
  travel([
    ["sk-mora", 10, 15],
    ["af-mora", 10, 15],
    ["af-alvdalen", 39, 53],
    ["af-sveg", 120, 150],
  ]),
);

describe("finderMapView", () => {
  it("numbers the pins per kind as the result list does", () => {
    const view = finderMapView(orsa, "Orsa", results, collapsed, DEFAULT_TOGGLES);
    expect(view.pins.map((p) => [p.kind, p.number, p.placeId])).toEqual([
      ["spontaneous", 1, "sk-mora"],
      ["booked", 1, "af-mora"],
      ["booked", 2, "af-alvdalen"],
      ["booked", 3, "af-sveg"],
    ]);
  });

  it("fits the origin and each kind's nearest place, not the farther pins", () => {
    const [[west, south], [east, north]] = finderMapView(
      orsa,
      "Orsa",
      results,
      collapsed,
      DEFAULT_TOGGLES,
    ).bounds;
    // Mora (both kinds) and Orsa inside; Älvdalen (14.04) and Sveg (62.03) outside.
    expect(west).toBeLessThanOrEqual(14.54);
    expect(south).toBeLessThanOrEqual(61.0);
    expect(east).toBeGreaterThanOrEqual(14.615);
    expect(north).toBeGreaterThanOrEqual(61.121);
    expect(west).toBeGreaterThan(14.04);
    expect(north).toBeLessThan(62.03);
  });

  it("leaves out a kind the legend hides", () => {
    const view = finderMapView(orsa, "Orsa", results, collapsed, { ...DEFAULT_TOGGLES, booked: false });
    expect(view.pins.map((p) => p.placeId)).toEqual(["sk-mora"]);
  });

  it("before travel times, shows the origin alone with a padded extent", () => {
    const view = finderMapView(orsa, "Orsa", null, collapsed, DEFAULT_TOGGLES);
    expect(view.pins).toEqual([]);
    const [[west, south], [east, north]] = view.bounds;
    expect(north - south).toBeCloseTo(2 * MIN_HALF_SPAN_LAT_DEG, 6);
    // The same ground distance east–west: wider in degrees at 61° N.
    expect(east - west).toBeCloseTo((2 * MIN_HALF_SPAN_LAT_DEG) / Math.cos((orsa[1] * Math.PI) / 180), 6);
  });

  it("in a city, fits every listed place near the origin, not only the nearest", () => {
    const city: [number, number] = [18.07, 59.33];
    const cityPlaces = [
      place({ id: "af-city", displayLon: 18.06, displayLat: 59.33 }),
      place({ id: "af-kista", displayLon: 17.95, displayLat: 59.4 }),
      place({ id: "af-far", displayLon: 17.6, displayLat: 59.9 }),
    ];
    const cityResults = rankPlacesByKind(
      cityPlaces,
      travel([
        ["af-city", 2, 1],
        ["af-kista", 15, 12],
        ["af-far", 70, 80],
      ]),
    );
    const [[west, south], [, north]] = finderMapView(
      city,
      "Stockholm",
      cityResults,
      collapsed,
      DEFAULT_TOGGLES,
    ).bounds;
    expect(west).toBeLessThanOrEqual(17.95); // Kista, 11 km away, is fitted
    expect(north).toBeGreaterThanOrEqual(59.4);
    expect(south).toBeLessThan(59.33);
    expect(north).toBeLessThan(59.9); // the place 70 km away is not
  });

  it("zooms close only for a city answer", () => {
    expect(finderMapView(orsa, "Orsa", results, collapsed, DEFAULT_TOGGLES).maxZoom).toBe(RURAL_MAX_ZOOM);
    const city: [number, number] = [18.07, 59.33];
    const near = [0, 1, 2].map((i) =>
      place({ id: `af-${i}`, displayLon: 18.07 + i * 0.01, displayLat: 59.33 }),
    );
    const cityResults = rankPlacesByKind(near, travel(near.map((p, i) => [p.id, 2 + i, 1 + i])));
    expect(finderMapView(city, "Stockholm", cityResults, collapsed, DEFAULT_TOGGLES).maxZoom).toBe(
      CITY_MAX_ZOOM,
    );
  });

  it("changes its key when the answer changes, so the map fits again", () => {
    const a = finderMapView(orsa, "Orsa", results, collapsed, DEFAULT_TOGGLES);
    const b = finderMapView(orsa, "Orsa", null, collapsed, DEFAULT_TOGGLES);
    const c = finderMapView(orsa, "Orsa", results, collapsed, DEFAULT_TOGGLES);
    expect(a.key).not.toBe(b.key);
    expect(a.key).toBe(c.key);
  });
});

describe("unreachableNearby", () => {
  it("says nothing about an island office far from the origin", () => {
    expect(unreachableNearby(places, results, orsa, collapsed)).toEqual([]);
  });

  it("names an unreachable place nearer than the places shown", () => {
    const onTheIsland: [number, number] = [18.3, 57.6];
    const fromVisby = rankPlacesByKind(places, travel([["af-mora", 400, 500]]));
    expect(unreachableNearby(places, fromVisby, onTheIsland, collapsed).map((p) => p.id)).toEqual([
      "sk-visby",
    ]);
  });
});

describe("finderReducer: an empty search", () => {
  it("flags an empty submit so the finder can say why nothing happened, and clears it on typing", () => {
    const empty = finderReducer(INITIAL_FINDER_STATE, { type: "submit", query: "   " });
    expect(empty.emptySubmitted).toBe(true);
    expect(empty.pendingQuery).toBeNull();
    expect(finderReducer(empty, { type: "type", query: "O" }).emptySubmitted).toBe(false);
  });
});
