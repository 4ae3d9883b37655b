// What the legend switches on and off. One predicate serves both the list and (as an expression built
// from the same toggles in map/layers.ts) the map, so the two views always show the same places.
import type { MeetingPlaceFeature, MeetingPlaceProps } from "../data/schema";

export interface LayerToggles {
  spontaneous: boolean;
  booked: boolean;
  /** Servicekontor planned for 2022–2023 (Bilaga 1); they exist only for the spontaneous kind. */
  showPlanned: boolean;
  /** Map-only overlay: FA-region borders. */
  faRegions: boolean;
}

export const DEFAULT_TOGGLES: LayerToggles = {
  spontaneous: true,
  booked: true,
  showPlanned: true,
  faRegions: false,
};

export function isPlaceVisible(
  place: Pick<MeetingPlaceProps, "kind" | "status">,
  toggles: LayerToggles,
): boolean {
  if (place.status === "planned" && !toggles.showPlanned) return false;
  switch (place.kind) {
    case "spontaneous":
      return toggles.spontaneous;
    case "booked":
      return toggles.booked;
    case "provider":
      // Bilaga 3 has counts only; a provider point would be a pipeline error, so never show one.
      return false;
  }
}

export function filterPlaces(
  places: readonly MeetingPlaceFeature[],
  toggles: LayerToggles,
): MeetingPlaceFeature[] {
  return places.filter((feature) => isPlaceVisible(feature.properties, toggles));
}
