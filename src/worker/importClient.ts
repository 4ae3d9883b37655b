// Typed promise wrapper around the import worker: one worker per page, created on the first import.
// Chunks are gathered here, outside React, and handed over once, so a large file costs the main thread
// a few short message events rather than one long one.
import type { ServiceName } from "../data/import/gazetteer.ts";
import type {
  FileProblem,
  ImportDetection,
  ImportOptions,
  ImportedPlace,
  RejectedRow,
} from "../data/import/types.ts";
import type { ImportHead, ImportReply, ImportRequest } from "./importProtocol.ts";

export type ImportOutcome =
  | {
      ok: true;
      head: ImportHead;
      accepted: ImportedPlace[];
      rejected: RejectedRow[];
      mapData: string;
      ms: number;
    }
  | { ok: false; problem: FileProblem; detected: Partial<ImportDetection> };

interface Pending {
  resolve: (outcome: ImportOutcome) => void;
  reject: (error: Error) => void;
  head: ImportHead | null;
  accepted: ImportedPlace[][];
  rejected: RejectedRow[][];
}

class ImportClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./import.worker.ts", import.meta.url), {
      type: "module",
      name: new URL(import.meta.env.BASE_URL, window.location.href).href,
    });
    worker.onmessage = (event: MessageEvent<ImportReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      for (const p of this.pending.values()) p.reject(new Error(event.message || "import worker failed"));
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  private receive(reply: ImportReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    switch (reply.type) {
      case "head":
        p.head = reply.head;
        return;
      case "accepted":
        p.accepted.push(reply.places);
        return;
      case "rejected":
        p.rejected.push(reply.rows);
        return;
      case "done":
        this.pending.delete(reply.id);
        if (!p.head) p.reject(new Error("import worker sent no result"));
        else
          p.resolve({
            ok: true,
            head: p.head,
            accepted: p.accepted.flat(),
            rejected: p.rejected.flat(),
            mapData: reply.mapData,
            ms: reply.ms,
          });
        return;
      case "failed":
        this.pending.delete(reply.id);
        p.resolve({ ok: false, problem: reply.problem, detected: reply.detected });
        return;
      case "error":
        this.pending.delete(reply.id);
        p.reject(new Error(reply.reason));
    }
  }

  /** The worker reads the file's bytes itself; the caller keeps the File for a re-read. */
  read(file: Blob, options: ImportOptions, services: ServiceName[]): Promise<ImportOutcome> {
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, head: null, accepted: [], rejected: [] });
      worker.postMessage({ id, type: "import", file, options, services } satisfies ImportRequest);
    });
  }

  release(keep: string | null): void {
    this.worker?.postMessage({ id: this.nextId++, type: "release", keep } satisfies ImportRequest);
  }
}

let client: ImportClient | null = null;
export function importClient(): ImportClient {
  client ??= new ImportClient();
  return client;
}
