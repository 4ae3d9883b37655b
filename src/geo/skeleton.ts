// Parses the imp-act E-road skeleton (GraphML, shared/data/roads/eroad_skeleton_imp_act/graph.graphml):
// 80 nodes with [lon, lat] and 94 undirected links with their real road distance in km. The file stores
// each link in both directions; the parser keeps one per node pair and reports anything malformed.
import type { DataIssue } from "../data/csv.ts";

export interface SkeletonNode {
  id: string;
  lon: number;
  lat: number;
}

export interface SkeletonLink {
  source: string;
  target: string;
  /** Road distance along the link, km (the file's `distance`). */
  km: number;
}

export interface Skeleton {
  nodes: SkeletonNode[];
  links: SkeletonLink[];
}

export function parseSkeleton(text: string, file: string): { skeleton: Skeleton; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const lineOf = (index: number) => text.slice(0, index).split("\n").length;
  const keys = new Map<string, string>();
  for (const m of text.matchAll(/<key id="([^"]+)" for="(node|edge)" attr\.name="([^"]+)"/g))
    keys.set(`${m[2]}:${m[3]}`, m[1]!);
  const keyX = keys.get("node:position_x");
  const keyY = keys.get("node:position_y");
  const keyDistance = keys.get("edge:distance");
  if (!keyX || !keyY || !keyDistance) {
    issues.push({ file, line: 1, reason: "GraphML keys position_x, position_y or distance missing" });
    return { skeleton: { nodes: [], links: [] }, issues };
  }
  const dataValue = (body: string, key: string) =>
    new RegExp(`<data key="${key}">([^<]*)</data>`).exec(body)?.[1];

  const nodes: SkeletonNode[] = [];
  const nodeIds = new Set<string>();
  for (const m of text.matchAll(/<node id="([^"]+)">([\s\S]*?)<\/node>/g)) {
    const lon = Number(dataValue(m[2]!, keyX));
    const lat = Number(dataValue(m[2]!, keyY));
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < 10 || lon > 25 || lat < 55 || lat > 70) {
      issues.push({ file, line: lineOf(m.index), field: "position", reason: `node ${m[1]}: bad position` });
      continue;
    }
    nodes.push({ id: m[1]!, lon, lat });
    nodeIds.add(m[1]!);
  }

  const links = new Map<string, SkeletonLink>();
  for (const m of text.matchAll(/<edge source="([^"]+)" target="([^"]+)"[^>]*>([\s\S]*?)<\/edge>/g)) {
    const [source, target] = [m[1]!, m[2]!];
    const km = Number(dataValue(m[3]!, keyDistance));
    const line = lineOf(m.index);
    if (!nodeIds.has(source) || !nodeIds.has(target)) {
      issues.push({ file, line, reason: `edge ${source}–${target}: unknown node` });
      continue;
    }
    if (!Number.isFinite(km) || km <= 0) {
      issues.push({ file, line, field: "distance", reason: `edge ${source}–${target}: bad distance` });
      continue;
    }
    const key = source < target ? `${source}|${target}` : `${target}|${source}`;
    const seen = links.get(key);
    if (seen && Math.abs(seen.km - km) > 1e-9)
      issues.push({ file, line, reason: `edge ${key}: the two directions differ (${seen.km} vs ${km} km)` });
    if (!seen) links.set(key, { source, target, km });
  }
  return { skeleton: { nodes, links: [...links.values()] }, issues };
}
