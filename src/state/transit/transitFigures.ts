// What the planner's public-transport section shows: per kommun of a feed's area the car figures and the
// public-transport figures side by side, the map classes of a transit indicator, and footnote 48 tested
// for public transport. Pure; memoised by the caller. The figures come either from summary.json (the
// build's feed) or from a feed loaded in the browser; both have the same shape.
import type { ReachStats, Summary } from "../../data/schema";
import type { TransitWithinKey } from "../../geo/transit/types";
import type { TransitKindFigures, TransitKind } from "./transitTypes";

export { TRANSIT_KINDS } from "../../geo/transit/types";
export type { TransitKind } from "./transitTypes";

/** Public-transport figures per kommun code, for one kind. */
export type TransitFigures = ReadonlyMap<string, TransitKindFigures>;

export function transitFiguresFromSummary(summary: Summary, kind: TransitKind): TransitFigures {
  const out = new Map<string, TransitKindFigures>();
  for (const k of summary.kommuner) {
    const transit = k.reach[kind]?.transit;
    if (transit) out.set(k.kod, transit);
  }
  return out;
}

export interface TransitRow {
  kod: string;
  namn: string;
  /** Census 2021 grid population (what both the car and the transit figures are weighted by). */
  population: number;
  hasOwnPlace: boolean;
  car: ReachStats | undefined;
  transit: TransitKindFigures;
}

/** One row per kommun that has transit figures, in the order of summary.kommuner (by code). */
export function transitRows(summary: Summary, kind: TransitKind, figures: TransitFigures): TransitRow[] {
  return summary.kommuner.flatMap((k) => {
    const transit = figures.get(k.kod);
    if (!transit) return [];
    return [
      {
        kod: k.kod,
        namn: k.namn,
        population: transit.population,
        hasOwnPlace: kind === "booked" ? k.presence.booked : k.presence.spontaneous,
        car: k.reach[kind],
        transit,
      },
    ];
  });
}

/** Share 0..1 as a percentage with one decimal, as the table shows it. */
export const percent = (share: number) => Math.round(share * 1000) / 10;

/** Transit indicators on the planner's map (kommun level only). */
export type TransitIndicator = "medianMin" | "p90Min" | "within30" | "within60" | "within90";
export const TRANSIT_INDICATORS: readonly TransitIndicator[] = [
  "medianMin",
  "p90Min",
  "within30",
  "within60",
  "within90",
];

/**
 * Class breaks for public transport: wider than the car's (a rural bus trip takes an hour where a car
 * takes 20 minutes), the same for every feed so two regions' maps compare. Bin i: breaks[i-1] <= v < breaks[i].
 */
export const TRANSIT_BREAKS: Record<TransitIndicator, readonly number[]> = {
  medianMin: [15, 30, 45, 60, 90],
  p90Min: [30, 45, 60, 90, 120],
  within30: [10, 25, 50, 75, 90],
  within60: [25, 50, 75, 90, 95],
  within90: [50, 75, 90, 95, 99],
};

export const TRANSIT_CLASS_COUNT = 6;
/** Outside the feed's area, or no population: the planner's no-data class. */
export const NO_DATA_CLASS = -1;
/**
 * The kommun's median inhabitant has no connection within the window (the median is null): its own
 * class, so it is never shown as merely "slow".
 */
export const NO_CONNECTION_CLASS = 6;

export function transitWithinKey(indicator: TransitIndicator): TransitWithinKey | null {
  return indicator.startsWith("within") ? (indicator.slice(6) as TransitWithinKey) : null;
}

/**
 * The indicator's value as displayed (minutes or percent, one decimal), or null when the median
 * (or p90) inhabitant has no connection in the window. Shares are always defined when there are people.
 */
export function transitValue(figures: TransitKindFigures, indicator: TransitIndicator): number | null {
  const within = transitWithinKey(indicator);
  if (within !== null) return figures.population > 0 ? percent(figures.shareWithin[within]) : null;
  return indicator === "medianMin" ? figures.medianMin : figures.p90Min;
}

/** Class 0 best … 5 worst; NO_CONNECTION_CLASS when a minutes figure has no connection; -1 no data. */
export function transitClassOf(figures: TransitKindFigures | undefined, indicator: TransitIndicator): number {
  if (figures === undefined || figures.population <= 0) return NO_DATA_CLASS;
  const value = transitValue(figures, indicator);
  if (value === null) return NO_CONNECTION_CLASS;
  const breaks = TRANSIT_BREAKS[indicator];
  let bin = breaks.findIndex((b) => value < b);
  if (bin < 0) bin = breaks.length;
  return transitWithinKey(indicator) !== null ? TRANSIT_CLASS_COUNT - 1 - bin : bin;
}

/** Class per kommun code for the map: every kommun of the country, those outside the feed -1. */
export function transitClasses(
  kommunKoder: readonly string[],
  figures: TransitFigures,
  indicator: TransitIndicator,
): Map<string, number> {
  return new Map(kommunKoder.map((kod) => [kod, transitClassOf(figures.get(kod), indicator)]));
}

/**
 * Footnote 48 says most people in kommuner without their own presence reach a booked meeting within an
 * hour by local public transport. Tested on the feed's kommuner: from each seat (the median over the
 * window's departure minutes), and over the population of those kommuner.
 */
export interface TransitFootnote48 {
  /** Kommuner with transit figures (the feed's area). */
  inFeed: number;
  /** Of those, kommuner without their own booked presence: the ones the footnote is about. */
  without: number;
  /** Of `without`: seats whose median time to a booked meeting is at most 60 minutes. */
  seatsWithin60: number;
  /** Of `without`: seats with no connection to any booked meeting in the window. */
  seatsNoConnection: number;
  /** Population of `without` and how many of them are within 60 minutes. */
  population: number;
  popWithin60: number;
  /** The seat with the longest median time, or with no connection at all (minutes null). */
  worst: { namn: string; minutes: number | null } | null;
  /** "Most": more than half of the people, and more than half of the seats. */
  verdict: "holds" | "partly" | "fails" | "untestable";
  /** When no kommun is without presence: share of all the feed's people within 60 minutes. */
  allPopulation: number;
  allPopWithin60: number;
}

export function transitFootnote48(summary: Summary, bookedTransit: TransitFigures): TransitFootnote48 {
  let [inFeed, without, seatsWithin60, seatsNoConnection] = [0, 0, 0, 0];
  let [population, popWithin60, allPopulation, allPopWithin60] = [0, 0, 0, 0];
  let worst: TransitFootnote48["worst"] = null;
  for (const k of summary.kommuner) {
    const t = bookedTransit.get(k.kod);
    if (!t) continue;
    inFeed++;
    allPopulation += t.population;
    allPopWithin60 += t.popWithin["60"];
    if (k.presence.booked) continue;
    without++;
    population += t.population;
    popWithin60 += t.popWithin["60"];
    const minutes = t.fromSeat.medianMin;
    if (minutes === null) seatsNoConnection++;
    else if (minutes <= 60) seatsWithin60++;
    const worse = worst === null || (worst.minutes !== null && (minutes === null || minutes > worst.minutes));
    if (worse) worst = { namn: k.namn, minutes };
  }
  const peopleMost = popWithin60 * 2 > population;
  const seatsMost = seatsWithin60 * 2 > without;
  const verdict =
    without === 0
      ? "untestable"
      : peopleMost && seatsMost
        ? "holds"
        : peopleMost || seatsMost
          ? "partly"
          : "fails";
  return {
    inFeed,
    without,
    seatsWithin60,
    seatsNoConnection,
    population,
    popWithin60,
    worst,
    verdict,
    allPopulation,
    allPopWithin60,
  };
}

/** Tram, metro, rail (GTFS basic types 0–2) and the extended rail, urban-rail and tram types. */
const isRailType = (type: number) =>
  type <= 2 || (type >= 100 && type < 200) || (type >= 400 && type < 500) || (type >= 900 && type < 1000);

/** Which modes a feed's route types cover, for the plain-words list of its gaps. */
export function feedModes(routeTypes: readonly number[]): { rail: boolean; bus: boolean; demand: boolean } {
  return {
    rail: routeTypes.some(isRailType),
    bus: routeTypes.some((t) => t === 3 || (t >= 200 && t < 300) || (t >= 700 && t < 800)),
    demand: routeTypes.some((t) => t === 715 || t === 1501),
  };
}
