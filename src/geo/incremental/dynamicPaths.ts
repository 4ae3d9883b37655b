// Multi-source shortest paths that follow edits to the source set: one place's sources replaced (moved),
// removed (closed) or added, without rerunning the whole graph. The state after every edit equals what
// multiSourceDijkstra computes from scratch for the same sources, bit for bit (see README.md for why).
// Labels here are place slots (stable ids, see slots.ts); ties compare their ranks (the place index).
// Units: minutes, km.
import { NodeHeap, multiSourceDijkstra, type PathSource, type ShortestPaths } from "../dijkstra.ts";
import type { RoadGraph } from "../roadGraph.ts";

/** Incoming edges of every node in compressed sparse row form (the graph's own arrays are outgoing). */
interface IncomingEdges {
  offsets: Int32Array;
  sources: Int32Array;
}

function incomingEdges(graph: RoadGraph): IncomingEdges {
  const n = graph.nodeLon.length;
  const { offsets, targets } = graph;
  const counts = new Int32Array(n + 1);
  for (let k = 0; k < targets.length; k++) counts[targets[k]! + 1]!++;
  for (let v = 0; v < n; v++) counts[v + 1]! += counts[v]!;
  const cursor = counts.slice(0, n);
  const sources = new Int32Array(targets.length);
  for (let u = 0; u < n; u++)
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) sources[cursor[targets[k]!]!++] = u;
  return { offsets: counts, sources };
}

export class DynamicPaths {
  /** minutes, km and label (a place slot, -1 = unreached) of every node; read by the point stage. */
  readonly paths: ShortestPaths;
  private readonly incoming: IncomingEdges;
  /** Sources per slot (their `label` field is ignored: the slot is the label). */
  private readonly sources: (readonly PathSource[] | null)[] = [];
  private readonly heap = new NodeHeap();
  /** Nodes touched since the last takeChangedNodes(), with their values before the first touch. */
  private readonly touchedStamp: Int32Array;
  /** regionMark[v] === regionStamp: v is in the region being refilled. */
  private readonly regionMark: Int32Array;
  private regionStamp = 0;
  private stamp = 1;
  private touched: number[] = [];
  private oldMinutes: number[] = [];
  private oldKm: number[] = [];
  private oldLabel: number[] = [];

  constructor(
    readonly graph: RoadGraph,
    /** rank()[slot]: the slot's place index; ties go to the lower rank. Owned (and updated) by the caller. */
    private readonly rank: () => Int32Array,
  ) {
    const n = graph.nodeLon.length;
    this.paths = { minutes: new Float64Array(n), km: new Float64Array(n), label: new Int32Array(n) };
    this.incoming = incomingEdges(graph);
    this.touchedStamp = new Int32Array(n);
    this.regionMark = new Int32Array(n);
  }

  /**
   * Everything from scratch: `bySlot[slot]` are the slot's sources, and slot order must be rank order
   * (slot = place index), so multiSourceDijkstra's label ties are the rank ties.
   */
  reset(bySlot: readonly (readonly PathSource[] | null)[]): void {
    this.sources.length = 0;
    const all: PathSource[] = [];
    bySlot.forEach((list, slot) => {
      this.sources[slot] = list;
      for (const s of list ?? []) all.push({ node: s.node, minutes: s.minutes, km: s.km, label: slot });
    });
    multiSourceDijkstra(this.graph, all, this.paths);
    this.stamp++;
    this.touched = [];
  }

  /** The sources of `slot` become `next` (null: the slot is closed; a new slot: the place is added). */
  replace(slot: number, next: readonly PathSource[] | null): void {
    const { minutes, km, label } = this.paths;
    const rank = this.rank();
    const hadSources = (this.sources[slot] ?? null) !== null;
    this.sources[slot] = next;
    const heap = this.heap;
    if (hadSources) {
      // The nodes labelled `slot` lose their support; no other node depends on it (README: a node's
      // route runs through nodes of its own label only). Reset them, then refill them from their
      // neighbours outside the region and from other places' sources inside it.
      const region: number[] = [];
      const inRegion = ++this.regionStamp;
      for (let v = 0; v < label.length; v++) if (label[v] === slot) region.push(v);
      for (const v of region) {
        this.regionMark[v] = inRegion;
        this.touch(v);
        minutes[v] = Infinity;
        km[v] = Infinity;
        label[v] = -1;
      }
      const { offsets, sources } = this.incoming;
      for (const v of region)
        for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
          const u = sources[k]!;
          if (label[u]! >= 0) heap.push(minutes[u]!, u);
        }
      // Another place's source on a node of the region (it lost there to `slot` before).
      this.sources.forEach((list, other) => {
        if (!list || other === slot) return;
        for (const s of list)
          if (s.node >= 0 && this.regionMark[s.node] === inRegion) this.offer(s, other, rank);
      });
    }
    for (const s of next ?? []) this.offer(s, slot, rank);
    this.run(rank);
  }

  /** A source as multiSourceDijkstra seeds it: kept if it beats the node's value. */
  private offer(s: PathSource, slot: number, rank: Int32Array): void {
    if (s.node < 0) return;
    if (this.better(s.minutes, slot, s.km, s.node, rank)) this.set(s.node, s.minutes, slot, s.km);
  }

  /** multiSourceDijkstra's rule: fewer minutes; equal minutes, lower rank; same label, fewer km. */
  private better(m: number, slot: number, k: number, v: number, rank: Int32Array): boolean {
    const { minutes, km, label } = this.paths;
    const mv = minutes[v]!;
    if (m !== mv) return m < mv;
    const lv = label[v]!;
    if (slot !== lv) return lv < 0 || rank[slot]! < rank[lv]!;
    return k < km[v]!;
  }

  private set(v: number, m: number, slot: number, k: number): void {
    this.touch(v);
    this.paths.minutes[v] = m;
    this.paths.km[v] = k;
    this.paths.label[v] = slot;
    this.heap.push(m, v);
  }

  private touch(v: number): void {
    if (this.touchedStamp[v] === this.stamp) return;
    this.touchedStamp[v] = this.stamp;
    this.touched.push(v);
    this.oldMinutes.push(this.paths.minutes[v]!);
    this.oldKm.push(this.paths.km[v]!);
    this.oldLabel.push(this.paths.label[v]!);
  }

  /**
   * Lazy Dijkstra from whatever is on the heap: a node is relaxed whenever it comes off at its current
   * minutes, and a neighbour is updated only when the route is better by `better`. It stops at a fixed
   * point of that rule, which is the one multiSourceDijkstra reaches (README).
   */
  private run(rank: Int32Array): void {
    const { minutes, km, label } = this.paths;
    const { offsets, targets, edgeMinutes, edgeKm } = this.graph;
    const heap = this.heap;
    while (heap.size > 0) {
      const key = heap.topKey;
      const u = heap.pop();
      if (key > minutes[u]!) continue; // a stale entry: u was improved after this push
      const du = minutes[u]!;
      const lu = label[u]!;
      const ku = km[u]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const v = targets[k]!;
        const dv = du + edgeMinutes[k]!;
        const kv = ku + edgeKm[k]!;
        if (this.better(dv, lu, kv, v, rank)) this.set(v, dv, lu, kv);
      }
    }
  }

  /** Nodes whose minutes, km or label differ from before the edits since the last call. */
  takeChangedNodes(): number[] {
    const { minutes, km, label } = this.paths;
    const changed: number[] = [];
    this.touched.forEach((v, j) => {
      if (minutes[v] !== this.oldMinutes[j] || km[v] !== this.oldKm[j] || label[v] !== this.oldLabel[j])
        changed.push(v);
    });
    this.stamp++;
    this.touched = [];
    this.oldMinutes = [];
    this.oldKm = [];
    this.oldLabel = [];
    return changed;
  }
}
