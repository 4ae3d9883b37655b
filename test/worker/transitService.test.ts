// "A loaded feed gives the build's figures": the real data build runs in-process, its transit step runs
// on the Norrbotten folder as scripts/build-transit.ts runs it, and TransitService — the class the transit
// worker runs — gets the same feed as a zip (made here with fflate) and as loose .txt files, with the
// cells, places and seats the browser fetches. Every kommun's figures must be equal, both kinds.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { dataDir, loadReachSources, loadSources } from "../../scripts/load-sources.ts";
import { readFeedFolder, transitFeedFolder } from "../../scripts/load-transit.ts";
import { transitPlaces } from "../../src/data/gtfs/transitInputs.ts";
import { TRANSIT_FEED_NOTES, buildTransit, withTransit } from "../../src/data/gtfs/transitPipeline.ts";
import { buildData } from "../../src/data/pipeline.ts";
import { decodeCells } from "../../src/data/reachBinary.ts";
import { buildReach, toArrayBuffer } from "../../src/data/reachPipeline.ts";
import type { MeetingPlaceCollection, Summary } from "../../src/data/schema.ts";
import { transitCellsFromCellData } from "../../src/geo/transit/area.ts";
import { TransitService } from "../../src/worker/transitService.ts";

let summary: Summary;
let service: TransitService;
let places: MeetingPlaceCollection;
let cellsBytes: Uint8Array;

const feedTxt = () =>
  readdirSync(transitFeedFolder)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(transitFeedFolder, name))) }));

beforeAll(() => {
  const { outputs, issues } = buildData(loadSources(), dataDir);
  if (!outputs) throw new Error(`base build failed: ${issues.map((i) => i.reason).join("; ")}`);
  const reach = buildReach(loadReachSources(), outputs, dataDir);
  if (!reach.build) throw new Error(`reach build failed: ${reach.issues.map((i) => i.reason).join("; ")}`);
  places = outputs.meetingPlaces;
  cellsBytes = reach.build.cellsBytes;
  // As scripts/build-transit.ts does.
  const transit = buildTransit(
    readFeedFolder(),
    {
      cells: transitCellsFromCellData(decodeCells(toArrayBuffer(cellsBytes))),
      places: transitPlaces(places),
      kommuner: reach.build.summary.kommuner,
    },
    TRANSIT_FEED_NOTES,
  );
  if (!transit.build) throw new Error("transit build failed");
  summary = withTransit(reach.build.summary, transit.build);
  // As the worker does: the fetched files, decoded afresh.
  service = new TransitService(decodeCells(toArrayBuffer(cellsBytes)), places, summary.kommuner);
}, 240_000);

function expectBuildFigures(figures: Record<"booked" | "spontaneous", Record<string, unknown>>) {
  const koder = summary.transit!.kommunKoder;
  expect(Object.keys(figures.booked).sort()).toEqual(koder);
  for (const kod of koder) {
    const k = summary.kommuner.find((x) => x.kod === kod)!;
    expect(figures.booked[kod]).toEqual(k.reach.booked!.transit);
    expect(figures.spontaneous[kod]).toEqual(k.reach.spontaneous!.transit);
  }
}

describe("TransitService on the Norrbotten feed", () => {
  it("loads it as a zip with the build's defaults, validation and figures for all 14 kommuner", () => {
    const zip = zipSync(Object.fromEntries(feedTxt().map((f) => [`norrbotten/${f.name}`, f.bytes])));
    const loaded = service.load([{ name: "norrbotten.zip", bytes: zip }]);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const t = summary.transit!;
    expect(loaded.defaults).toEqual({
      serviceDate: t.serviceDate,
      window: t.window,
      includeDemandResponsive: false,
    });
    expect(loaded.validation).toEqual(t.validation);
    expect(loaded.feed.id).toBe(t.feed.id);
    expect(loaded.routeTypes).toEqual([700, 1501]);
    const computed = service.compute(loaded.defaults);
    expect(computed.kommunKoder).toHaveLength(14);
    expect(computed.excludedRouteTypes).toEqual([1501]);
    expectBuildFigures(computed.figures);
  });

  it("gives the same figures from a folder's loose .txt files", () => {
    const loaded = service.load(feedTxt().map((f) => ({ name: `gtfs/${f.name}`, bytes: f.bytes })));
    if (!loaded.ok) throw new Error("folder not loaded");
    expectBuildFigures(service.compute(loaded.defaults).figures);
  });

  it("includes närtrafik when asked, which changes no kommun for the worse", () => {
    const loaded = service.load(feedTxt());
    if (!loaded.ok) throw new Error("not loaded");
    const base = service.compute(loaded.defaults);
    const withDemand = service.compute({ ...loaded.defaults, includeDemandResponsive: true });
    expect(withDemand.excludedRouteTypes).toEqual([]);
    for (const kod of base.kommunKoder)
      expect(withDemand.figures.booked[kod]!.popWithin["90"]).toBeGreaterThanOrEqual(
        base.figures.booked[kod]!.popWithin["90"],
      );
  });

  it("refuses what is no feed, with the reason, and forgets a cleared feed", () => {
    expect(service.load([{ name: "x.zip", bytes: strToU8("stop_id\n") }])).toMatchObject({
      ok: false,
      problem: { reason: "notZip" },
    });
    expect(service.load([{ name: "notes.md", bytes: strToU8("# GTFS\n") }])).toMatchObject({
      ok: false,
      problem: { reason: "noTxt" },
    });
    const noStops = service.load(feedTxt().filter((f) => f.name !== "stops.txt"));
    expect(noStops.ok).toBe(false);
    if (!noStops.ok) {
      expect(noStops.problem).toEqual({ reason: "invalid" });
      expect(noStops.validation?.notices.map((n) => n.code)).toContain("missing_required_file");
    }
    const loaded = service.load(feedTxt());
    if (!loaded.ok) throw new Error("not loaded");
    service.clear();
    expect(() => service.compute(loaded.defaults)).toThrow(/no feed/);
  });
});
