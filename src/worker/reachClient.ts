// Typed promise wrapper around the reach worker. One worker per page, created on first use.
import type { ReachKey } from "../data/reachScenarios.ts";
import type { ScenarioReach } from "../geo/reachSummary.ts";
import type { Feature, MultiPolygon } from "geojson";
import type { ReachReply, ReachRequest } from "./messages.ts";
import type { EnginePlace } from "./reachService.ts";
import type { LonLat, PlaceTravel } from "./travelTypes.ts";
import { RequestChannel } from "./requestChannel.ts";

class ReachClient {
  // The worker's name carries the page base so it finds data/ under any deployment path.
  private readonly channel = new RequestChannel<ReachRequest, ReachReply>(
    () =>
      new Worker(new URL("./reach.worker.ts", import.meta.url), {
        type: "module",
        name: new URL(import.meta.env.BASE_URL, window.location.href).href,
      }),
    "reach worker",
  );

  /** Without `places`, to the published meeting places. */
  async travelFrom(
    origin: LonLat,
    places?: EnginePlace[],
  ): Promise<{ accessKm: number; travel: PlaceTravel[] }> {
    const reply = await this.channel.send({ type: "travelFrom", origin, places });
    if (reply.type !== "travelFrom") throw new Error("unexpected reply");
    return { accessKm: reply.accessKm, travel: reply.travel };
  }

  async scenario(key: ReachKey, places: EnginePlace[]): Promise<{ reach: ScenarioReach; ms: number }> {
    const reply = await this.channel.send({ type: "scenario", key, places });
    if (reply.type !== "scenario") throw new Error("unexpected reply");
    return { reach: reply.reach, ms: reply.ms };
  }

  async reachArea(places: EnginePlace[], minutes: number): Promise<Feature<MultiPolygon> | null> {
    const reply = await this.channel.send({ type: "reachArea", places, minutes });
    return reply.type === "reachArea" ? reply.area : null;
  }
}

let client: ReachClient | null = null;
export function reachClient(): ReachClient {
  client ??= new ReachClient();
  return client;
}
