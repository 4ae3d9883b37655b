// Strings of the public-transport model's assumptions and the built feed's known gaps (issue 12), for
// "Om beräkningen" and the planner's transit figures. Labels are keyed by the constant's name in
// src/geo/assumptions.ts; gaps by the codes of summary.transit.gaps.
import { useI18n } from "./I18nProvider";
import type { Language } from "./language";

export interface TransitAssumptionMessages {
  title: string;
  /** What the public-transport figures are computed from (summary.transit). */
  feed: (
    name: string,
    version: string,
    attribution: string,
    date: string,
    from: string,
    to: string,
    kommuner: number,
  ) => string;
  validation: (errors: number, warnings: number) => string;
  assumptions: Record<string, string>;
  /** summary.transit.gaps codes → a plain sentence. */
  gaps: Record<string, string>;
  /** The route types left out (summary.transit.excludedRouteTypes), e.g. [1501]. */
  excludedRouteTypes: (types: string) => string;
}

const sv: TransitAssumptionMessages = {
  title: "Kollektivtrafik",
  feed: (name, version, attribution, date, from, to, kommuner) =>
    `Restiden med kollektivtrafik räknas från tidtabellen ${name} (version ${version}; tidtabelldata: ${attribution}) för ${date}, med avresa varje minut ${from}–${to}, för ${kommuner} kommuner. Tiden gäller dörr till dörr: gång till hållplatsen, väntan, resa, byten och gång till platsen. För varje ruta redovisas medianen och 10:e och 90:e percentilen över avgångsminuterna; en resa som tar längre än gränsen eller inte finns räknas som ingen förbindelse.`,
  validation: (errors, warnings) =>
    `Kontrollen av tidtabellen fann ${errors} fel (raderna togs bort) och ${warnings} varningar (raderna behölls).`,
  assumptions: {
    TRANSIT_WALK_KMH: "Kollektivtrafik: gånghastighet",
    TRANSIT_WALK_CIRCUITY: "Kollektivtrafik: omvägsfaktor för gång (gångväg genom fågelväg)",
    TRANSIT_MAX_ACCESS_M:
      "Kollektivtrafik: längsta gångväg hemifrån till hållplatsen, från hållplatsen till platsen eller hela vägen",
    TRANSIT_MAX_TRANSFER_M: "Kollektivtrafik: längsta gångväg vid byte mellan hållplatser",
    TRANSIT_MAX_TRANSFERS: "Kollektivtrafik: flest byten på en resa",
    TRANSIT_MAX_TRIP_MIN: "Kollektivtrafik: längre resor räknas som ingen förbindelse",
    TRANSIT_WINDOW_FROM_MIN: "Kollektivtrafik: första avgångsminuten (minuter efter midnatt, 07:00)",
    TRANSIT_WINDOW_TO_MIN: "Kollektivtrafik: sista avgångsminuten (minuter efter midnatt, 09:00)",
  },
  gaps: {
    noTrains:
      "Tåg saknas i tidtabellen (Norrtåg, SJ, Malmbanan): resor mellan Luleå, Boden, Gällivare och Kiruna kan vara snabbare i verkligheten.",
    noLuleaCityBuses:
      "Luleås stadsbussar (Luleå Lokaltrafik) saknas: resor inom Luleå tätort ser sämre ut än de är.",
  },
  excludedRouteTypes: (types) =>
    `Anropsstyrd närtrafik (trafikslag ${types}) ingår inte: den måste bokas i förväg.`,
};

const en: TransitAssumptionMessages = {
  title: "Public transport",
  feed: (name, version, attribution, date, from, to, kommuner) =>
    `Public-transport times come from the timetable ${name} (version ${version}; timetable data: ${attribution}) for ${date}, leaving every minute ${from}–${to}, for ${kommuner} kommuner. They are door to door: walk to the stop, wait, ride, change and walk to the place. Each cell shows the median and the 10th and 90th percentile over the departure minutes; a journey longer than the limit, or none at all, counts as no connection.`,
  validation: (errors, warnings) =>
    `The timetable check found ${errors} errors (rows dropped) and ${warnings} warnings (rows kept).`,
  assumptions: {
    TRANSIT_WALK_KMH: "Public transport: walking speed",
    TRANSIT_WALK_CIRCUITY: "Public transport: walking detour factor (walked distance over straight line)",
    TRANSIT_MAX_ACCESS_M:
      "Public transport: longest walk from home to the stop, from the stop to the place, or all the way",
    TRANSIT_MAX_TRANSFER_M: "Public transport: longest walk between stops when changing",
    TRANSIT_MAX_TRANSFERS: "Public transport: most changes on one journey",
    TRANSIT_MAX_TRIP_MIN: "Public transport: longer journeys count as no connection",
    TRANSIT_WINDOW_FROM_MIN: "Public transport: first departure minute (minutes after midnight, 07:00)",
    TRANSIT_WINDOW_TO_MIN: "Public transport: last departure minute (minutes after midnight, 09:00)",
  },
  gaps: {
    noTrains:
      "Trains are not in the timetable (Norrtåg, SJ, the iron-ore line): trips between Luleå, Boden, Gällivare and Kiruna may be faster in reality.",
    noLuleaCityBuses:
      "Luleå's city buses (Luleå Lokaltrafik) are missing: trips within Luleå look worse than they are.",
  },
  excludedRouteTypes: (types) =>
    `Demand-responsive services (route type ${types}) are left out: they must be booked in advance.`,
};

export const TRANSIT_ASSUMPTION_MESSAGES: Record<Language, TransitAssumptionMessages> = { sv, en };

export function useTransitAssumptionMessages(): TransitAssumptionMessages {
  return TRANSIT_ASSUMPTION_MESSAGES[useI18n().language];
}
