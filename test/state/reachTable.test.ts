import { describe, expect, it } from "vitest";
import type { EnginePlace } from "../../src/data/reachScenarios";
import type { ReachStats, Summary } from "../../src/data/schema";
import type { ScenarioReach } from "../../src/geo/reachSummary";
import { applyEdits, changedKommuner, reachRows, sortRows } from "../../src/state/reachTable";

function stats(medianMin: number | null, share30: number, places = 1, meanMin = medianMin): ReachStats {
  const within = { "10": 0, "20": 0, "30": share30, "45": share30, "60": 1 };
  return {
    population: 100,
    unreachablePopulation: medianMin === null ? 100 : 0,
    places,
    meanMin,
    medianMin,
    p90Min: medianMin,
    maxMin: medianMin,
    popWithin: within,
    shareWithin: within,
  };
}

const kommun = (kod: string, namn: string, booked: boolean, reach: ReachStats, glesbygd = false) => ({
  kod,
  namn,
  lanKod: kod.slice(0, 2),
  faKod: "01",
  befolkning: 100,
  glesbygd,
  landsbygd: false,
  presence: { spontaneous: false, spontaneousPlanned: false, booked },
  seat: { name: `${namn} C`, lon: 15, lat: 60 },
  reach: { booked: { ...reach, fromSeat: { placeId: "af-x", kommunKod: "0001", minutes: 12, km: 10 } } },
});

const summary = {
  kommuner: [
    kommun("0001", "Örebro", true, stats(5, 0.9)),
    kommun("0002", "Ale", false, stats(25, 0.4), true),
    kommun("0003", "Gotland", false, stats(null, 0)),
  ],
  faRegioner: [{ kod: "01", namn: "FA 1", befolkning: 300, reach: { booked: stats(10, 0.5, 3) } }],
  lan: [],
} as unknown as Summary;

describe("reachRows", () => {
  it("lists every kommun with the scenario, and filters those without own booked presence", () => {
    expect(reachRows(summary, "kommun", "booked", "all").map((r) => r.namn)).toEqual([
      "Örebro",
      "Ale",
      "Gotland",
    ]);
    expect(reachRows(summary, "kommun", "booked", "withoutBooked").map((r) => r.kod)).toEqual([
      "0002",
      "0003",
    ]);
    expect(reachRows(summary, "kommun", "booked", "glesbygd").map((r) => r.kod)).toEqual(["0002"]);
  });

  it("gives kommuner their seat and nearest place, regions neither", () => {
    const [orebro] = reachRows(summary, "kommun", "booked", "all");
    expect(orebro?.fromSeat?.minutes).toBe(12);
    expect(orebro?.seatName).toBe("Örebro C");
    const [fa] = reachRows(summary, "fa", "booked", "all");
    expect(fa).toMatchObject({ kod: "01", fromSeat: null, seatName: null });
  });

  it("is empty for a scenario the data does not have (providers)", () => {
    expect(reachRows(summary, "kommun", "provider", "all")).toEqual([]);
  });
});

describe("sortRows", () => {
  const rows = reachRows(summary, "kommun", "booked", "all");
  it("sorts names by Swedish collation (Ö after A and G)", () => {
    expect(sortRows(rows, "namn", false).map((r) => r.namn)).toEqual(["Ale", "Gotland", "Örebro"]);
  });
  it("puts rows with no road link last in both directions", () => {
    expect(sortRows(rows, "medianMin", false).map((r) => r.namn)).toEqual(["Örebro", "Ale", "Gotland"]);
    expect(sortRows(rows, "medianMin", true).map((r) => r.namn)).toEqual(["Ale", "Örebro", "Gotland"]);
  });
});

describe("applyEdits", () => {
  const places: EnginePlace[] = [
    { id: "af-1", kind: "booked", status: "current", kommunKod: "0001", lon: 15, lat: 59 },
    { id: "af-2", kind: "booked", status: "current", kommunKod: "0002", lon: 12, lat: 57 },
  ];
  const seats = new Map([["0003", { lon: 18.3, lat: 57.6 }]]);

  it("removes closed places and adds new ones at the kommun seat", () => {
    const result = applyEdits(
      places,
      [
        { type: "close", placeId: "af-1" },
        { type: "add", id: "ny-1", kommunKod: "0003", kind: "booked" },
      ],
      seats,
    );
    expect(result.map((p) => p.id)).toEqual(["af-2", "ny-1"]);
    expect(result[1]).toMatchObject({ lon: 18.3, lat: 57.6, status: "current", kommunKod: "0003" });
  });

  it("moves a place to another kommun's seat, keeping its id and kind; the last move wins", () => {
    const result = applyEdits(
      places,
      [
        { type: "move", placeId: "af-2", kommunKod: "9999" },
        { type: "move", placeId: "af-2", kommunKod: "0003" },
      ],
      seats,
    );
    expect(result.map((p) => p.id)).toEqual(["af-1", "af-2"]);
    expect(result[1]).toMatchObject({ id: "af-2", kind: "booked", kommunKod: "0003", lon: 18.3, lat: 57.6 });
  });

  it("adds nothing for a kommun without a known seat", () => {
    expect(
      applyEdits(places, [{ type: "add", id: "ny", kommunKod: "9999", kind: "booked" }], seats),
    ).toHaveLength(2);
  });
});

describe("changedKommuner", () => {
  const after = (ale: ReachStats): ScenarioReach => ({
    kommunKoder: ["0003", "0002", "0001"],
    faKoder: [],
    lanKoder: [],
    kommuner: [stats(null, 0), ale, stats(5, 0.9)],
    faRegioner: [],
    lan: [],
    sverige: stats(6, 0.8),
  });

  it("matches kommuner by code, not by position, and lists only those that changed", () => {
    const changes = changedKommuner(summary, "booked", after(stats(12, 0.7)));
    expect(changes.map((c) => c.kod)).toEqual(["0002"]);
    expect(changes[0]?.before.medianMin).toBe(25);
    expect(changes[0]?.after.medianMin).toBe(12);
  });

  it("is empty when nothing moved", () => {
    expect(changedKommuner(summary, "booked", after(stats(25, 0.4)))).toEqual([]);
  });
});
