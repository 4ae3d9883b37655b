// Typed promise wrapper around the reach worker. One worker per page, created on first use.
import type { ReachKey } from "../data/reachScenarios.ts";
import type { ScenarioReach } from "../geo/reachSummary.ts";
import type { Feature, MultiPolygon } from "geojson";
import type { ReachReply, ReachRequest } from "./messages.ts";
import type { EnginePlace } from "./reachService.ts";
import type { LonLat, PlaceTravel } from "./travelTypes.ts";

type Pending = { resolve: (reply: ReachReply) => void; reject: (error: Error) => void };

type RequestBody = ReachRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

class ReachClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // The worker's name carries the page base so it finds data/ under any deployment path.
    const worker = new Worker(new URL("./reach.worker.ts", import.meta.url), {
      type: "module",
      name: new URL(import.meta.env.BASE_URL, window.location.href).href,
    });
    worker.onmessage = (event: MessageEvent<ReachReply>) => {
      const pending = this.pending.get(event.data.id);
      if (!pending) return;
      this.pending.delete(event.data.id);
      if (event.data.type === "error") pending.reject(new Error(event.data.reason));
      else pending.resolve(event.data);
    };
    worker.onerror = (event) => {
      for (const p of this.pending.values()) p.reject(new Error(event.message || "reach worker failed"));
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  private send(body: RequestBody): Promise<ReachReply> {
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id } as ReachRequest);
    });
  }

  /** Without `places`, to the published meeting places. */
  async travelFrom(
    origin: LonLat,
    places?: EnginePlace[],
  ): Promise<{ accessKm: number; travel: PlaceTravel[] }> {
    const reply = await this.send({ type: "travelFrom", origin, places });
    if (reply.type !== "travelFrom") throw new Error("unexpected reply");
    return { accessKm: reply.accessKm, travel: reply.travel };
  }

  async scenario(key: ReachKey, places: EnginePlace[]): Promise<{ reach: ScenarioReach; ms: number }> {
    const reply = await this.send({ type: "scenario", key, places });
    if (reply.type !== "scenario") throw new Error("unexpected reply");
    return { reach: reply.reach, ms: reply.ms };
  }

  async reachArea(places: EnginePlace[], minutes: number): Promise<Feature<MultiPolygon> | null> {
    const reply = await this.send({ type: "reachArea", places, minutes });
    return reply.type === "reachArea" ? reply.area : null;
  }
}

let client: ReachClient | null = null;
export function reachClient(): ReachClient {
  client ??= new ReachClient();
  return client;
}
