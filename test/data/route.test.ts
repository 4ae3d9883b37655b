// `npm run route` must print what the finder shows: the real data build runs in-process, the search index
// is built from the same shared files as public/data/search-entries.json, and routeBetween (the CLI's
// function) must equal ReachService.travelFrom over all published places (the worker's call) for several
// origins. Coordinates [lon, lat]; minutes; km.
import { beforeAll, describe, expect, it } from "vitest";
import { dataDir, loadReachSources, loadSources } from "../../scripts/load-sources.ts";
import { loadSearchSources } from "../../scripts/build-search.ts";
import { routeBetween, type LabelledPlace, type RouteContext } from "../../scripts/route.ts";
import { buildData } from "../../src/data/pipeline.ts";
import { buildReach, toArrayBuffer } from "../../src/data/reachPipeline.ts";
import { placedPlaces } from "../../src/data/reachScenarios.ts";
import { buildSearchEntries } from "../../src/search/entries.ts";
import { buildSearchIndex, searchPlaces } from "../../src/search/searchIndex.ts";
import { ReachService } from "../../src/worker/reachService.ts";

let context: RouteContext;
let places: LabelledPlace[];

beforeAll(() => {
  const { outputs } = buildData(loadSources(), dataDir);
  if (!outputs) throw new Error("base build failed");
  const reach = buildReach(loadReachSources(), outputs, dataDir);
  if (!reach.build) throw new Error(`reach build failed: ${reach.issues.map((i) => i.reason).join("; ")}`);
  const labels = new Map(outputs.meetingPlaces.features.map((f) => [f.properties.id, f.properties.label]));
  places = placedPlaces(outputs.meetingPlaces).map((p) => ({ ...p, label: labels.get(p.id)! }));
  context = {
    service: new ReachService(toArrayBuffer(reach.build.networkBytes)),
    index: buildSearchIndex(buildSearchEntries(loadSearchSources(), dataDir).entries),
    places,
  };
}, 120_000);

describe("npm run route", () => {
  const cases: [string, string][] = [
    ["Sysslebäck", "Servicekontor Torsby"],
    ["Orsa", "sk-2062"],
    ["Pajala", "Servicekontor Kiruna"],
    ["13.05,60.05", "Servicekontor Karlstad"],
  ];
  for (const [from, to] of cases)
    it(`${from} → ${to} equals the finder's travelFrom`, () => {
      const route = routeBetween(context, from, to);
      expect(route.to.kind).toBe("place");
      const placeId = route.to.kind === "place" ? route.to.place.id : "";
      const origin =
        route.from.kind === "point"
          ? route.from.lonLat
          : ([route.from.place.lon, route.from.place.lat] as const);
      // The finder's origin for a name is the search's best hit, as /?q= resolves it.
      if (!/^\d/.test(from)) expect(origin).toEqual(searchPlaces(context.index, from, 1)[0]!.entry.position);
      const shown = context.service
        .travelFrom([origin[0], origin[1]], places)
        .travel.find((t) => t.placeId === placeId);
      expect(shown).toBeDefined();
      expect(route.minutes).toBe(shown!.minutes);
      expect(route.km).toBe(shown!.km);
      expect(route.gapCaveat).toBe(shown!.suspectedGap === true);
      expect(route.roads.length).toBeGreaterThan(0);
    });

  it("names the roads of Sysslebäck → Torsby: riksväg 62 to E45", () => {
    const route = routeBetween(context, "Sysslebäck", "Servicekontor Torsby");
    expect(route.roads.slice(0, 2)).toEqual(["62", "E45"]);
  });
});
