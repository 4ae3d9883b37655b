// "The worker and the Node build give the same results": the real data build runs in-process (as
// scripts/build-data.ts does), then ReachService — the class the Web Worker runs — is built from the
// same binary files and must reproduce summary.json's reach figures. Coordinates [lon, lat]; minutes.
import { booleanPointInPolygon, point } from "@turf/turf";
import { beforeAll, describe, expect, it } from "vitest";
import { dataDir, loadReachSources, loadSources } from "../../scripts/load-sources.ts";
import { buildData } from "../../src/data/pipeline.ts";
import { decodeCells } from "../../src/data/reachBinary.ts";
import { buildReach, toArrayBuffer, type ReachBuild } from "../../src/data/reachPipeline.ts";
import { REACH_KEYS, inScenario, placedPlaces, type EnginePlace } from "../../src/data/reachScenarios.ts";
import { parseKommunSeats } from "../../src/data/reference.ts";
import type { Summary } from "../../src/data/schema.ts";
import { ReachService } from "../../src/worker/reachService.ts";

let build: ReachBuild;
let summary: Summary;
let places: EnginePlace[];
let service: ReachService;
/** Kommun codes in the cells file's order (the order of ScenarioReach.kommuner). */
let cellKommunKoder: string[];
let seatByKod: Map<string, { lon: number; lat: number }>;

beforeAll(() => {
  const { outputs, issues } = buildData(loadSources(), dataDir);
  if (!outputs) throw new Error(`base build failed: ${issues.map((i) => i.reason).join("; ")}`);
  const reachTexts = loadReachSources();
  const reach = buildReach(reachTexts, outputs, dataDir);
  if (!reach.build) throw new Error(`reach build failed: ${reach.issues.map((i) => i.reason).join("; ")}`);
  build = reach.build;
  summary = build.summary;
  places = placedPlaces(outputs.meetingPlaces);
  // What the browser does: fetch both files into fresh ArrayBuffers and hand them to the worker.
  service = new ReachService(toArrayBuffer(build.networkBytes));
  service.loadCells(toArrayBuffer(build.cellsBytes));
  cellKommunKoder = decodeCells(toArrayBuffer(build.cellsBytes)).kommuner.map((k) => k.kod);
  seatByKod = new Map(
    parseKommunSeats(reachTexts.seats, "seats", {
      text: reachTexts.seatCorrections,
      file: "corrections",
    }).rows.map((s) => [s.kommunKod, s]),
  );
}, 60_000);

const kommunNamed = (namn: string) => {
  const kommun = summary.kommuner.find((k) => k.namn === namn);
  if (!kommun) throw new Error(`no kommun ${namn}`);
  return kommun;
};

describe("ReachService on the real data", () => {
  // Fails if the worker selects other places for a scenario, decodes the files differently, or
  // aggregates cells in another order than the build.
  it("reproduces every scenario of summary.json at every level", () => {
    const keys = REACH_KEYS.filter((key) => summary.sverige.reach[key] !== undefined);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const key of keys) {
      const result = service.scenario(key, places);
      expect(result.sverige).toEqual(summary.sverige.reach[key]);
      expect(result.lan).toEqual(summary.lan.map((l) => l.reach[key]));
      expect(result.faRegioner).toEqual(summary.faRegioner.map((f) => f.reach[key]));
      const byKod = new Map(cellKommunKoder.map((kod, i) => [kod, result.kommuner[i]]));
      expect(summary.kommuner.map((k) => byKod.get(k.kod))).toEqual(
        summary.kommuner.map((k) => k.reach[key]),
      );
    }
  });

  // Fails if travelFrom's legs (access, network, egress, direct) differ from the build's seat runs.
  it("finds from Orsa's kommun seat the same nearest booked place as the build", () => {
    const orsa = kommunNamed("Orsa");
    const fromSeat = orsa.reach.booked?.fromSeat;
    expect(fromSeat).toBeTruthy();
    const seat = seatByKod.get(orsa.kod)!;
    const booked = places.filter((p) => inScenario("booked", p));
    const [nearest] = service.travelFrom([seat.lon, seat.lat], booked).travel;
    expect(nearest?.placeId).toBe(fromSeat!.placeId);
    expect(Math.abs(nearest!.minutes - fromSeat!.minutes)).toBeLessThanOrEqual(0.1);
  });

  // Fails if an invented bridge or ferry links Gotland to the mainland.
  it("reaches no mainland place from Gotland", () => {
    const hemse: [number, number] = [18.3735, 57.2388];
    const { travel } = service.travelFrom(hemse, places);
    const kommunOf = new Map(places.map((p) => [p.id, p.kommunKod]));
    expect(travel.length).toBeGreaterThan(0);
    expect(new Set(travel.map((t) => kommunOf.get(t.placeId)))).toEqual(new Set(["0980"]));
  });

  // Fails if the origin's distance to the road network is lost or mis-scaled (the UI warns beyond 20 km).
  it("reports how far the origin lies from the road network, in straight-line km", () => {
    const orsaSeat = seatByKod.get(kommunNamed("Orsa").kod)!;
    expect(service.travelFrom([orsaSeat.lon, orsaSeat.lat], places).accessKm).toBeLessThan(5);
    // Oslo: the nearest Swedish numbered road is far beyond 20 km.
    expect(service.travelFrom([10.75, 59.91], places).accessKm).toBeGreaterThan(20);
  });

  // Fails if the isoband is empty, inverted (the area outside the reach) or misplaced.
  it("draws a 30-minute reach area that contains the place", () => {
    const mora = places.find((p) => p.kommunKod === "2062" && inScenario("booked", p));
    expect(mora).toBeDefined();
    const area = service.reachArea([mora!], 30);
    expect(area).not.toBeNull();
    expect(["Polygon", "MultiPolygon"]).toContain(area!.geometry.type);
    expect(booleanPointInPolygon(point([mora!.lon, mora!.lat]), area!)).toBe(true);
    // 1° of latitude (≈ 111 km) north is beyond 30 minutes by any road.
    expect(booleanPointInPolygon(point([mora!.lon, mora!.lat + 1]), area!)).toBe(false);
  });

  // Fails if a what-if edit is ignored, or leaks into kommuner the moved place cannot influence.
  it("changes the moved place's kommun and leaves a far-away kommun unchanged (what-if)", () => {
    const moved = places.find((p) => p.kommunKod === "2062" && inScenario("booked", p))!;
    const edited = places.map((p) => (p === moved ? { ...p, lat: p.lat + 0.3 } : p));
    const result = service.scenario("booked", edited);
    const reachOf = (kod: string) => result.kommuner[cellKommunKoder.indexOf(kod)];
    const mora = summary.kommuner.find((k) => k.kod === "2062")!;
    const malmo = kommunNamed("Malmö");
    expect(reachOf(mora.kod)).not.toEqual(mora.reach.booked);
    expect(reachOf(mora.kod)!.meanMin!).toBeGreaterThan(mora.reach.booked!.meanMin!);
    expect(reachOf(malmo.kod)).toEqual(malmo.reach.booked);
  });

  // Fails if the worker's incremental path (a drag: one place moved a little per request) drifts from a
  // full recompute, or if two scenario keys share state.
  it("answers a drag incrementally with exactly the full recompute's figures, per scenario key", () => {
    const moved = places.find((p) => p.kommunKod === "2062" && inScenario("booked", p))!;
    service.scenario("booked", places);
    service.scenario("spontaneous", places);
    for (let step = 1; step <= 5; step++) {
      const edited = places.map((p) => (p === moved ? { ...p, lon: p.lon + 0.015 * step } : p));
      const booked = service.scenario("booked", edited);
      expect(service.lastScenarioMode).toBe("incremental");
      expect(booked).toEqual(service.scenarioFull("booked", edited));
      // The spontaneous places did not change: its state answers with the published figures.
      expect(service.scenario("spontaneous", edited)).toEqual(service.scenarioFull("spontaneous", places));
    }
  });
});
