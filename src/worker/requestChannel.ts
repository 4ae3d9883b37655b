// One request/reply channel to a module worker, shared by the reach and transit clients: every request
// carries an id, the worker's reply repeats it, and a reply of type "error" rejects the caller's promise.
// The worker itself is created lazily by the caller's factory, because Vite only bundles a worker whose
// `new Worker(new URL("./x.worker.ts", import.meta.url))` is written out literally at the call site.

/** A request as the caller writes it: the channel adds the id. */
export type WithoutId<R> = R extends { id: number } ? Omit<R, "id"> : never;

type Pending<Reply> = { resolve: (reply: Reply) => void; reject: (error: Error) => void };

export class RequestChannel<Request extends { id: number }, Reply extends { id: number; type: string }> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending<Reply>>();

  /** `what` names the worker in errors ("reach worker failed"). */
  constructor(
    private readonly create: () => Worker,
    private readonly what: string,
  ) {}

  /** True once the worker exists (a request has been sent). */
  get started(): boolean {
    return this.worker !== null;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const pending = this.pending.get(event.data.id);
      if (!pending) return;
      this.pending.delete(event.data.id);
      const reply = event.data as Reply & { reason?: string };
      if (reply.type === "error") pending.reject(new Error(reply.reason ?? `${this.what} failed`));
      else pending.resolve(event.data);
    };
    worker.onerror = (event) => {
      for (const p of this.pending.values()) p.reject(new Error(event.message || `${this.what} failed`));
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  send(body: WithoutId<Request>): Promise<Reply> {
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // TypeScript cannot see that a union member without its id, plus an id, is that member again.
      worker.postMessage({ ...body, id } as unknown as Request);
    });
  }
}
