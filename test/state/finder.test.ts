import { describe, expect, it } from "vitest";
import {
  EXPANDED_PER_KIND,
  finderReducer,
  finderStateFromQuery,
  INITIAL_FINDER_STATE,
  moreCount,
  placesInKommun,
  rankPlacesByKind,
  rankOf,
  TOP_PER_KIND,
  visibleRanked,
  type FinderOrigin,
  type FinderState,
} from "../../src/state/finder";
import type { PlaceTravel, TravelFromResult } from "../../src/worker/travelTypes";
import { place } from "./places.fixture";

const orsa: Extract<FinderOrigin, { source: "search" }> = {
  source: "search",
  label: "Orsa",
  detail: "Dalarnas län",
  entryKind: "kommun",
  kommunKod: "2034",
  lonLat: [14.615, 61.121],
};

function travel(entries: [string, number, number][]): TravelFromResult {
  const byPlaceId = new Map<string, PlaceTravel>(
    entries.map(([placeId, minutes, km]) => [placeId, { placeId, minutes, km }]),
  );
  return { origin: [14.615, 61.121], accessKm: 0.5, byPlaceId };
}

const mora = place({
  id: "af-2062",
  kommunKod: "2062",
  kommunNamn: "Mora",
  label: "Arbetsförmedlingen Mora",
});
const rattvik = place({
  id: "sam-2031",
  form: "samarbetslosning",
  kommunKod: "2031",
  kommunNamn: "Rättvik",
  label: "Samarbetslösning Rättvik",
});
const alvdalen = place({
  id: "af-2039",
  status: "pending",
  kommunKod: "2039",
  kommunNamn: "Älvdalen",
  label: "Arbetsförmedlingen Älvdalen",
});
const skMora = place({
  id: "sk-2062",
  kind: "spontaneous",
  form: "servicekontor",
  kommunKod: "2062",
  label: "Servicekontor Mora",
});
const skPlanned = place({
  id: "sk-2034-planerat",
  kind: "spontaneous",
  form: "servicekontor",
  status: "planned",
  kommunKod: "2034",
  label: "Servicekontor Orsa (planerat)",
});
const visby = place({
  id: "af-0980",
  kommunKod: "0980",
  kommunNamn: "Gotland",
  label: "Arbetsförmedlingen Visby",
});

describe("rankPlacesByKind", () => {
  const places = [rattvik, mora, alvdalen, skMora, skPlanned, visby];
  const result = rankPlacesByKind(
    places,
    travel([
      ["af-2062", 19.6, 16],
      ["sam-2031", 41, 45],
      ["af-2039", 33, 30],
      ["sk-2062", 19.6, 16],
      ["sk-2034-planerat", 2, 1],
    ]),
  );

  it("sorts each kind by minutes, nearest first", () => {
    expect(result.booked.ranked.map((r) => r.place.id)).toEqual(["af-2062", "af-2039", "sam-2031"]);
    expect(result.booked.ranked[0]?.travel).toEqual({ placeId: "af-2062", minutes: 19.6, km: 16 });
  });

  it("keeps planned and pending places, ranked by time like the others", () => {
    expect(result.spontaneous.ranked.map((r) => r.place.id)).toEqual(["sk-2034-planerat", "sk-2062"]);
    expect(result.booked.ranked.some((r) => r.place.status === "pending")).toBe(true);
  });

  it("gives a place the engine did not reach no time, and counts it as without road link", () => {
    expect(result.booked.ranked.some((r) => r.place.id === "af-0980")).toBe(false);
    expect(result.booked.unreachableCount).toBe(1);
    expect(result.spontaneous.unreachableCount).toBe(0);
  });

  it("breaks ties on minutes by road km, then by label", () => {
    const tie = rankPlacesByKind(
      [rattvik, mora, alvdalen],
      travel([
        ["sam-2031", 30, 40],
        ["af-2062", 30, 35],
        ["af-2039", 30, 35],
      ]),
    );
    expect(tie.booked.ranked.map((r) => r.place.id)).toEqual(["af-2062", "af-2039", "sam-2031"]);
  });

  it("ignores provider places (Bilaga 3 has none, and they would have no kind list)", () => {
    const provider = place({ id: "p-1", kind: "provider" });
    const ranked = rankPlacesByKind([provider], travel([["p-1", 1, 1]]));
    expect(ranked.booked.ranked).toEqual([]);
    expect(ranked.spontaneous.ranked).toEqual([]);
  });
});

describe("visibleRanked and rankOf", () => {
  const many = Array.from({ length: 5 }, (_, i) => place({ id: `af-${i}`, label: `Kontor ${i}` }));
  const result = rankPlacesByKind(many, travel(many.map((p, i) => [p.id, 10 + i, 10 + i])));

  it("shows the top three unless expanded", () => {
    expect(visibleRanked(result.booked, false)).toHaveLength(TOP_PER_KIND);
    expect(visibleRanked(result.booked, true)).toHaveLength(5);
  });

  it("reveals at most EXPANDED_PER_KIND places; the list view has the rest", () => {
    const lots = Array.from({ length: 25 }, (_, i) => place({ id: `af-x${i}`, label: `Kontor ${i}` }));
    const ranked = rankPlacesByKind(lots, travel(lots.map((p, i) => [p.id, i, i])));
    expect(moreCount(ranked.booked)).toBe(EXPANDED_PER_KIND - TOP_PER_KIND);
    expect(visibleRanked(ranked.booked, true)).toHaveLength(EXPANDED_PER_KIND);
    expect(moreCount(result.booked)).toBe(2);
    expect(moreCount(rankPlacesByKind([mora], travel([["af-2062", 1, 1]])).booked)).toBe(0);
  });

  it("finds a place's rank", () => {
    expect(rankOf(result.booked, "af-4")).toBe(4);
    expect(rankOf(result.booked, "nope")).toBe(-1);
  });
});

describe("placesInKommun", () => {
  it("lists one kind in one kommun, current before pending and planned", () => {
    const own = place({ id: "af-2034", kommunKod: "2034", label: "Arbetsförmedlingen Orsa" });
    const pending = place({
      id: "sam-2034",
      kommunKod: "2034",
      status: "pending",
      label: "A Samarbetslösning",
    });
    expect(placesInKommun([pending, own, skPlanned, mora], "2034", "booked").map((p) => p.id)).toEqual([
      "af-2034",
      "sam-2034",
    ]);
    expect(placesInKommun([pending, own, skPlanned, mora], "2034", "spontaneous").map((p) => p.id)).toEqual([
      "sk-2034-planerat",
    ]);
  });
});

describe("finderReducer", () => {
  it("starts from ?q= with the query pending and committed", () => {
    expect(finderStateFromQuery("  Orsa ")).toMatchObject({
      query: "Orsa",
      pendingQuery: "Orsa",
      committedQuery: "Orsa",
    });
    expect(finderStateFromQuery(null)).toBe(INITIAL_FINDER_STATE);
  });

  it("typing changes only the field, not the committed search", () => {
    const chosen = finderReducer(INITIAL_FINDER_STATE, { type: "choose", origin: orsa, query: "Orsa" });
    const typed = finderReducer(chosen, { type: "type", query: "Mor" });
    expect(typed.query).toBe("Mor");
    expect(typed.committedQuery).toBe("Orsa");
    expect(typed.origin).toBe(orsa);
  });

  it("a submitted query waits for the index; an empty one clears nothing but the field", () => {
    const submitted = finderReducer(INITIAL_FINDER_STATE, { type: "submit", query: " 79490 " });
    expect(submitted).toMatchObject({ query: "79490", pendingQuery: "79490", committedQuery: "79490" });
    expect(finderReducer(INITIAL_FINDER_STATE, { type: "submit", query: "  " }).pendingQuery).toBeNull();
  });

  it("choosing sets the origin and collapses 'show more'", () => {
    let state: FinderState = finderReducer(INITIAL_FINDER_STATE, { type: "toggleExpanded", kind: "booked" });
    expect(state.expanded.booked).toBe(true);
    state = finderReducer(state, { type: "choose", origin: orsa, query: "Orsa" });
    expect(state).toMatchObject({ origin: orsa, pendingQuery: null, noMatch: null, committedQuery: "Orsa" });
    expect(state.expanded.booked).toBe(false);
  });

  it("no match drops the previous origin, so old results are not shown under the new query", () => {
    const chosen = finderReducer(INITIAL_FINDER_STATE, { type: "choose", origin: orsa, query: "Orsa" });
    const none = finderReducer(chosen, { type: "noMatch", query: "Qxz" });
    expect(none).toMatchObject({ origin: null, noMatch: "Qxz", committedQuery: "Qxz" });
  });

  it("geolocation: asking, then a position (not a query) or a reason", () => {
    const asking = finderReducer(INITIAL_FINDER_STATE, { type: "locate" });
    expect(asking.geolocation).toBe("asking");
    const located = finderReducer(asking, { type: "located", lonLat: [14.6, 61.1], accuracyM: 30 });
    expect(located.geolocation).toBe("idle");
    expect(located.origin).toEqual({ source: "geolocation", lonLat: [14.6, 61.1], accuracyM: 30 });
    expect(located.committedQuery).toBeNull();
    expect(finderReducer(asking, { type: "locateFailed", reason: "refused" }).geolocation).toBe("refused");
  });

  it("restore uses a kept origin only when it belongs to the entry's query", () => {
    expect(finderReducer(INITIAL_FINDER_STATE, { type: "restore", q: "Orsa", origin: orsa })).toMatchObject({
      origin: orsa,
      pendingQuery: null,
      query: "Orsa",
    });
    const position: FinderOrigin = { source: "geolocation", lonLat: [1, 2], accuracyM: null };
    expect(finderReducer(INITIAL_FINDER_STATE, { type: "restore", q: null, origin: position }).origin).toBe(
      position,
    );
    // A position kept with an entry that has a query is stale: search again instead.
    expect(
      finderReducer(INITIAL_FINDER_STATE, { type: "restore", q: "Mora", origin: position }),
    ).toMatchObject({
      origin: null,
      pendingQuery: "Mora",
    });
    expect(finderReducer(INITIAL_FINDER_STATE, { type: "restore", q: null, origin: null })).toBe(
      INITIAL_FINDER_STATE,
    );
  });
});
