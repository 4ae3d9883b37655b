// The transit engine's places and seats from the build's own outputs (meeting-places.geojson and
// summary.json), so the build and a browser worker start from the same points.
import type { TransitPlace } from "../../geo/transit/types.ts";
import { TRANSIT_KINDS } from "../../geo/transit/types.ts";
import { inScenario, placedPlaces } from "../reachScenarios.ts";
import type { MeetingPlaceCollection } from "../schema.ts";

/** The places of the booked and spontaneous reach scenarios (a place may count for both). */
export function transitPlaces(collection: MeetingPlaceCollection): TransitPlace[] {
  return placedPlaces(collection).flatMap((p) =>
    TRANSIT_KINDS.filter((kind) => inScenario(kind, p)).map((kind) => ({
      id: p.id,
      lon: p.lon,
      lat: p.lat,
      kind,
    })),
  );
}
