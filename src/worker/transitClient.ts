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

export type { TransitLoadOutcome };

type RequestBody = TransitRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, "id">
    : never
  : never;
type Pending = { resolve: (reply: TransitReply) => void; reject: (error: Error) => void };

class TransitClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    // The worker's name carries the page base so it finds data/ (cells, places) under any path.
    const worker = new Worker(new URL("./transit.worker.ts", import.meta.url), {
      type: "module",
      name: new URL(import.meta.env.BASE_URL, window.location.href).href,
    });
    worker.onmessage = (event: MessageEvent<TransitReply>) => {
      const pending = this.pending.get(event.data.id);
      if (!pending) return;
      this.pending.delete(event.data.id);
      if (event.data.type === "error") pending.reject(new Error(event.data.reason));
      else pending.resolve(event.data);
    };
    worker.onerror = (event) => {
      for (const p of this.pending.values()) p.reject(new Error(event.message || "transit worker failed"));
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  private send(body: RequestBody): Promise<TransitReply> {
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id } as TransitRequest);
    });
  }

  /** The worker reads the files' bytes itself (a Blob clones by reference). */
  async load(files: TransitSourceBlob[]): Promise<TransitLoadOutcome> {
    const reply = await this.send({ type: "load", files });
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
    const reply = await this.send({ type: "compute", options });
    if (reply.type !== "computed") throw new Error("unexpected reply");
    return { result: reply.result, ms: reply.ms };
  }

  /** Forgets the loaded feed (the worker drops every reference to it). */
  async clear(): Promise<void> {
    if (this.worker) await this.send({ type: "clear" });
  }
}

let client: TransitClient | null = null;
export function transitClient(): TransitClient {
  client ??= new TransitClient();
  return client;
}
