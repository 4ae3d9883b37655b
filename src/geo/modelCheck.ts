// Checks the road model against the only real road distances in the data, the E-road skeleton (ETISplus
// via imp-act): (1) the OSM-only graph's km between the skeleton's node pairs vs the links' stated km;
// (2) city pairs through the full model vs the skeleton's own shortest road km between the same cities.
import type { ModelCheck } from "../data/schema.ts";
import { accessMinutes } from "./assumptions.ts";
import { haversineM } from "./distance.ts";
import { multiSourceDijkstra } from "./dijkstra.ts";
import { NetworkIndex } from "./reach.ts";
import { buildRoadGraph, type RoadCollection } from "./roadGraph.ts";
import type { Skeleton } from "./skeleton.ts";

export interface CityPoint {
  name: string;
  lon: number;
  lat: number;
}

/** City pairs whose model time the method note reports (kommun seats from GeoNames). */
export const CHECK_PAIRS: [string, string][] = [
  ["Stockholm", "Göteborg"],
  ["Stockholm", "Malmö"],
  ["Göteborg", "Malmö"],
  ["Stockholm", "Karlstad"],
  ["Stockholm", "Östersund"],
  ["Stockholm", "Umeå"],
  ["Umeå", "Luleå"],
  ["Luleå", "Kiruna"],
  ["Jönköping", "Göteborg"],
];

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

export function modelCheck(
  roads: RoadCollection,
  skeleton: Skeleton,
  /** The full model's network index (the build's own, so it is not built twice). */
  network: NetworkIndex,
  cities: readonly CityPoint[],
): ModelCheck {
  // 1. OSM-only graph: no skeleton links at all.
  const osm = buildRoadGraph(roads, { nodes: [], links: [] }, "roads").graph;
  const osmNetwork = new NetworkIndex(osm);
  const nodeOf = new Map(skeleton.nodes.map((n) => [n.id, n]));
  const ratios: { ratio: number; label: string }[] = [];
  for (const link of skeleton.links) {
    const a = nodeOf.get(link.source)!;
    const b = nodeOf.get(link.target)!;
    const from = osmNetwork.attach(a.lon, a.lat);
    const to = osmNetwork.attach(b.lon, b.lat);
    // Only pairs whose both ends lie on the OSM lines (≤ 2 km): elsewhere the access legs dominate.
    if (from.accessKm > 2 || to.accessKm > 2) continue;
    const paths = multiSourceDijkstra(osm, [{ node: from.node, minutes: 0, km: from.accessKm, label: 0 }]);
    const km = paths.km[to.node]! + to.accessKm;
    if (!Number.isFinite(km)) continue;
    ratios.push({
      ratio: km / link.km,
      label: `${link.source}–${link.target}: ${r1(km)} km vs ${r1(link.km)} km`,
    });
  }
  ratios.sort((p, q) => p.ratio - q.ratio);
  const sorted = ratios.map((r) => r.ratio);
  const worst = [...ratios]
    .sort((p, q) => Math.abs(Math.log(q.ratio)) - Math.abs(Math.log(p.ratio)))
    .slice(0, 3);

  // 2. City pairs through the full model; reference = shortest path over the skeleton's links alone.
  const fullGraph = network.graph;
  const city = new Map(cities.map((c) => [c.name, c]));
  const nearestSkeletonNode = (c: CityPoint) => {
    let best = { id: "", d: Infinity };
    for (const n of skeleton.nodes) {
      const d = haversineM(c.lon, c.lat, n.lon, n.lat);
      if (d < best.d) best = { id: n.id, d };
    }
    return best.d <= 10_000 ? best.id : null;
  };
  const cityPairs = CHECK_PAIRS.flatMap(([fromName, toName]) => {
    const from = city.get(fromName);
    const to = city.get(toName);
    if (!from || !to) return [];
    // Every leg of multi-node attachment at both ends, as the finder routes.
    const paths = multiSourceDijkstra(
      fullGraph,
      network
        .attachLegs(from.lon, from.lat)
        .map((leg) => ({ node: leg.node, minutes: accessMinutes(leg.accessKm), km: leg.accessKm, label: 0 })),
    );
    let [modelMinutes, modelKm] = [Infinity, Infinity];
    for (const end of network.attachLegs(to.lon, to.lat)) {
      const t = paths.minutes[end.node]! + accessMinutes(end.accessKm);
      if (t < modelMinutes) [modelMinutes, modelKm] = [t, paths.km[end.node]! + end.accessKm];
    }
    const s = nearestSkeletonNode(from);
    const t = nearestSkeletonNode(to);
    return [
      {
        from: fromName,
        to: toName,
        modelMinutes: Math.round(modelMinutes),
        modelKm: Math.round(modelKm),
        referenceKm: s && t ? Math.round(skeletonKm(skeleton, s, t)) : null,
      },
    ];
  });

  return {
    skeletonLinks: {
      pairs: ratios.length,
      ratioP10: ratios.length ? r2(quantile(sorted, 0.1)) : 0,
      ratioMedian: ratios.length ? r2(quantile(sorted, 0.5)) : 0,
      ratioP90: ratios.length ? r2(quantile(sorted, 0.9)) : 0,
      worst: worst.map((w) => w.label),
    },
    cityPairs,
  };
}

/** Shortest road km between two skeleton nodes over the skeleton's links (Dijkstra on a tiny graph). */
function skeletonKm(skeleton: Skeleton, source: string, target: string): number {
  const dist = new Map<string, number>([[source, 0]]);
  const done = new Set<string>();
  for (;;) {
    let u: string | null = null;
    for (const [id, d] of dist) if (!done.has(id) && (u === null || d < dist.get(u)!)) u = id;
    if (u === null) return Infinity;
    if (u === target) return dist.get(u)!;
    done.add(u);
    for (const l of skeleton.links) {
      const v = l.source === u ? l.target : l.target === u ? l.source : null;
      if (v === null || done.has(v)) continue;
      const d = dist.get(u)! + l.km;
      if (d < (dist.get(v) ?? Infinity)) dist.set(v, d);
    }
  }
}
