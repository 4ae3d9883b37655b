// What the map shows for a finder answer: the origin, the numbered result pins (the numbers the result
// list shows, per kind) and the extent to fit — the origin and the nearest place of each kind shown.
// Pure, so the rule is unit-tested (test/state/finderMap.test.ts); MapController only draws it.
import type { MeetingPlaceProps } from "../data/schema";
import { haversineM } from "../geo/distance";
import type { LonLat } from "../worker/travelTypes";
import { PLACE_KINDS, visibleRanked, type KindResult, type PlaceKind } from "./finder";
import { isPlaceVisible, type LayerToggles } from "./toggles";

export interface FinderPin {
  placeId: string;
  kind: PlaceKind;
  /** 1-based rank within its kind, as in the result list. */
  number: number;
  /** [lon, lat] where the map draws the place (its display position). */
  lonLat: LonLat;
}

export interface FinderMapView {
  /** Changes when the answer changes (another origin or other pins): the map then fits again. */
  key: string;
  origin: LonLat;
  /** What the origin is called ("Orsa", "Din position"), written beside its marker. */
  originLabel: string;
  pins: FinderPin[];
  /**
   * [[west, south], [east, north]] in degrees: the origin, each shown kind's nearest place and the other
   * listed places near enough (NEAR_PIN_M, NEAR_PIN_FACTOR), at least MIN_HALF_SPAN_LAT_DEG around.
   */
  bounds: [[number, number], [number, number]];
  /**
   * Closest zoom to fit at: close up only where several listed places lie near the origin (a city, where
   * the pins would otherwise sit on each other); elsewhere the base map has no roads or localities to
   * show closer, so the view keeps the neighbouring kommuner's names in sight.
   */
  maxZoom: number;
}

export const CITY_MAX_ZOOM = 12;
export const RURAL_MAX_ZOOM = 8.5;
/** Listed places within NEAR_PIN_M of the origin that make an answer a city answer. */
export const CITY_PIN_COUNT = 3;

/**
 * Smallest half-height of the fitted extent, degrees of latitude (≈ 13 km): a city answer whose places
 * are all within a few hundred metres still shows the neighbouring districts' names. The half-width is
 * the same ground distance (divided by cos(latitude)).
 */
export const MIN_HALF_SPAN_LAT_DEG = 0.12;

/**
 * Farther pins join the extent when they are this close (metres, straight line) or within
 * NEAR_PIN_FACTOR × the farthest nearest-of-a-kind: in a city the three listed places are all fitted,
 * while a 90 km third place does not shrink a rural answer to a dot.
 */
export const NEAR_PIN_M = 20_000;
export const NEAR_PIN_FACTOR = 1.5;

/**
 * The map's view of a finder answer. Kinds hidden by the legend get no pins and do not widen the extent;
 * before travel times are ready (results null) or with no reachable place, the extent is the origin alone
 * (padded).
 */
export function finderMapView(
  origin: LonLat,
  originLabel: string,
  results: Record<PlaceKind, KindResult> | null,
  expanded: Readonly<Record<PlaceKind, boolean>>,
  toggles: LayerToggles,
): FinderMapView {
  const pins: FinderPin[] = [];
  const extent: LonLat[] = [origin];
  const candidates: LonLat[] = [];
  for (const kind of PLACE_KINDS) {
    if (results === null) break;
    const shown = visibleRanked(results[kind], expanded[kind]).filter(({ place }) =>
      isPlaceVisible(place, toggles),
    );
    shown.forEach(({ place }, index) => {
      pins.push({ placeId: place.id, kind, number: index + 1, lonLat: displayLonLat(place) });
    });
    const nearest = shown[0];
    if (nearest !== undefined) extent.push(displayLonLat(nearest.place));
    for (const { place } of shown.slice(1)) candidates.push(displayLonLat(place));
  }
  const fromOrigin = ([lon, lat]: LonLat) => haversineM(origin[0], origin[1], lon, lat);
  const nearestReach = Math.max(0, ...extent.map(fromOrigin));
  const nearLimit = Math.max(NEAR_PIN_M, NEAR_PIN_FACTOR * nearestReach);
  for (const lonLat of candidates) if (fromOrigin(lonLat) <= nearLimit) extent.push(lonLat);
  const nearPins = pins.filter((pin) => fromOrigin(pin.lonLat) <= NEAR_PIN_M).length;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of extent) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const minHalfLon = MIN_HALF_SPAN_LAT_DEG / Math.cos((origin[1] * Math.PI) / 180);
  const padLon = Math.max(0, minHalfLon - (east - west) / 2);
  const padLat = Math.max(0, MIN_HALF_SPAN_LAT_DEG - (north - south) / 2);
  const key = `${origin[0].toFixed(5)},${origin[1].toFixed(5)}|${originLabel}|${pins.map((p) => p.placeId).join(",")}`;
  return {
    key,
    origin,
    originLabel,
    pins,
    maxZoom: nearPins >= CITY_PIN_COUNT ? CITY_MAX_ZOOM : RURAL_MAX_ZOOM,
    bounds: [
      [west - padLon, south - padLat],
      [east + padLon, north + padLat],
    ],
  };
}

function displayLonLat(place: MeetingPlaceProps): LonLat {
  return [place.displayLon, place.displayLat];
}
