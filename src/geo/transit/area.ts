// Which cells and kommuner a feed covers, the cells in the engine's form, and the default service date.
// Pure, so the build and a browser worker pick the same area and date for the same feed.
import { serviceRuns } from "../../data/gtfs/read.ts";
import type { CellData } from "../../data/reachBinary.ts";
import { PointGrid } from "../spatialIndex.ts";
import { shiftDate } from "./timetable.ts";
import type { ParsedFeed, TransitCells } from "./types.ts";

/** A län belongs to the feed's area when it holds at least this share of the feed's served boarding points. */
export const FEED_AREA_MIN_LAN_SHARE = 0.25;

/** A stop farther than this from every inhabited cell is not placed in any kommun (area rule), m. */
const STOP_TO_CELL_MAX_M = 20_000;

/** The cells of reach-cells.bin (decodeCells) as the transit engine takes them. */
export function transitCellsFromCellData(data: CellData): TransitCells {
  return {
    lon: data.cells.lon,
    lat: data.cells.lat,
    population: data.cells.population,
    kommun: data.cells.kommun,
    kommuner: data.kommuner.map((k) => ({ kod: k.kod, lanKod: k.lanKod })),
  };
}

/** The cells of the given kommuner (same kommuner list, so kommun indices keep their meaning). */
export function cellsInKommuner(cells: TransitCells, kommunKoder: readonly string[]): TransitCells {
  const wanted = new Set(kommunKoder);
  const keep: number[] = [];
  for (let i = 0; i < cells.lon.length; i++)
    if (wanted.has(cells.kommuner[cells.kommun[i]!]!.kod)) keep.push(i);
  return {
    lon: Float64Array.from(keep, (i) => cells.lon[i]!),
    lat: Float64Array.from(keep, (i) => cells.lat[i]!),
    population: Float64Array.from(keep, (i) => cells.population[i]!),
    kommun: Int32Array.from(keep, (i) => cells.kommun[i]!),
    kommuner: cells.kommuner,
  };
}

/**
 * The feed's area: every kommun of each län that holds at least FEED_AREA_MIN_LAN_SHARE of the feed's
 * boarding points with stop times (each stop placed in the kommun of its nearest inhabited cell, within
 * 20 km). A regional feed's far ends in the next län (Norrbotten's lines to Skellefteå and Umeå) stay
 * outside; for the Norrbotten feed this gives the 14 kommuner of län 25. If no län reaches that share (a
 * national feed), the län with the most points. Sorted kommun codes; empty if no stop is near a cell.
 */
export function feedArea(feed: ParsedFeed, cells: TransitCells): string[] {
  const grid = new PointGrid(cells.lon, cells.lat, 5_000);
  const used = new Uint8Array(feed.stops.length);
  for (let e = 0; e < feed.stopTimes.stop.length; e++) used[feed.stopTimes.stop[e]!] = 1;
  const perLan = new Map<string, number>();
  let placed = 0;
  feed.stops.forEach((stop, s) => {
    if (!used[s]) return;
    const near = grid.nearest(stop.lon, stop.lat, STOP_TO_CELL_MAX_M);
    if (near.index < 0) return;
    const lan = cells.kommuner[cells.kommun[near.index]!]!.lanKod;
    perLan.set(lan, (perLan.get(lan) ?? 0) + 1);
    placed++;
  });
  let lans = new Set(
    [...perLan].filter(([, n]) => n >= FEED_AREA_MIN_LAN_SHARE * placed).map(([lan]) => lan),
  );
  // A feed spread thinner than that over many län (a national feed): the län holding the most points.
  if (lans.size === 0 && perLan.size > 0)
    lans = new Set([[...perLan].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]]);
  return cells.kommuner
    .filter((k) => lans.has(k.lanKod))
    .map((k) => k.kod)
    .sort();
}

/** Number of trips running on `date` (YYYYMMDD), route types in `excludedRouteTypes` left out. */
export function tripsOnDate(
  feed: ParsedFeed,
  date: number,
  excludedRouteTypes: readonly number[] = [],
): number {
  const excluded = new Set(excludedRouteTypes);
  const runs = new Map([...feed.services].map(([id, s]) => [id, serviceRuns(s, date)]));
  return feed.trips.filter((t) => runs.get(t.serviceId) && !excluded.has(feed.routes[t.route]!.type)).length;
}

/**
 * The default service date, "an ordinary Wednesday": among the feed's Wednesdays, those whose number of
 * running trips equals the most common count (the ordinary school-term timetable; holidays and
 * school breaks run fewer), the one in the middle of that list (earlier of two). YYYY-MM-DD, or null
 * if the feed has no Wednesday with service.
 */
export function defaultServiceDate(feed: ParsedFeed): string | null {
  const from = Number(feed.info.validFrom.replace(/-/g, ""));
  const to = Number(feed.info.validTo.replace(/-/g, ""));
  if (!from || !to) return null;
  const counts: { date: number; trips: number }[] = [];
  for (let date = from; date <= to; date = shiftDate(date, 1)) {
    const y = Math.floor(date / 10000);
    const m = Math.floor(date / 100) % 100;
    if (new Date(Date.UTC(y, m - 1, date % 100)).getUTCDay() !== 3) continue;
    const trips = tripsOnDate(feed, date);
    if (trips > 0) counts.push({ date, trips });
  }
  if (counts.length === 0) return null;
  const frequency = new Map<number, number>();
  for (const c of counts) frequency.set(c.trips, (frequency.get(c.trips) ?? 0) + 1);
  // Most common count; on a tie the larger count (a full timetable rather than a reduced one).
  const [commonTrips] = [...frequency].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  const ordinary = counts.filter((c) => c.trips === commonTrips);
  const date = String(ordinary[Math.floor((ordinary.length - 1) / 2)]!.date);
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
}
