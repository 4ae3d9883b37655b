// Multi-source Dijkstra over a RoadGraph: one pass gives every node its nearest source (by minutes), the
// minutes and the road km of that route. Equal times go to the source with the lower label, and equal
// times from the same label to the shorter km, so results never depend on heap order (the incremental
// what-if in geo/incremental/ relies on that to reproduce them exactly). Units: minutes, km.
import type { RoadGraph } from "./roadGraph.ts";

export interface PathSource {
  node: number;
  /** Minutes already spent before the node (e.g. the egress leg from the place to the network). */
  minutes: number;
  km: number;
  /** Returned for every node this source is nearest to (e.g. the place index). */
  label: number;
}

export interface ShortestPaths {
  minutes: Float64Array;
  km: Float64Array;
  /** Label of the nearest source, -1 where no source reaches (another island). */
  label: Int32Array;
}

/** A binary min-heap of (key, node) on growable typed arrays: no objects per push. */
export class NodeHeap {
  private keys = new Float64Array(1024);
  private nodes = new Int32Array(1024);
  size = 0;

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.nodes[i] = this.nodes[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** Removes the minimum; returns its node (read topKey first for the key). */
  pop(): number {
    const top = this.nodes[0]!;
    const key = this.keys[--this.size]!;
    const node = this.nodes[this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.keys[i] = this.keys[child]!;
      this.nodes[i] = this.nodes[child]!;
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
    return top;
  }

  get topKey(): number {
    return this.keys[0]!;
  }
}

/**
 * Shortest paths from the nearest of many sources. `out` may be passed to reuse arrays between calls
 * (the what-if loop); it is overwritten.
 */
export function multiSourceDijkstra(
  graph: RoadGraph,
  sources: readonly PathSource[],
  out?: ShortestPaths,
  /** When given, filled with the edge slot (index into targets) each node was reached by, -1 at a source. */
  previousEdge?: Int32Array,
): ShortestPaths {
  const n = graph.nodeLon.length;
  const result = out ?? {
    minutes: new Float64Array(n),
    km: new Float64Array(n),
    label: new Int32Array(n),
  };
  const { minutes, km, label } = result;
  minutes.fill(Infinity);
  km.fill(Infinity);
  label.fill(-1);
  previousEdge?.fill(-1);
  const settled = new Uint8Array(n);
  const heap = new NodeHeap();

  for (const s of sources) {
    if (s.node < 0) continue;
    const m = minutes[s.node]!;
    const l = label[s.node]!;
    if (s.minutes < m || (s.minutes === m && (s.label < l || (s.label === l && s.km < km[s.node]!)))) {
      minutes[s.node] = s.minutes;
      km[s.node] = s.km;
      label[s.node] = s.label;
      if (previousEdge) previousEdge[s.node] = -1;
      heap.push(s.minutes, s.node);
    }
  }

  const { offsets, targets, edgeMinutes, edgeKm } = graph;
  while (heap.size > 0) {
    const key = heap.topKey;
    const u = heap.pop();
    if (settled[u] || key > minutes[u]!) continue;
    settled[u] = 1;
    const du = minutes[u]!;
    const lu = label[u]!;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = targets[k]!;
      const dv = du + edgeMinutes[k]!;
      const kv = km[u]! + edgeKm[k]!;
      const lv = label[v]!;
      if (dv < minutes[v]! || (dv === minutes[v]! && (lu < lv || (lu === lv && kv < km[v]!)))) {
        // An equal time from a lower label (or a shorter km from the same one) can arrive after v was
        // settled (over a zero-minute edge): v is then settled again so it reaches everything v reached.
        // Labels and km only fall, so this ends.
        const push = dv < minutes[v]! || settled[v] === 1;
        settled[v] = 0;
        minutes[v] = dv;
        km[v] = kv;
        label[v] = lu;
        if (previousEdge) previousEdge[v] = k;
        if (push) heap.push(dv, v);
      }
    }
  }
  return result;
}
