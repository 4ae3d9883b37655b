// Domain types shared by the build pipeline (scripts/), the app (src/) and tests.
// The generated files in public/data/ follow these types exactly; README.md documents them.
import type { TransitReachStats, TransitSummary } from "../geo/transit/types.ts";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";

/** The three ways to meet Arbetsförmedlingen in person (report 004, section 4.5). */
export type MeetingKind = "spontaneous" | "booked" | "provider";

/** Form of presence as the report's appendices name it. */
export type MeetingForm =
  | "servicekontor" // Bilaga 1: statligt servicekontor (SSC), spontaneous visits
  | "fast_bemannat" // Bilaga 2: Arbetsförmedlingskontor, "Fast bemannat kontor"
  | "reser_till" // Bilaga 2: Arbetsförmedlingskontor, "Kontor vi reser till"
  | "samarbetslosning"; // Bilaga 2: Samarbetslösning with kommun and/or SSC

/**
 * current: in place per the report (including servicekontor the report counts among its 120).
 * planned: Bilaga 1 "Planerat 2022 - 2023".
 * pending: Bilaga 2 "Lösning klar senare i år" (not yet formalised, counted by the report).
 */
export type MeetingStatus = "current" | "planned" | "pending";

/** How precisely a point is known. No office address exists in the shared data. */
export type PositionPrecision = "address" | "locality" | "kommun_seat";

export type SourceTable = "bilaga1" | "bilaga2";

export interface MeetingPlaceProps {
  /** Stable id, used in URLs, e.g. "sk-0180-kista" or "af-2361-sveg". */
  id: string;
  kind: MeetingKind;
  form: MeetingForm;
  status: MeetingStatus;
  kommunKod: string;
  kommunNamn: string;
  lanKod: string;
  faKod: string;
  /** Locality the report names ("Sveg", "Kista"), or null when the report names only the kommun. */
  locality: string | null;
  /** Swedish display label, e.g. "Servicekontor Kista". */
  label: string;
  /** The report's comment column verbatim; null where the report has "-". */
  comment: string | null;
  precision: PositionPrecision;
  /** Named dataset and record the point comes from, e.g. "GeoNames cities500 #2673730". */
  positionSource: string;
  /** Caveat about the position, shown to users; null when there is none. */
  positionNote: string | null;
  /** Where the row stands in the report: "004 Bilaga 1, rad 57". */
  sourceRef: string;
  sourceTable: SourceTable;
  /** 1-based data row within the transcribed table (data/bilaga*.csv, header excluded). */
  sourceRow: number;
  /**
   * Position to draw at, [lon, lat]. Equal to the geometry unless several places share one point;
   * then they are spread on a small ring (DISPLAY_RING_RADIUS_M) so each stays clickable.
   */
  displayLon: number;
  displayLat: number;
}

export type MeetingPlaceFeature = Feature<Point, MeetingPlaceProps>;
export type MeetingPlaceCollection = FeatureCollection<Point, MeetingPlaceProps>;

export interface Presence {
  /** At least one current servicekontor in the kommun. */
  spontaneous: boolean;
  /** At least one servicekontor planned for 2022–2023 in the kommun. */
  spontaneousPlanned: boolean;
  /** At least one booked-meeting place (office or samarbetslösning, current or pending). */
  booked: boolean;
}

export interface PlaceCounts {
  servicekontorCurrent: number;
  servicekontorPlanned: number;
  fastBemannat: number;
  reserTill: number;
  samarbetslosning: number;
  /** Of the booked places, how many are "Lösning klar senare i år". */
  bookedPending: number;
}

/** What the shared tables say about a kommun (admin/kommuner.csv). */
export interface KommunFacts {
  kod: string;
  namn: string;
  lanKod: string;
  lanNamn: string;
  faKod: string;
  faNamn: string;
  befolkning: number;
  befolkningAr: number;
  skrGrupp: string;
  skrGruppKod: string;
}

export interface KommunProps extends KommunFacts {
  /** One of the 20 glesbygdskommuner of footnote 54. */
  glesbygd: boolean;
  /** SKR 2017 group C8 or C9 (footnote 55). */
  landsbygd: boolean;
  presence: Presence;
  placeCounts: PlaceCounts;
  /** Where to write the name, [lon, lat], inside the kommun's largest part (src/geo/labelPoint.ts). */
  labelLon: number;
  labelLat: number;
}

export type AreaGeometry = Polygon | MultiPolygon;
export type KommunCollection = FeatureCollection<AreaGeometry, KommunProps>;

export interface RegionProps {
  kod: string;
  namn: string;
  befolkning: number;
  kommunCount: number;
  /** Area in km² of the dissolved polygon (Turf geodesic area). */
  areaKm2: number;
  /** Where to write the name, [lon, lat], inside the region's largest part. */
  labelLon: number;
  labelLat: number;
}
export type RegionCollection = FeatureCollection<AreaGeometry, RegionProps>;

export interface SummaryCounts {
  kommuner: number;
  faRegioner: number;
  lan: number;
  servicekontor: { current: number; planned: number };
  kommunerWithServicekontor: { current: number; includingPlanned: number };
  afKontor: { fastBemannat: number; reserTill: number };
  samarbetslosningar: number;
  kommunerWithBookedPresence: number;
  kommunerWithoutBookedPresence: number;
  glesbygdskommunerWithBookedPresence: number;
  landsbygdskommunerWithBookedPresence: number;
}

/** A figure the report's text states, with where it says it. */
export interface StatedFigure {
  value: number;
  where: string;
  quote: string;
}

export type ReportStates = {
  [K in keyof SummaryCounts]?: SummaryCounts[K] extends number
    ? StatedFigure
    : { [P in keyof SummaryCounts[K]]?: StatedFigure };
};

/** The prose of a discrepancy, in one language. */
export interface DiscrepancyText {
  what: string;
  reportSays: string;
  tablesSay: string;
  resolution: string;
  evidence: string;
}

/** Top-level fields in English (the contract's language); the same text in Swedish under `sv`. */
export interface Discrepancy extends DiscrepancyText {
  id: string;
  sv: DiscrepancyText;
}

export interface AppliedCorrection {
  id: string;
  table: string;
  row: number;
  field: string;
  reportValue: string;
  correctedValue: string;
  reason: string;
  evidence: string;
  /** Reason and evidence in Swedish. */
  sv: { reason: string; evidence: string };
}

/** Coverage thresholds in minutes, as keys of popWithin/shareWithin. */
export type WithinKey = "10" | "20" | "30" | "45" | "60";

/** The nearest place of a kind from a point (a kommun seat), by estimated car time. */
export interface NearestPlace {
  placeId: string;
  kommunKod: string;
  minutes: number;
  km: number;
}

/**
 * Estimated car travel from where people live (census 2021 1 km cells) to the nearest place of one kind,
 * population-weighted over the area. Minutes; null where no cell of the area reaches a place by road.
 */
export interface ReachStats {
  /** Census 2021 grid population of the area (not the 2024 kommun figure). */
  population: number;
  /** People in cells with no road connection to any place of this kind (e.g. Gotland for a kind absent there). */
  unreachablePopulation: number;
  /** Places of this kind inside the area. */
  places: number;
  meanMin: number | null;
  medianMin: number | null;
  p90Min: number | null;
  maxMin: number | null;
  popWithin: Record<WithinKey, number>;
  /** popWithin / population, 0..1. */
  shareWithin: Record<WithinKey, number>;
  /** Kommuner only: the nearest place from the kommun seat (GeoNames), null if none is reachable. */
  fromSeat?: NearestPlace | null;
  /**
   * Kommuner of the GTFS feed's area only (summary.transit.kommunKoder), kinds booked and spontaneous only:
   * door-to-door public-transport figures (issue 12, src/geo/transit/README.md).
   */
  transit?: TransitReachStats;
}

/** Per scenario (ReachKey in reachScenarios.ts); provider only when provider points exist. */
export type Reach = Partial<
  Record<"spontaneous" | "spontaneousIncludingPlanned" | "booked" | "provider", ReachStats>
>;

export interface RegionReach {
  kod: string;
  namn: string;
  befolkning: number;
  reach: Reach;
}

/** How the travel times were made: assumptions, network and model check (for "Om beräkningen"). */
export interface ReachModelInfo {
  assumptions: { name: string; value: number; unit: string }[];
  network: {
    nodes: number;
    edges: number;
    mainComponentKm: number;
    components: number;
    gapsBridged: { from: [number, number]; to: [number, number]; distanceM: number }[];
    danglingJoined: number;
    /** Crossings of two roads' lines split into a shared node (CROSSING_SPLIT_M). */
    crossingsSplit: number;
    /** Near-misses of two numbered roads joined (NEAR_MISS_JOIN_M). */
    nearMissesJoined: number;
    skeletonLinks: number;
    /** Skeleton links split at a kommun seat they pass (SKELETON_PASS_FACTOR). */
    skeletonLinksSplit: number;
    /** Roads joined to the kommun seat their list names as an end (NAMED_END_GAP_M); also in gapsBridged. */
    namedEndsJoined: number;
  };
  /**
   * The detour audit: kommun seat → nearest place of each kind, and seat → seat of every pair of touching
   * kommuner; every route whose road km exceed ratioLimit × the straight line is a suspected gap.
   */
  detourAudit: {
    ratioLimit: number;
    /** Pairs audited. */
    pairs: number;
    /** Worst ratio first. */
    suspectedGaps: SuspectedGap[];
  };
  cells: { count: number; population: number; outsideKommunPolygons: number };
  /** Population by the straight-line length of its access leg to the network. */
  accessLegs: { withinKm: number; population: number }[];
  modelCheck: ModelCheck;
}

export interface SuspectedGap {
  /** A kommun name (its seat) or a meeting place's label. */
  from: string;
  to: string;
  roadKm: number;
  straightKm: number;
  /** roadKm / straightKm, 2 decimals. */
  ratio: number;
  /** Road numbers of the model's route, each once in driving order ("E45", "62"; "E-road skeleton" for skeleton links). */
  roads: string[];
}

export interface ModelCheck {
  /** OSM-only graph (no skeleton) vs the skeleton's real road km on the same node pairs. */
  skeletonLinks: { pairs: number; ratioP10: number; ratioMedian: number; ratioP90: number; worst: string[] };
  cityPairs: {
    from: string;
    to: string;
    modelMinutes: number;
    modelKm: number;
    referenceKm: number | null;
  }[];
}

export interface SummaryKommun {
  kod: string;
  namn: string;
  lanKod: string;
  faKod: string;
  befolkning: number;
  glesbygd: boolean;
  landsbygd: boolean;
  presence: Presence;
  /** The GeoNames kommun seat the reach "fromSeat" figures start from. */
  seat: { name: string; lon: number; lat: number };
  reach: Reach;
}

export interface ContractedService {
  code: string;
  name: string;
  description: string;
  kommunCount: number;
  approvedAddresses: number;
  asOf: string;
  sourceRef: string;
}

export interface DistanceService {
  id: string;
  channel: "phone" | "digital";
  audience: string;
  labelSv: string;
  labelEn: string;
  value: string;
  sourceRef: string;
}

/** What buildData() produces; the reach step (reachPipeline.ts) adds the rest of Summary. */
export type BaseSummary = Omit<Summary, "kommuner" | "faRegioner" | "lan" | "sverige" | "reachModel"> & {
  kommuner: Omit<SummaryKommun, "reach" | "seat">[];
};

export interface Summary {
  reportDate: string;
  reportTitle: string;
  reportDiarienummer: string;
  generatedFrom: { dataDir: string; kommunerPopulationYear: number };
  counts: SummaryCounts;
  reportStates: ReportStates;
  discrepancies: Discrepancy[];
  corrections: AppliedCorrection[];
  /** Places whose point falls outside their kommun polygon, with the distance in metres. */
  positionExceptions: { placeId: string; kommunKod: string; distanceM: number }[];
  contractedServices: ContractedService[];
  distanceServices: DistanceService[];
  kommuner: SummaryKommun[];
  faRegioner: RegionReach[];
  lan: RegionReach[];
  sverige: { befolkning: number; reach: Reach };
  reachModel: ReachModelInfo;
  /** Public transport from the GTFS feed (scripts/build-transit.ts); absent until that step has run. */
  transit?: TransitSummary;
}
