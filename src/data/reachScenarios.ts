// Which meeting places count for each reach scenario. Shared by the build (summary.json) and the what-if
// worker so both select exactly the same places.
import type { MeetingKind, MeetingPlaceCollection, MeetingStatus } from "./schema.ts";

export const REACH_KEYS = ["spontaneous", "spontaneousIncludingPlanned", "booked", "provider"] as const;
export type ReachKey = (typeof REACH_KEYS)[number];

/** The two fields a scenario looks at. */
export interface ScenarioPlace {
  kind: MeetingKind;
  status: MeetingStatus;
}

/**
 * spontaneous: servicekontor open in 2021; spontaneousIncludingPlanned: also those planned for 2022–2023;
 * booked: offices and samarbetslösningar, current or "Lösning klar senare i år" (as the report counts
 * them); provider: contracted providers, whenever the data has points for them (Bilaga 3 has none).
 */
export function inScenario(key: ReachKey, place: ScenarioPlace): boolean {
  switch (key) {
    case "spontaneous":
      return place.kind === "spontaneous" && place.status === "current";
    case "spontaneousIncludingPlanned":
      return place.kind === "spontaneous" && (place.status === "current" || place.status === "planned");
    case "booked":
      return place.kind === "booked" && (place.status === "current" || place.status === "pending");
    case "provider":
      return place.kind === "provider";
  }
}

/** A place as the reach engine takes it: id, true point (not the display point), kommun, kind, status. */
export interface EnginePlace extends ScenarioPlace {
  id: string;
  lon: number;
  lat: number;
  kommunKod: string;
}

export function placedPlaces(collection: MeetingPlaceCollection): EnginePlace[] {
  return collection.features.map((f) => ({
    id: f.properties.id,
    lon: f.geometry.coordinates[0]!,
    lat: f.geometry.coordinates[1]!,
    kommunKod: f.properties.kommunKod,
    kind: f.properties.kind,
    status: f.properties.status,
  }));
}
