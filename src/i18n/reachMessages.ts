// Strings of the road model shown outside the planner: the reach area control and "Om beräkningen",
// kept apart from messages.ts so the finder and these panels can grow without editing one shared file.
import type { ReachKey } from "../data/reachScenarios";
import { useI18n } from "./I18nProvider";
import type { Language } from "./language";

export interface ReachMessages {
  estimateNote: string;
  scenarios: Record<Exclude<ReachKey, "provider">, string>;
  percent: (value: string) => string;
  area: {
    label: string;
    fromLabel: string;
    fromSelected: (place: string) => string;
    noSelection: string;
    minutesLabel: string;
    show: string;
    hide: string;
    computing: string;
    none: string;
    shown: (place: string, minutes: number) => string;
    error: (reason: string) => string;
  };
  method: {
    title: string;
    intro: string[];
    assumptionsTitle: string;
    assumptionNote: string;
    assumptions: Record<string, string>;
    networkTitle: string;
    network: (nodes: string, km: string, gaps: number, joined: number, components: number) => string;
    cells: (count: string, population: string, outside: number) => string;
    accessTitle: string;
    access: (withinKm: number, share: string) => string;
    checkTitle: string;
    checkSkeleton: (pairs: number, p10: string, median: string, p90: string) => string;
    checkCities: string;
    cityColumns: { pair: string; minutes: string; km: string; reference: string };
    noReference: string;
    limitsTitle: string;
    limits: string[];
    creditsTitle: string;
    credits: string[];
  };
}

const sv: ReachMessages = {
  estimateNote:
    "Restiderna är modellberäknade uppskattningar utan köer, färjor eller vinterväglag. Se ”Om beräkningen” för antagandena.",
  scenarios: {
    booked: "Bokade möten (kontor och samarbetslösningar)",
    spontaneous: "Spontanbesök (servicekontor 2021)",
    spontaneousIncludingPlanned: "Spontanbesök, inklusive planerade servicekontor 2022–2023",
  },
  // A no-break space: "96,3 %" must not wrap between the number and its sign.
  percent: (value) => `${value}\u00a0%`,
  area: {
    label: "Område inom restid",
    fromLabel: "Från",
    fromSelected: (place) => `Vald plats: ${place}`,
    noSelection: "Vald plats (välj en plats på kartan eller i listan)",
    minutesLabel: "Minuter med bil",
    show: "Visa området på kartan",
    hide: "Dölj området",
    computing: "Räknar ut området …",
    none: "Inget område kunde räknas ut.",
    shown: (place, minutes) => `Kartan visar i grönt området inom ${minutes} minuter med bil från ${place}.`,
    error: (reason) => `Beräkningen misslyckades: ${reason}`,
  },
  method: {
    title: "Om beräkningen",
    intro: [
      "Restiden är en uppskattning med bil, utan köer. Vägnätet är OpenStreetMaps numrerade vägar (E-vägar, riksvägar och primära länsvägar). Glapp i linjerna fylls med Europavägsnätets verkliga väglängder (ETISplus). Mindre vägar saknas i underlaget.",
      "Från varje bebodd ruta på 1 km och från varje mötesplats räknas en anslutning till närmaste väg: fågelvägen gånger en omvägsfaktor, i en lägre hastighet. Ligger platsen nära kan hela resan räknas så. Sedan söks den snabbaste vägen till närmaste plats av varje slag, för alla rutor på en gång.",
      "Mötesplatserna ligger på orten eller i centralorten, inte på en adress. Befolkningen är folkräkningen 2021. Siffrorna för en kommun bygger på de rutor vars mittpunkt ligger i kommunen.",
    ],
    assumptionsTitle: "Antaganden",
    assumptionNote: "Alla värden nedan är antaganden, inte mätningar.",
    assumptions: {
      "ROAD_SPEED_KMH.motorway": "Hastighet på E-vägar",
      "ROAD_SPEED_KMH.riksvag": "Hastighet på riksvägar",
      "ROAD_SPEED_KMH.lansvag": "Hastighet på primära länsvägar",
      SKELETON_SPEED_KMH: "Hastighet på Europavägsnätets länkar som fyller glapp",
      ACCESS_SPEED_KMH: "Hastighet till och från närmaste väg",
      ACCESS_CIRCUITY: "Omvägsfaktor till och från vägen (väglängd genom fågelväg)",
      DIRECT_MAX_KM: "Största fågelväg för en direkt resa på mindre vägar",
      SNAP_TOLERANCE_M: "Punkter närmare än så blir en korsning",
      DANGLE_JOIN_M: "En väg som slutar så nära en annan kopplas ihop med den",
      SKELETON_SNAP_MAX_M: "Största avstånd för att koppla Europavägsnätet till en väg",
      GAP_BRIDGE_M: "Största glapp som fylls mellan längre vägdelar",
      SHORT_GAP_BRIDGE_M: "Största glapp som fylls mellan delar av samma väg eller kortare vägdelar",
      SAME_ROAD_DETOUR_FACTOR:
        "Glapp i samma väg fylls bara om vägnätet annars kräver en omväg längre än så här många gånger fågelvägen",
      JOIN_AT_END_M: "En väg som möter en annan så nära en korsning kopplas till korsningen",
      GAP_BRIDGE_SPEED_KMH: "Hastighet över ett fyllt glapp",
      MIN_COMPONENT_KM: "Kortaste sammanhängande vägnät som tar emot anslutningar",
    },
    networkTitle: "Vägnätet",
    network: (nodes, km, gaps, joined, components) =>
      `${nodes} noder, ${km} km i det största sammanhängande nätet, ${gaps} glapp fyllda, ${joined} vägslut anslutna, ${components} sammanhängande delar (fastlandet och Gotland).`,
    cells: (count, population, outside) =>
      `${count} bebodda rutor med ${population} invånare; ${outside} rutor låg utanför kommungränserna och räknas till närmaste kommun.`,
    accessTitle: "Anslutning till vägnätet",
    access: (withinKm, share) => `${share} av befolkningen bor högst ${withinKm} km fågelväg från vägnätet.`,
    checkTitle: "Kontroll av modellen",
    checkSkeleton: (pairs, p10, median, p90) =>
      `OpenStreetMap-vägarna ensamma jämfört med Europavägsnätets verkliga väglängder mellan ${pairs} par av noder: kvoten modell/verklighet är ${median} i median (10:e percentil ${p10}, 90:e ${p90}). Höga kvoter visar var numrerade vägar saknas i underlaget.`,
    checkCities:
      "Städer genom hela modellen. Jämförelsen är Europavägsnätets kortaste väglängd; någon restid att jämföra med finns inte i underlaget.",
    cityColumns: {
      pair: "Sträcka",
      minutes: "Modell, min",
      km: "Modell, km",
      reference: "Europavägsnätet, km",
    },
    noReference: "saknas",
    limitsTitle: "Begränsningar",
    limits: [
      "Bara numrerade vägar: resor som i verkligheten går på mindre vägar kan bli längre eller kortare i modellen.",
      "Inga köer, ingen trafik och inget vinterväglag.",
      "Inga färjor: Gotland räknas för sig. Öar utan fast förbindelse nås i modellen som om det fanns en väg.",
      "E18 saknas i OpenStreetMap-underlaget; Europavägsnätet fyller den sträckan.",
      "Kollektivtrafik ingår inte.",
      "Mötesplatsernas lägen är ungefärliga (ort eller centralort).",
    ],
    creditsTitle: "Källor",
    credits: [
      "Vägar: © OpenStreetMaps bidragsgivare (ODbL), via GITZMBE/Geo-quizzes.",
      "Europavägsnätet: Speth m.fl. 2022 (ETISplus), CC BY 4.0, via imp-act.",
      "Befolkning: Eurostat, folkräkningen 2021, rutnät 1 km (svenska uppgifter från SCB).",
      "Centralorter: GeoNames (CC BY 4.0).",
    ],
  },
};

const en: ReachMessages = {
  estimateNote:
    "Travel times are model estimates without congestion, ferries or winter conditions. See “About the calculation” for the assumptions.",
  scenarios: {
    booked: "Booked meetings (offices and partnership sites)",
    spontaneous: "Drop-in visits (service offices 2021)",
    spontaneousIncludingPlanned: "Drop-in visits, including service offices planned for 2022–2023",
  },
  percent: (value) => `${value}%`,
  area: {
    label: "Area within travel time",
    fromLabel: "From",
    fromSelected: (place) => `Selected place: ${place}`,
    noSelection: "Selected place (choose one on the map or in the list)",
    minutesLabel: "Minutes by car",
    show: "Show the area on the map",
    hide: "Hide the area",
    computing: "Computing the area …",
    none: "No area could be computed.",
    shown: (place, minutes) =>
      `The map shows in green the area within ${minutes} minutes by car of ${place}.`,
    error: (reason) => `The computation failed: ${reason}`,
  },
  method: {
    title: "About the calculation",
    intro: [
      "Travel time is an estimate by car, without congestion. The road network is OpenStreetMap's numbered roads (E-roads, national roads and primary county roads). Gaps in the lines are filled with the European road network's real road lengths (ETISplus). Smaller roads are missing from the data.",
      "From every inhabited 1 km cell and every meeting place a connection to the nearest road is estimated: the straight-line distance times a detour factor, at a lower speed. If the place is close, the whole trip may be counted that way. Then the fastest route to the nearest place of each kind is found for all cells at once.",
      "Meeting places are at the locality or main town, not at an address. Population is the 2021 census. A municipality's figures are based on the cells whose centre lies in it.",
    ],
    assumptionsTitle: "Assumptions",
    assumptionNote: "All values below are assumptions, not measurements.",
    assumptions: {
      "ROAD_SPEED_KMH.motorway": "Speed on E-roads",
      "ROAD_SPEED_KMH.riksvag": "Speed on national roads (riksväg)",
      "ROAD_SPEED_KMH.lansvag": "Speed on primary county roads (länsväg)",
      SKELETON_SPEED_KMH: "Speed on the European road links that fill gaps",
      ACCESS_SPEED_KMH: "Speed to and from the nearest road",
      ACCESS_CIRCUITY: "Detour factor to and from the road (road length over straight line)",
      DIRECT_MAX_KM: "Longest straight line for a direct trip on smaller roads",
      SNAP_TOLERANCE_M: "Points closer than this become one junction",
      DANGLE_JOIN_M: "A road ending this close to another is joined to it",
      SKELETON_SNAP_MAX_M: "Longest distance to attach the European network to a road",
      GAP_BRIDGE_M: "Longest gap filled between longer road parts",
      SHORT_GAP_BRIDGE_M: "Longest gap filled between parts of the same road or shorter parts",
      SAME_ROAD_DETOUR_FACTOR:
        "A gap in one road is filled only if the network would otherwise need a detour longer than this many times the straight line",
      JOIN_AT_END_M: "A road meeting another this close to a junction is joined to the junction",
      GAP_BRIDGE_SPEED_KMH: "Speed across a filled gap",
      MIN_COMPONENT_KM: "Shortest connected network that takes connections",
    },
    networkTitle: "The road network",
    network: (nodes, km, gaps, joined, components) =>
      `${nodes} nodes, ${km} km in the largest connected network, ${gaps} gaps filled, ${joined} road ends joined, ${components} connected parts (mainland and Gotland).`,
    cells: (count, population, outside) =>
      `${count} inhabited cells with ${population} people; ${outside} cells lay outside the municipal boundaries and count for the nearest municipality.`,
    accessTitle: "Connection to the road network",
    access: (withinKm, share) =>
      `${share} of the population live at most ${withinKm} km in a straight line from the network.`,
    checkTitle: "Checking the model",
    checkSkeleton: (pairs, p10, median, p90) =>
      `OpenStreetMap roads alone compared with the European network's real road lengths between ${pairs} pairs of nodes: the ratio model/real is ${median} at the median (10th percentile ${p10}, 90th ${p90}). High ratios show where numbered roads are missing from the data.`,
    checkCities:
      "Cities through the whole model. The comparison is the European network's shortest road length; the data has no travel time to compare with.",
    cityColumns: { pair: "Route", minutes: "Model, min", km: "Model, km", reference: "European network, km" },
    noReference: "none",
    limitsTitle: "Limitations",
    limits: [
      "Numbered roads only: trips that really use smaller roads can be longer or shorter in the model.",
      "No congestion, no traffic and no winter conditions.",
      "No ferries: Gotland is computed on its own. Islands without a fixed link are reached in the model as if there were a road.",
      "E18 is missing from the OpenStreetMap data; the European network fills that stretch.",
      "Public transport is not included.",
      "Meeting place positions are approximate (locality or main town).",
    ],
    creditsTitle: "Sources",
    credits: [
      "Roads: © OpenStreetMap contributors (ODbL), via GITZMBE/Geo-quizzes.",
      "European road network: Speth et al. 2022 (ETISplus), CC BY 4.0, via imp-act.",
      "Population: Eurostat, Census 2021 1 km grid (Swedish data from SCB).",
      "Main towns: GeoNames (CC BY 4.0).",
    ],
  },
};

export const REACH_MESSAGES: Record<Language, ReachMessages> = { sv, en };

export function useReachMessages(): ReachMessages {
  return REACH_MESSAGES[useI18n().language];
}
