// The contract between the road engine (geo/, run in a Web Worker) and the UI: travel from one point
// (a searched place, postnummer or the user's position) to every meeting place.
// Units: minutes (estimated car time, no congestion) and road kilometres; coordinates [lon, lat] WGS84.

export type LonLat = [lon: number, lat: number];

export interface PlaceTravel {
  placeId: string;
  /** Estimated car minutes from the origin to the place (access leg + roads + egress leg). */
  minutes: number;
  /** Estimated road kilometres along the same route. */
  km: number;
  /**
   * Present (true) when the route's road km exceed DETOUR_AUDIT_RATIO × the straight line: the road data
   * probably has a gap here and the real trip is likely shorter (the detour audit's per-result test).
   */
  suspectedGap?: true;
}

/** Straight-line km from the origin to the road network beyond which the UI warns the times are uncertain. */
export const FAR_FROM_ROADS_KM = 20;

export interface TravelFromResult {
  origin: LonLat;
  /**
   * Straight-line km from the origin to the nearest node of the road network. Beyond FAR_FROM_ROADS_KM
   * (a position abroad, at sea or deep in the fjäll) the times rest mostly on the access-leg assumption.
   */
  accessKm: number;
  /**
   * One entry per meeting place reachable by road from the origin. A place with no road connection to
   * the origin (another island, e.g. Gotland from the mainland) is absent: the UI says "no road link".
   */
  byPlaceId: ReadonlyMap<string, PlaceTravel>;
}

export type TravelState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; result: TravelFromResult }
  | { status: "error"; reason: string };
