// Unit tests for src/geo/dijkstra.ts on hand-made compressed-sparse-row graphs with known answers.
// Units: minutes and km along the edges; node coordinates play no part here.
import { describe, expect, it } from "vitest";
import { multiSourceDijkstra, type PathSource, type ShortestPaths } from "../../src/geo/dijkstra.ts";
import type { RoadGraph } from "../../src/geo/roadGraph.ts";

/** An undirected edge: the two nodes, free-flow minutes and road km. */
type Edge = [a: number, b: number, minutes: number, km: number];

/** A RoadGraph in CSR form from an undirected edge list (both directions stored, as buildRoadGraph does). */
function graphOf(nodeCount: number, edges: readonly Edge[]): RoadGraph {
  const adjacency: { to: number; minutes: number; km: number }[][] = Array.from(
    { length: nodeCount },
    () => [],
  );
  for (const [a, b, minutes, km] of edges) {
    adjacency[a]!.push({ to: b, minutes, km });
    adjacency[b]!.push({ to: a, minutes, km });
  }
  const offsets = new Int32Array(nodeCount + 1);
  adjacency.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const flat = adjacency.flat();
  return {
    nodeLon: new Float64Array(nodeCount),
    nodeLat: new Float64Array(nodeCount),
    offsets,
    targets: Int32Array.from(flat, (e) => e.to),
    edgeMinutes: Float64Array.from(flat, (e) => e.minutes),
    edgeKm: Float64Array.from(flat, (e) => e.km),
    edgeRoad: new Int32Array(flat.length),
    roadNames: ["test road"],
    routable: new Uint8Array(nodeCount).fill(1),
    component: new Int32Array(nodeCount),
  };
}

const source = (node: number, label: number, minutes = 0, km = 0): PathSource => ({
  node,
  minutes,
  km,
  label,
});

/** Plain arrays so a failing comparison prints readably. */
const plain = (paths: ShortestPaths) => ({
  minutes: [...paths.minutes],
  km: [...paths.km],
  label: [...paths.label],
});

describe("multiSourceDijkstra", () => {
  // Fails if minutes or km are not accumulated along the path, or the source's label is not propagated.
  it("sums minutes and km along a line graph", () => {
    const line = graphOf(4, [
      [0, 1, 1, 10],
      [1, 2, 2, 20],
      [2, 3, 3, 30],
    ]);
    expect(plain(multiSourceDijkstra(line, [source(0, 5)]))).toEqual({
      minutes: [0, 1, 3, 6],
      km: [0, 10, 30, 60],
      label: [5, 5, 5, 5],
    });
  });

  // Fails if the route is chosen by km, or km is taken from another route than the fastest one.
  it("takes the faster route through a diamond and reports that route's km, not the shorter km", () => {
    // 0 → 1 → 3: 10 min, 10 km (slow, short); 0 → 2 → 3: 6 min, 40 km (fast, long).
    const diamond = graphOf(4, [
      [0, 1, 5, 5],
      [1, 3, 5, 5],
      [0, 2, 3, 20],
      [2, 3, 3, 20],
    ]);
    const paths = multiSourceDijkstra(diamond, [source(0, 0)]);
    expect(paths.minutes[3]).toBe(6);
    expect(paths.km[3]).toBe(40);
  });

  // Fails if a single source wins everywhere (first or last in the list) instead of the nearest.
  it("labels every node with its nearest source", () => {
    const line = graphOf(6, [
      [0, 1, 1, 1],
      [1, 2, 1, 1],
      [2, 3, 1, 1],
      [3, 4, 1, 1],
      [4, 5, 1, 1],
    ]);
    const paths = multiSourceDijkstra(line, [source(0, 10), source(5, 20)]);
    expect([...paths.label]).toEqual([10, 10, 10, 20, 20, 20]);
    expect([...paths.minutes]).toEqual([0, 1, 2, 2, 1, 0]);
  });

  // Fails if a source's initial minutes (the egress leg) are ignored or added to km.
  it("starts each source at its initial minutes and km (egress leg)", () => {
    const line = graphOf(3, [
      [0, 1, 1, 10],
      [1, 2, 1, 10],
    ]);
    // Source 1 sits at node 0 but needs 5 egress minutes; source 2 at node 2 needs none.
    const paths = multiSourceDijkstra(line, [source(0, 1, 5, 4), source(2, 2, 0, 0)]);
    expect(plain(paths)).toEqual({
      minutes: [2, 1, 0],
      km: [20, 10, 0],
      label: [2, 2, 2],
    });
    const alone = multiSourceDijkstra(line, [source(0, 1, 5, 4)]);
    expect([...alone.minutes]).toEqual([5, 6, 7]);
    expect([...alone.km]).toEqual([4, 14, 24]);
  });

  // Fails if nodes of another component get 0 or a stale value instead of Infinity / -1.
  it("leaves another component unreachable (Infinity, label -1)", () => {
    const twoIslands = graphOf(4, [
      [0, 1, 2, 3],
      [2, 3, 2, 3],
    ]);
    expect(plain(multiSourceDijkstra(twoIslands, [source(0, 0)]))).toEqual({
      minutes: [0, 2, Infinity, Infinity],
      km: [0, 3, Infinity, Infinity],
      label: [0, 0, -1, -1],
    });
  });

  // Fails if a source with no node (node -1: no routable node) is indexed into the arrays.
  it("skips a source without a node", () => {
    const line = graphOf(2, [[0, 1, 1, 1]]);
    expect(plain(multiSourceDijkstra(line, [source(-1, 0), source(1, 1)]))).toEqual({
      minutes: [1, 0],
      km: [1, 0],
      label: [1, 1],
    });
  });

  // Fails if ties go to whichever source comes first in the list or is popped first from the heap.
  it("gives exact ties to the lower label, whatever the order of the sources", () => {
    const line = graphOf(5, [
      [0, 1, 1, 1],
      [1, 2, 1, 1],
      [2, 3, 1, 1],
      [3, 4, 1, 1],
    ]);
    const forward = multiSourceDijkstra(line, [source(0, 7), source(4, 3)]);
    const backward = multiSourceDijkstra(line, [source(4, 3), source(0, 7)]);
    expect(forward.label[2]).toBe(3);
    expect(plain(backward)).toEqual(plain(forward));
    // Two sources on the same node at the same minutes: the lower label again.
    const sameNode = multiSourceDijkstra(line, [source(2, 9), source(2, 4)]);
    expect([...sameNode.label]).toEqual([4, 4, 4, 4, 4]);
  });

  // Fails if a tie reached over a zero-minute edge is decided by heap order: node 2 is settled with the
  // higher label before the lower label's equally fast route (via node 3) is relaxed.
  it("gives ties over a zero-minute edge to the lower label", () => {
    // Label 5: node 0 → 2 in 0 + 1 min. Label 1: node 1 → 3 → 2 in 0.5 + 0.5 + 0 min.
    const graph = graphOf(4, [
      [0, 2, 1, 1],
      [1, 3, 0.5, 1],
      [3, 2, 0, 0],
    ]);
    const paths = multiSourceDijkstra(graph, [source(0, 5, 0), source(1, 1, 0.5)]);
    expect(paths.minutes[2]).toBe(1);
    expect(paths.label[2]).toBe(1);
  });

  // Fails if `out` is not reset before reuse (stale minutes or labels from the previous call survive).
  it("gives the same result when `out` arrays from a previous run are reused", () => {
    const graph = graphOf(5, [
      [0, 1, 2, 2],
      [1, 2, 2, 2],
      [3, 4, 1, 1],
    ]);
    const out = multiSourceDijkstra(graph, [source(0, 0), source(3, 1)]);
    const fresh = multiSourceDijkstra(graph, [source(2, 4, 1, 1)]);
    const reused = multiSourceDijkstra(graph, [source(2, 4, 1, 1)], out);
    expect(reused).toBe(out);
    expect(plain(reused)).toEqual(plain(fresh));
    expect(reused.label[3]).toBe(-1);
  });

  // Fails if the heap loses entries when it grows past its initial 1024 slots.
  it("handles more queued nodes than the heap's initial capacity", () => {
    const n = 3000;
    // A star: node 0 joined to every other node, node i at i minutes, so all are queued at once.
    const star = graphOf(
      n,
      Array.from({ length: n - 1 }, (_, i): Edge => [0, i + 1, n - 1 - i, 1]),
    );
    const paths = multiSourceDijkstra(star, [source(0, 0)]);
    for (let i = 1; i < n; i++) expect(paths.minutes[i]).toBe(n - i);
  });
});
