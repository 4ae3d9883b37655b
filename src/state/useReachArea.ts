// The area within N minutes of some places, from the reach worker. Components ask this hook, never the
// worker directly (one-way flow: worker → state → components).
import { useCallback } from "react";
import type { Feature, MultiPolygon } from "geojson";
import type { EnginePlace } from "../data/reachScenarios";
import { reachClient } from "../worker/reachClient";

export function useReachArea(): (
  places: EnginePlace[],
  minutes: number,
) => Promise<Feature<MultiPolygon> | null> {
  return useCallback((places, minutes) => reachClient().reachArea(places, minutes), []);
}
