// Messages between the UI and the reach worker. Every request carries an id; the reply repeats it.
import type { ReachKey } from "../data/reachScenarios.ts";
import type { ScenarioReach } from "../geo/reachSummary.ts";
import type { Feature, MultiPolygon } from "geojson";
import type { EnginePlace } from "./reachService.ts";
import type { LonLat, PlaceTravel } from "./travelTypes.ts";

export type ReachRequest =
  /** places omitted: the published meeting places (data/meeting-places.geojson). */
  | { id: number; type: "travelFrom"; origin: LonLat; places?: EnginePlace[] }
  | { id: number; type: "scenario"; key: ReachKey; places: EnginePlace[] }
  | { id: number; type: "reachArea"; places: EnginePlace[]; minutes: number };

export type ReachReply =
  | { id: number; type: "travelFrom"; accessKm: number; travel: PlaceTravel[] }
  /** mode: "incremental" when the reply was updated from the previous request of the same key. */
  | { id: number; type: "scenario"; reach: ScenarioReach; ms: number; mode?: "incremental" | "full" }
  | { id: number; type: "reachArea"; area: Feature<MultiPolygon> | null }
  | { id: number; type: "error"; reason: string };
