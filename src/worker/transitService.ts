// The engine behind the transit worker, as a plain class so Node (tests) runs exactly what the browser
// runs: a planner's own GTFS feed unpacked (zip or folder) and put through the core's buildTransit — the
// same function `npm run data` uses — with the same population cells (reach-cells.bin), meeting places
// (meeting-places.geojson) and kommun seats (summary.json). The feed's text is held only here, in memory.
import { readCsv } from "../data/csv.ts";
import { gtfsFilesFrom, type GtfsSourceFile } from "../data/gtfsArchive.ts";
import { summarizeNotices } from "../data/gtfs/read.ts";
import { transitPlaces } from "../data/gtfs/transitInputs.ts";
import { buildTransit, type TransitInputs } from "../data/gtfs/transitPipeline.ts";
import type { CellData } from "../data/reachBinary.ts";
import type { MeetingPlaceCollection, Summary } from "../data/schema.ts";
import { transitCellsFromCellData } from "../geo/transit/area.ts";
import { DEFAULT_TRANSIT_OPTIONS } from "../geo/transit/reach.ts";
import type { TransitComputed, TransitLoadOutcome, TransitRunOptions } from "./transitProtocol.ts";

/** route_type of närtrafik (communal taxi, booked in advance): left out unless the user includes it. */
const DEMAND_RESPONSIVE_ROUTE_TYPE = 1501;

type Build = NonNullable<ReturnType<typeof buildTransit>["build"]>;

function computedOf(build: Build, run: TransitRunOptions): TransitComputed {
  const figures: TransitComputed["figures"] = { booked: {}, spontaneous: {} };
  for (const [kod, stats] of build.perKommun) {
    figures.booked[kod] = stats.booked;
    figures.spontaneous[kod] = stats.spontaneous;
  }
  return {
    options: run,
    excludedRouteTypes: build.transit.excludedRouteTypes,
    kommunKoder: build.transit.kommunKoder,
    cells: build.transit.cells,
    departures: build.transit.departures,
    figures,
  };
}

/** The route types of routes.txt (to say in words what the feed lacks), however its rows fare otherwise. */
function routeTypes(files: ReadonlyMap<string, string>): number[] {
  const text = files.get("routes.txt");
  if (text === undefined) return [];
  const types = readCsv(text, "routes.txt", ["route_type"]).rows.map((r) => Number(r.values.route_type));
  return [...new Set(types.filter(Number.isInteger))].sort((a, b) => a - b);
}

export class TransitService {
  private readonly inputs: TransitInputs;
  /** The loaded feed's files, and the last computation (the defaults' at first). */
  private current: { files: Map<string, string>; last: { key: string; computed: TransitComputed } } | null =
    null;

  constructor(cellData: CellData, places: MeetingPlaceCollection, kommuner: Summary["kommuner"]) {
    this.inputs = {
      cells: transitCellsFromCellData(cellData),
      places: transitPlaces(places),
      kommuner: kommuner.map((k) => ({ kod: k.kod, seat: k.seat })),
    };
  }

  /** Reads, validates and computes a feed with the core's defaults, and keeps it (replacing any earlier one). */
  load(sources: readonly GtfsSourceFile[]): TransitLoadOutcome {
    this.current = null;
    const unpacked = gtfsFilesFrom(sources);
    if (!unpacked.ok) return { ok: false, problem: unpacked.problem, validation: null };
    // GTFS is UTF-8 (the reader strips a BOM).
    const decoder = new TextDecoder("utf-8");
    const files = new Map([...unpacked.files].map(([name, bytes]) => [name, decoder.decode(bytes)]));
    const { build, notices } = buildTransit(files, this.inputs);
    if (build === null)
      return { ok: false, problem: { reason: "invalid" }, validation: summarizeNotices(notices) };
    const { transit } = build;
    const defaults: TransitRunOptions = {
      serviceDate: transit.serviceDate,
      window: transit.window,
      includeDemandResponsive: !transit.excludedRouteTypes.includes(DEMAND_RESPONSIVE_ROUTE_TYPE),
    };
    this.current = { files, last: { key: JSON.stringify(defaults), computed: computedOf(build, defaults) } };
    return {
      ok: true,
      feed: transit.feed,
      validation: transit.validation,
      defaults,
      routeTypes: routeTypes(files),
    };
  }

  /** The figures of kommuner[i].reach.<kind>.transit for the loaded feed and the user's options. */
  compute(run: TransitRunOptions): TransitComputed {
    if (this.current === null) throw new Error("no feed loaded");
    const key = JSON.stringify(run);
    if (this.current.last.key === key) return this.current.last.computed;
    const { build, notices } = buildTransit(
      this.current.files,
      this.inputs,
      {},
      {
        serviceDate: run.serviceDate,
        windowFromMin: run.window.fromMin,
        windowToMin: run.window.toMin,
        excludedRouteTypes: DEFAULT_TRANSIT_OPTIONS.excludedRouteTypes.filter(
          (t) => !(run.includeDemandResponsive && t === DEMAND_RESPONSIVE_ROUTE_TYPE),
        ),
      },
    );
    if (build === null) throw new Error(notices.at(-1)?.message ?? "the feed cannot be used");
    const computed = computedOf(build, run);
    this.current.last = { key, computed };
    return computed;
  }

  /** Drops the feed: nothing of it stays in memory. */
  clear(): void {
    this.current = null;
  }
}
