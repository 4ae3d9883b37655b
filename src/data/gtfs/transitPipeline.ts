// The public-transport step of the data build (scripts/build-transit.ts) and of a planner's loaded feed:
// feed texts + cells + places + seats in, summary.transit and the per-kommun figures out. Pure.
import { cellsInKommuner, defaultServiceDate, feedArea } from "../../geo/transit/area.ts";
import { DEFAULT_TRANSIT_OPTIONS, aggregateTransit, computeTransitReach } from "../../geo/transit/reach.ts";
import type {
  GtfsNotice,
  TransitCells,
  TransitKind,
  TransitOptions,
  TransitPlace,
  TransitReachStats,
  TransitResult,
  TransitSeat,
  TransitSummary,
} from "../../geo/transit/types.ts";
import type { Summary } from "../schema.ts";
import { readGtfs, summarizeNotices } from "./read.ts";

/** The built feed: Länstrafiken Norrbotten, timetable year T23 (shared/data/transit/…/SOURCES.md). */
export const TRANSIT_FEED_DIR = "transit/norrbotten_ltn_gtfs_2022-12-14";

/** What SOURCES.md says about the built feed that the files cannot: its licence and its gaps. */
export const TRANSIT_FEED_NOTES = {
  attribution: "Samtrafiken / Trafiklab (CC0)",
  gaps: ["noTrains", "noLuleaCityBuses"],
};

export interface TransitBuild {
  transit: TransitSummary;
  /** kommunKod → figures per kind, for the kommuner of transit.kommunKoder. */
  perKommun: Map<string, Record<TransitKind, TransitReachStats>>;
  result: TransitResult;
  /** The cells the result's arrays follow (the area's cells, in reach-cells.bin order). */
  cells: TransitCells;
}

export interface TransitInputs {
  /** All cells of reach-cells.bin (transitCellsFromCellData). */
  cells: TransitCells;
  places: readonly TransitPlace[];
  /** kommunKod + GeoNames seat of every kommun (summary.json kommuner). */
  kommuner: readonly { kod: string; seat: { lon: number; lat: number } }[];
}

/**
 * Reads and validates the feed, picks its area and default date (unless `options` set one) and computes
 * the figures. `feed` is null when the feed cannot be used at all (the notices say why).
 */
export function buildTransit(
  files: ReadonlyMap<string, string>,
  inputs: TransitInputs,
  notes: { attribution?: string; gaps?: string[] } = {},
  options: Partial<TransitOptions> = {},
): { build: TransitBuild | null; notices: GtfsNotice[] } {
  const { feed, notices } = readGtfs(files);
  if (!feed) return { build: null, notices };
  const serviceDate = options.serviceDate ?? defaultServiceDate(feed);
  if (!serviceDate)
    return {
      build: null,
      notices: [
        ...notices,
        {
          code: "no_service_date",
          severity: "ERROR",
          file: "calendar.txt",
          line: 0,
          message: "the calendar has no Wednesday with service; choose a service date",
        },
      ],
    };
  const full: TransitOptions = { ...DEFAULT_TRANSIT_OPTIONS, ...options, serviceDate };
  const kommunKoder = feedArea(feed, inputs.cells);
  const cells = cellsInKommuner(inputs.cells, kommunKoder);
  const byKod = new Map(inputs.kommuner.map((k) => [k.kod, k.seat]));
  const seats: TransitSeat[] = kommunKoder.flatMap((kod) => {
    const seat = byKod.get(kod);
    return seat ? [{ kommunKod: kod, lon: seat.lon, lat: seat.lat }] : [];
  });
  const result = computeTransitReach(feed, cells, inputs.places, full, seats);
  const perKommun = aggregateTransit(result, cells, kommunKoder, seats);
  const transit: TransitSummary = {
    feed: { ...feed.info, attribution: notes.attribution ?? feed.info.attribution },
    serviceDate,
    window: { fromMin: full.windowFromMin, toMin: full.windowToMin },
    assumptions: {
      walkKmh: full.walkKmh,
      walkCircuity: full.walkCircuity,
      maxAccessM: full.maxAccessM,
      maxTransferM: full.maxTransferM,
      maxTransfers: full.maxTransfers,
      maxTripMin: full.maxTripMin,
    },
    excludedRouteTypes: full.excludedRouteTypes,
    validation: summarizeNotices(notices),
    gaps: notes.gaps ?? [],
    kommunKoder,
    cells: result.cells,
    departures: result.departures,
  };
  return { build: { transit, perKommun, result, cells }, notices };
}

/** summary.json with the transit figures added (summary.transit and kommuner[i].reach.<kind>.transit). */
export function withTransit(summary: Summary, build: TransitBuild): Summary {
  return {
    ...summary,
    transit: build.transit,
    kommuner: summary.kommuner.map((k) => {
      const figures = build.perKommun.get(k.kod);
      if (!figures) return k;
      const reach = { ...k.reach };
      for (const kind of Object.keys(figures) as TransitKind[]) {
        const stats = reach[kind];
        if (stats) reach[kind] = { ...stats, transit: figures[kind] };
      }
      return { ...k, reach };
    }),
  };
}
