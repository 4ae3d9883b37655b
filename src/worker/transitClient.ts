// Typed promise wrapper around the transit worker: one worker per page, created on the first load. The
// feed itself stays in the worker; only the validation report and the figures come back.
import type {
  TransitComputed,
  TransitLoadOutcome,
  TransitRunOptions,
  TransitReply,
  TransitRequest,
  TransitSourceBlob,
} from "./transitProtocol.ts";
import { RequestChannel } from "./requestChannel.ts";

export type { TransitLoadOutcome };

class TransitClient {
  // The worker's name carries the page base so it finds data/ (cells, places) under any path.
  private readonly channel = new RequestChannel<TransitRequest, TransitReply>(
    () =>
      new Worker(new URL("./transit.worker.ts", import.meta.url), {
        type: "module",
        name: new URL(import.meta.env.BASE_URL, window.location.href).href,
      }),
    "transit worker",
  );

  /** The worker reads the files' bytes itself (a Blob clones by reference). */
  async load(files: TransitSourceBlob[]): Promise<TransitLoadOutcome> {
    const reply = await this.channel.send({ type: "load", files });
    if (reply.type === "loaded")
      return {
        ok: true,
        feed: reply.feed,
        validation: reply.validation,
        defaults: reply.defaults,
        routeTypes: reply.routeTypes,
      };
    if (reply.type === "failed") return { ok: false, problem: reply.problem, validation: reply.validation };
    throw new Error("unexpected reply");
  }

  async compute(options: TransitRunOptions): Promise<{ result: TransitComputed; ms: number }> {
    const reply = await this.channel.send({ type: "compute", options });
    if (reply.type !== "computed") throw new Error("unexpected reply");
    return { result: reply.result, ms: reply.ms };
  }

  /** Forgets the loaded feed (the worker drops every reference to it). */
  async clear(): Promise<void> {
    if (this.channel.started) await this.channel.send({ type: "clear" });
  }
}

let client: TransitClient | null = null;
export function transitClient(): TransitClient {
  client ??= new TransitClient();
  return client;
}
