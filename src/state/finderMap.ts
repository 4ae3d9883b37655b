// What the map shows for a finder answer: the origin, the numbered result pins (the numbers the result
// list shows, per kind) and the extent to fit — the origin and the nearest place of each kind shown.
// Pure, so the rule is unit-tested (test/state/finderMap.test.ts); MapController only draws it.
import type { MeetingPlaceProps } from "../data/schema";
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
  /** [[west, south], [east, north]] in degrees: the origin and each shown kind's nearest place. */
  bounds: [[number, number], [number, number]];
}

/** Degrees added around a bounds that would otherwise be a point (origin = nearest place). */
const MIN_HALF_SPAN_DEG = 0.05;

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
  }
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of extent) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const padLon = Math.max(0, MIN_HALF_SPAN_DEG - (east - west) / 2);
  const padLat = Math.max(0, MIN_HALF_SPAN_DEG - (north - south) / 2);
  const key = `${origin[0].toFixed(5)},${origin[1].toFixed(5)}|${originLabel}|${pins.map((p) => p.placeId).join(",")}`;
  return {
    key,
    origin,
    originLabel,
    pins,
    bounds: [
      [west - padLon, south - padLat],
      [east + padLon, north + padLat],
    ],
  };
}

function displayLonLat(place: MeetingPlaceProps): LonLat {
  return [place.displayLon, place.displayLat];
}
