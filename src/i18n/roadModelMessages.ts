// Strings of the road-model rules and the detour audit of issue 8 ("Om beräkningen" and the finder's
// caveat), kept apart from reachMessages.ts so the finder's restyling and this work do not collide.
import { useI18n } from "./I18nProvider";
import type { Language } from "./language";

export interface RoadModelMessages {
  /** Labels of the assumptions added with the road rules, by constant name. */
  assumptions: Record<string, string>;
  auditTitle: string;
  audit: (gaps: number, pairs: number, ratio: string) => string;
  auditColumns: { pair: string; roadKm: string; straightKm: string; ratio: string; roads: string };
  rules: (crossings: number, nearMisses: number, skeletonSplits: number, namedEnds: number) => string;
  /** The caveat on a finder result whose route is a suspected detour. */
  gapCaveat: string;
  /** A road of a route as shown: the road number, or the skeleton's name. */
  roadName: (road: string) => string;
}

/** The road name the build gives skeleton links (SKELETON_ROAD in src/geo/roadGraph.ts). */
const SKELETON = "E-road skeleton";

const sv: RoadModelMessages = {
  assumptions: {
    CROSSING_SPLIT_M:
      "Två vägar som korsar varandra mellan sina punkter får en gemensam korsning; närmare än så till en ände används änden",
    NEAR_MISS_JOIN_M: "Två numrerade vägar som kommer så nära varandra kopplas ihop (lokalväg)",
    NEAR_MISS_DETOUR_FACTOR: "…om nätet inte redan förbinder dem inom denna faktor × fågelvägen",
    SKELETON_PASS_FACTOR:
      "En länk i E-vägsskelettet delas vid en kommuncentralort den passerar (omväg via orten högst denna faktor)",
    ATTACH_EXTRA_M:
      "En punkt ansluts också till närmaste nod på varje annan väg inom detta extra avstånd (lokalväg)",
    NAMED_END_GAP_M:
      "En väg som enligt vägförteckningen slutar i en centralort men vars linje slutar så här långt före förlängs dit",
    DETOUR_AUDIT_RATIO: "Vägsträcka över denna faktor × fågelvägen räknas som misstänkt lucka i vägdata",
  },
  auditTitle: "Misstänkta luckor i vägdata",
  audit: (gaps, pairs, ratio) =>
    `Kontrollen jämför modellens vägsträcka med fågelvägen från varje kommuns centralort till närmaste plats av varje slag och mellan centralorterna i grannkommuner (${pairs} par). ${gaps} par har en vägsträcka över ${ratio} × fågelvägen och listas här: där saknas troligen en väg i underlaget, och den verkliga resan är kortare. Resultat med en sådan omväg får en varning i sökningen.`,
  auditColumns: {
    pair: "Från – till",
    roadKm: "Väg (km)",
    straightKm: "Fågelväg (km)",
    ratio: "Kvot",
    roads: "Vägar i modellens rutt",
  },
  rules: (crossings, nearMisses, skeletonSplits, namedEnds) =>
    `Regler som sluter nätet: ${crossings} korsningar mellan punkterna delade, ${nearMisses} nära möten mellan numrerade vägar ihopkopplade, ${skeletonSplits} skelettlänkar delade vid en centralort, ${namedEnds} vägar förlängda till den centralort där de enligt vägförteckningen slutar.`,
  gapCaveat: "Vägdata har en lucka här; den verkliga resan är troligen kortare.",
  roadName: (road) => (road === SKELETON ? "E-vägsskelettet" : road),
};

const en: RoadModelMessages = {
  assumptions: {
    CROSSING_SPLIT_M:
      "Two roads crossing between their points get a shared junction; closer than this to an end, the end is used",
    NEAR_MISS_JOIN_M: "Two numbered roads coming this close are joined (local road)",
    NEAR_MISS_DETOUR_FACTOR: "…unless the network already links them within this factor × the straight line",
    SKELETON_PASS_FACTOR:
      "An E-road skeleton link is split at a kommun seat it passes (detour via the town at most this factor)",
    ATTACH_EXTRA_M:
      "A point also connects to the nearest node of every other road within this extra distance (local road)",
    NAMED_END_GAP_M:
      "A road whose list says it ends at a kommun seat, but whose line stops up to this far short, is extended there",
    DETOUR_AUDIT_RATIO:
      "A road distance over this factor × the straight line counts as a suspected gap in the road data",
  },
  auditTitle: "Suspected gaps in the road data",
  audit: (gaps, pairs, ratio) =>
    `The check compares the model's road distance with the straight line from each kommun seat to the nearest place of each kind and between the seats of neighbouring kommuner (${pairs} pairs). ${gaps} pairs have a road distance over ${ratio} × the straight line and are listed here: a road is probably missing from the data there, and the real trip is shorter. Results with such a detour carry a caveat in the search.`,
  auditColumns: {
    pair: "From – to",
    roadKm: "Road (km)",
    straightKm: "Straight line (km)",
    ratio: "Ratio",
    roads: "Roads on the model's route",
  },
  rules: (crossings, nearMisses, skeletonSplits, namedEnds) =>
    `Rules that close the network: ${crossings} crossings between points split, ${nearMisses} near-misses between numbered roads joined, ${skeletonSplits} skeleton links split at a kommun seat, ${namedEnds} roads extended to the kommun seat where their list says they end.`,
  gapCaveat: "The road data has a gap here; the real trip is likely shorter.",
  roadName: (road) => (road === SKELETON ? "E-road skeleton" : road),
};

export const ROAD_MODEL_MESSAGES: Record<Language, RoadModelMessages> = { sv, en };

export function useRoadModelMessages(): RoadModelMessages {
  return ROAD_MODEL_MESSAGES[useI18n().language];
}
