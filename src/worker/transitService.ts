// The engine behind the transit worker, as a plain class so Node (tests) runs exactly what the browser
// runs: a planner's own GTFS feed unpacked (zip or folder), read and validated by the core's reader, and
// computed by the core's engine for the kommuner of the feed's area, with the same population cells
// (reach-cells.bin) and meeting places (meeting-places.geojson) as the build. The feed is held only here.
import { gtfsFilesFrom, type GtfsSourceFile } from "../data/gtfsArchive.ts";
import { readGtfs, summarizeNotices } from "../data/gtfs/read.ts";
import type { CellData } from "../data/reachBinary.ts";
import { inScenario, placedPlaces } from "../data/reachScenarios.ts";
import type { MeetingPlaceCollection } from "../data/schema.ts";
import {
  cellsInKommuner,
  defaultServiceDate,
  feedArea,
  transitCellsFromCellData,
} from "../geo/transit/area.ts";
import { aggregateTransit, computeTransitReach, DEFAULT_TRANSIT_OPTIONS } from "../geo/transit/reach.ts";
import type { ParsedFeed, TransitCells, TransitPlace, TransitSeat } from "../geo/transit/types.ts";
import type { TransitComputed, TransitLoadOutcome, TransitRunOptions } from "./transitProtocol.ts";

/** route_type of närtrafik (communal taxi, booked in advance): left out unless the user includes it. */
const DEMAND_RESPONSIVE_ROUTE_TYPE = 1501;

/** The places of the build's figures: booked as the "booked" scenario counts them, spontaneous 2021. */
export function transitPlaces(collection: MeetingPlaceCollection): TransitPlace[] {
  return placedPlaces(collection).flatMap((p): TransitPlace[] =>
    inScenario("booked", p)
      ? [{ id: p.id, lon: p.lon, lat: p.lat, kind: "booked" }]
      : inScenario("spontaneous", p)
        ? [{ id: p.id, lon: p.lon, lat: p.lat, kind: "spontaneous" }]
        : [],
  );
}

/** The seats (GeoNames) of the given kommuner, in their order. */
export function seatsOf(cellData: CellData, kommunKoder: readonly string[]): TransitSeat[] {
  const index = new Map(cellData.kommuner.map((k, i) => [k.kod, i]));
  return kommunKoder.flatMap((kod) => {
    const i = index.get(kod);
    return i === undefined
      ? []
      : [{ kommunKod: kod, lon: cellData.seats.lon[i]!, lat: cellData.seats.lat[i]! }];
  });
}

export class TransitService {
  private readonly cells: TransitCells;
  private readonly places: TransitPlace[];
  private current: { feed: ParsedFeed; area: string[] } | null = null;

  constructor(
    private readonly cellData: CellData,
    places: MeetingPlaceCollection,
  ) {
    this.cells = transitCellsFromCellData(cellData);
    this.places = transitPlaces(places);
  }

  /** Reads and validates a feed and keeps it (replacing any earlier one); the defaults follow the core's rules. */
  load(sources: readonly GtfsSourceFile[]): TransitLoadOutcome {
    this.current = null;
    const files = gtfsFilesFrom(sources);
    if (!files.ok) return { ok: false, problem: files.problem, validation: null };
    // GTFS is UTF-8 (the reader strips a BOM).
    const decoder = new TextDecoder("utf-8");
    const texts = new Map([...files.files].map(([name, bytes]) => [name, decoder.decode(bytes)]));
    const { feed, notices } = readGtfs(texts);
    const validation = summarizeNotices(notices);
    if (feed === null) return { ok: false, problem: { reason: "invalid" }, validation };
    this.current = { feed, area: feedArea(feed, this.cells) };
    return {
      ok: true,
      feed: feed.info,
      validation,
      defaults: {
        serviceDate: defaultServiceDate(feed) ?? feed.info.validFrom,
        window: {
          fromMin: DEFAULT_TRANSIT_OPTIONS.windowFromMin,
          toMin: DEFAULT_TRANSIT_OPTIONS.windowToMin,
        },
        includeDemandResponsive: false,
      },
      routeTypes: [...new Set(feed.routes.map((r) => r.type))].sort((a, b) => a - b),
    };
  }

  /** The figures of kommuner[i].reach.<kind>.transit for the loaded feed and the user's options. */
  compute(run: TransitRunOptions): TransitComputed {
    if (this.current === null) throw new Error("no feed loaded");
    const { feed, area } = this.current;
    const areaCells = cellsInKommuner(this.cells, area);
    const seats = seatsOf(this.cellData, area);
    const excludedRouteTypes = DEFAULT_TRANSIT_OPTIONS.excludedRouteTypes.filter(
      (t) => !(run.includeDemandResponsive && t === DEMAND_RESPONSIVE_ROUTE_TYPE),
    );
    const result = computeTransitReach(
      feed,
      areaCells,
      this.places,
      {
        ...DEFAULT_TRANSIT_OPTIONS,
        serviceDate: run.serviceDate,
        windowFromMin: run.window.fromMin,
        windowToMin: run.window.toMin,
        excludedRouteTypes,
      },
      seats,
    );
    const figures: TransitComputed["figures"] = { booked: {}, spontaneous: {} };
    for (const [kod, stats] of aggregateTransit(result, areaCells, area, seats)) {
      figures.booked[kod] = stats.booked;
      figures.spontaneous[kod] = stats.spontaneous;
    }
    return {
      options: run,
      excludedRouteTypes,
      kommunKoder: area,
      cells: result.cells,
      departures: result.departures,
      figures,
    };
  }

  /** Drops the feed: nothing of it stays in memory. */
  clear(): void {
    this.current = null;
  }
}
