import type { MeetingPlaceCollection } from "../data/schema";
import type { DisplayPlaceCollection } from "./layers";

/**
 * Moves each place to its display position [displayLon, displayLat] so places sharing a locality sit on a
 * small ring and stay clickable. The true point stays in the data; only the drawn geometry changes.
 */
export function toDisplayCollection(places: MeetingPlaceCollection): DisplayPlaceCollection {
  return {
    type: "FeatureCollection",
    features: places.features.map((feature) => ({
      type: "Feature",
      properties: feature.properties,
      geometry: {
        type: "Point",
        coordinates: [feature.properties.displayLon, feature.properties.displayLat],
      },
    })),
  };
}
