// The area within a travel time of some places, computed by the reach worker; components ask this hook,
// never the worker (components → state → worker).
import { useCallback } from "react";
import type { Feature, MultiPolygon } from "geojson";
import type { EnginePlace } from "../worker/reachService";
import { reachClient } from "../worker/reachClient";

/** A stable function that asks the worker for the area within `minutes` of `places` (null: none). */
export function useReachAreaRequest(): (
  places: EnginePlace[],
  minutes: number,
) => Promise<Feature<MultiPolygon> | null> {
  return useCallback((places, minutes) => reachClient().reachArea(places, minutes), []);
}
