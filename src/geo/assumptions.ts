// Every assumption of the car travel-time model, in one place. None of these is measured: they are the
// model's stated guesses (shared/data/roads/SOURCES.md, "Recommended use"), shown to users under
// "Om beräkningen" and listed in the README's method note. Units are in the names.

/** Free-flow car speed per OSM road class of swedish_roads.json (`roadType`), km/h. */
export const ROAD_SPEED_KMH = {
  /** Every E-road is tagged `motorway` in the source, motorway or not. */
  motorway: 100,
  /** Riksväg 1–99. */
  riksvag: 80,
  /** Primary länsväg 100–499. */
  lansvag: 70,
} as const;

export type RoadClass = keyof typeof ROAD_SPEED_KMH;

/** Speed on the E-road skeleton links (imp-act / ETISplus) that bridge gaps in the OSM lines, km/h. */
export const SKELETON_SPEED_KMH = 100;

/** Vertices of the OSM lines closer than this are one graph node (nodes crossings, merges carriageways), m. */
export const SNAP_TOLERANCE_M = 400;

/** A line end within this distance of another road is joined to it (T-junctions the lines miss), m. */
export const DANGLE_JOIN_M = 1_000;

/** A line end that meets another road this close to one of its nodes is joined to that node, m. */
export const JOIN_AT_END_M = 50;

/**
 * Same-road gaps: a line end is joined to a node of the same road number only if the network does not
 * already reach it within this factor × their straight-line distance (else the road already runs there).
 */
export const SAME_ROAD_DETOUR_FACTOR = 3;

/**
 * Crossings: where the lines of two roads cross between their vertices, both are split there into one
 * shared node; a crossing closer than this to an edge's end uses that end instead, m.
 */
export const CROSSING_SPLIT_M = 50;

/**
 * Near-misses: two nodes of different numbered roads closer than this are joined by a connector at access
 * speed (riksväg 62 × E45 at Stöllet: nearest vertices 0.43 km apart), m.
 */
export const NEAR_MISS_JOIN_M = 1_000;

/** …unless the network already links the two nodes within this factor × their straight-line distance. */
export const NEAR_MISS_DETOUR_FACTOR = 3;

/**
 * A skeleton link is split at every kommun seat's network node whose straight-line detour (end → seat →
 * end) is at most this factor × the link's straight line: the link passes through that town (Umeå → Töre
 * through Luleå), its road km shared between the pieces in proportion.
 */
export const SKELETON_PASS_FACTOR = 1.02;

/**
 * Multi-node attachment: a point (cell, seat, place, origin) takes an access leg to its nearest node and
 * also to the nearest node of every other road within this extra distance beyond the nearest one, each leg
 * at access speed, so a town on the dead end of one numbered road also reaches the trunk road beside it, m.
 */
export const ATTACH_EXTRA_M = 3_000;

/**
 * Named road ends: a road whose list (Swedish Wikipedia, in the OSM file) names a kommun seat as its end
 * but whose line stops short of it is joined to the seat's nearest network node when the road comes
 * within this distance of the seat (länsväg 395 stops 16 km west of Pajala), m.
 */
export const NAMED_END_GAP_M = 20_000;

/** A skeleton node is attached to the nearest OSM node within this distance, else it stays its own node, m. */
export const SKELETON_SNAP_MAX_M = 5_000;

/**
 * Road components shorter than this (fragments the snapping could not join) take no access legs: a cell
 * next to one uses the next component instead, so no one is stranded on a 3 km stub, km.
 */
export const MIN_COMPONENT_KM = 10;

/**
 * Gaps in the mapped lines between two road components each at least MIN_COMPONENT_KM long, up to this
 * straight-line length, are bridged: stretches missing from the OSM extract (Ölandsbron), listed in the
 * build output and summary.reachModel. Gotland (94 km of sea) is never bridged, m.
 */
export const GAP_BRIDGE_M = 12_000;

/**
 * Gaps up to this length are bridged between any two components, however short: the breaks of a road
 * mapped in pieces (riksväg 99 north of Övertorneå). A short island road farther out (Öckerö, 10.8 km)
 * stays unbridged, m.
 */
export const SHORT_GAP_BRIDGE_M = 7_000;

/** Speed over a bridged gap (its length is straight line × ACCESS_CIRCUITY), km/h: a länsväg's. */
export const GAP_BRIDGE_SPEED_KMH = 70;

/** Access and egress legs (home → road network, road network → office): speed on local roads, km/h. */
export const ACCESS_SPEED_KMH = 45;

/** Access legs: road distance = straight-line distance × this circuity factor. */
export const ACCESS_CIRCUITY = 1.3;

/**
 * A cell may also reach a place directly on local roads (straight line × circuity at access speed) when
 * the place is at most this far in a straight line, so a village office is not reached via a distant
 * numbered road, km.
 */
export const DIRECT_MAX_KM = 25;

/**
 * Detour audit: a route whose road km exceed this factor × the straight line is listed as a suspected gap
 * in the road data (summary.reachModel.detourAudit) and its finder result carries a caveat. Not a speed
 * or distance of the model but the threshold of its self-check, ×.
 */
export const DETOUR_AUDIT_RATIO = 1.8;

/** The thresholds the coverage is reported at, minutes. */
export const WITHIN_MINUTES = [10, 20, 30, 45, 60] as const;

/** Road km of an access leg `straightM` metres long in a straight line. */
export function accessRoadKm(straightM: number): number {
  return (straightM / 1000) * ACCESS_CIRCUITY;
}

/** Minutes for an access leg of `roadKm` road kilometres (see accessRoadKm). */
export function accessMinutes(roadKm: number): number {
  return (roadKm / ACCESS_SPEED_KMH) * 60;
}

// Public transport (issue 12, src/geo/transit/): the named assumptions of the timetable search.

/** Walking speed on every walking leg of a public-transport journey, km/h. */
export const TRANSIT_WALK_KMH = 4.8;

/** Walked distance = straight line × this factor (the feed has no street network), ×: the car access factor. */
export const TRANSIT_WALK_CIRCUITY = ACCESS_CIRCUITY;

/** Longest walk from home to the first stop, from the last stop to the place, or straight to the place, m walked. */
export const TRANSIT_MAX_ACCESS_M = 1_500;

/** Longest walk between two stops when changing vehicles, m walked (transfers.txt pairs are added). */
export const TRANSIT_MAX_TRANSFER_M = 500;

/** Most changes between vehicles on one journey (4 rides). */
export const TRANSIT_MAX_TRANSFERS = 3;

/** A journey longer than this, door to door from the departure minute, is "no connection", min. */
export const TRANSIT_MAX_TRIP_MIN = 120;

/** Departure window: every minute from 07:00 to 09:00 (both included), minutes after midnight. */
export const TRANSIT_WINDOW_FROM_MIN = 7 * 60;
export const TRANSIT_WINDOW_TO_MIN = 9 * 60;

/** route_type 1501 (communal taxi, "närtrafik"): runs only when booked in advance, so left out by default. */
export const TRANSIT_EXCLUDED_ROUTE_TYPES = [1501] as const;
