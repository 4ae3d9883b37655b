// Pure selectors for the "Restid och täckning" views: rows per area level and scenario, filters, sorting,
// and the what-if edits (close or add a place) with their before/after comparison.
import type { EnginePlace, ReachKey } from "../data/reachScenarios";
import type { NearestPlace, ReachStats, Summary } from "../data/schema";
import type { ScenarioReach } from "../geo/reachSummary";

export type ReachLevel = "kommun" | "fa" | "lan";
export type ReachFilter = "all" | "withoutBooked" | "glesbygd" | "landsbygd";
export type ReachSortKey = "namn" | "places" | "medianMin" | "p90Min" | "share30" | "share60";

export interface ReachRow {
  kod: string;
  namn: string;
  stats: ReachStats;
  /** Kommuner only. */
  fromSeat: NearestPlace | null;
  seatName: string | null;
}

/** Rows for one level and scenario; filters apply to kommuner only. Empty when the scenario is absent. */
export function reachRows(
  summary: Summary,
  level: ReachLevel,
  key: ReachKey,
  filter: ReachFilter,
): ReachRow[] {
  if (level === "kommun")
    return summary.kommuner.flatMap((k) => {
      const stats = k.reach[key];
      if (!stats) return [];
      if (filter === "withoutBooked" && k.presence.booked) return [];
      if (filter === "glesbygd" && !k.glesbygd) return [];
      if (filter === "landsbygd" && !k.landsbygd) return [];
      return [{ kod: k.kod, namn: k.namn, stats, fromSeat: stats.fromSeat ?? null, seatName: k.seat.name }];
    });
  const regions = level === "fa" ? summary.faRegioner : summary.lan;
  return regions.flatMap((r) => {
    const stats = r.reach[key];
    return stats ? [{ kod: r.kod, namn: r.namn, stats, fromSeat: null, seatName: null }] : [];
  });
}

/** Sort value of a row; null (no road link) sorts last in either direction. */
function sortValue(row: ReachRow, key: ReachSortKey): number | string | null {
  switch (key) {
    case "namn":
      return row.namn;
    case "places":
      return row.stats.places;
    case "medianMin":
      return row.stats.medianMin;
    case "p90Min":
      return row.stats.p90Min;
    case "share30":
      return row.stats.shareWithin["30"];
    case "share60":
      return row.stats.shareWithin["60"];
  }
}

export function sortRows(rows: readonly ReachRow[], key: ReachSortKey, descending: boolean): ReachRow[] {
  const collator = new Intl.Collator("sv");
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const order = typeof va === "string" ? collator.compare(va, vb as string) : va - (vb as number);
    return (descending ? -order : order) || collator.compare(a.namn, b.namn);
  });
}

/** A planner's change: close an existing place, move one to a kommun's seat, or add one there. */
export type WhatIfEdit =
  | { type: "close"; placeId: string }
  | { type: "move"; placeId: string; kommunKod: string }
  | { type: "add"; id: string; kommunKod: string; kind: EnginePlace["kind"] };

/** The places after the edits; a moved or added place sits at its kommun's GeoNames seat. */
export function applyEdits(
  places: readonly EnginePlace[],
  edits: readonly WhatIfEdit[],
  seats: ReadonlyMap<string, { lon: number; lat: number }>,
): EnginePlace[] {
  const closed = new Set(edits.flatMap((e) => (e.type === "close" ? [e.placeId] : [])));
  // The last move of a place wins.
  const movedTo = new Map(
    edits.flatMap((e) => (e.type === "move" ? [[e.placeId, e.kommunKod] as const] : [])),
  );
  const added = edits.flatMap((e): EnginePlace[] => {
    if (e.type !== "add") return [];
    const seat = seats.get(e.kommunKod);
    return seat ? [{ id: e.id, kind: e.kind, status: "current", kommunKod: e.kommunKod, ...seat }] : [];
  });
  const kept = places.flatMap((p): EnginePlace[] => {
    if (closed.has(p.id)) return [];
    const kommunKod = movedTo.get(p.id);
    const seat = kommunKod === undefined ? undefined : seats.get(kommunKod);
    return [seat && kommunKod ? { ...p, kommunKod, lon: seat.lon, lat: seat.lat } : p];
  });
  return [...kept, ...added];
}

export interface ReachChange {
  kod: string;
  namn: string;
  before: ReachStats;
  after: ReachStats;
}

/**
 * Kommuner whose median, mean or 30/60-minute share changed between the published figures and a what-if
 * run, largest change in mean minutes first.
 */
export function changedKommuner(summary: Summary, key: ReachKey, after: ScenarioReach): ReachChange[] {
  const afterByKod = new Map(after.kommunKoder.map((kod, i) => [kod, after.kommuner[i]!]));
  const changes: ReachChange[] = [];
  for (const k of summary.kommuner) {
    const before = k.reach[key];
    const next = afterByKod.get(k.kod);
    if (!before || !next) continue;
    const moved =
      Math.abs((before.meanMin ?? 0) - (next.meanMin ?? 0)) >= 0.1 ||
      before.medianMin !== next.medianMin ||
      before.shareWithin["30"] !== next.shareWithin["30"] ||
      before.shareWithin["60"] !== next.shareWithin["60"];
    if (moved) changes.push({ kod: k.kod, namn: k.namn, before, after: next });
  }
  const delta = (c: ReachChange) => Math.abs((c.after.meanMin ?? Infinity) - (c.before.meanMin ?? Infinity));
  return changes.sort((a, b) => delta(b) - delta(a) || a.namn.localeCompare(b.namn, "sv"));
}
