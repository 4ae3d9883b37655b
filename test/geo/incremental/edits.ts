// Random edit sequences for the property tests: each step moves, adds or closes places (one or several
// at once, as a restored scenario link would), now and then reorders two (which the engine must notice
// and compute from scratch). Steps hold numbers only; `applyStep` reads them against the current list,
// so fast-check can shrink a failing sequence. Coordinates [lon, lat] in degrees.
import fc from "fast-check";
import type { PlacedPlace } from "../../../src/geo/reachSummary.ts";

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** One edit; `pick` and `at` are fractions in [0, 1) mapped onto the current list. */
export type Edit =
  | { kind: "move"; pick: number; dLon: number; dLat: number }
  | { kind: "jump"; pick: number; x: number; y: number }
  | { kind: "add"; at: number; x: number; y: number }
  | { kind: "addOnTop"; at: number; pick: number }
  | { kind: "anchor"; pick: number; to: number }
  | { kind: "close"; pick: number }
  | { kind: "swap"; pick: number; other: number };

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
/** About ±1.5 km, on a 0.005° lattice so moves land on each other's positions (ties) now and then. */
const nudge = fc.integer({ min: -3, max: 3 }).map((k) => k * 0.005);

export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant("move" as const), pick: unit, dLon: nudge, dLat: nudge }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("jump" as const), pick: unit, x: unit, y: unit }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("add" as const), at: unit, x: unit, y: unit }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("addOnTop" as const), at: unit, pick: unit }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("anchor" as const), pick: unit, to: unit }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("close" as const), pick: unit }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("swap" as const), pick: unit, other: unit }) },
);

/** A step: usually one edit (a drag frame, a click), sometimes several applied at once. */
export const stepArbitrary = fc.oneof(
  { weight: 4, arbitrary: editArbitrary.map((e) => [e]) },
  { weight: 1, arbitrary: fc.array(editArbitrary, { minLength: 2, maxLength: 5 }) },
);

/** Positions on a 0.01° lattice inside the box (cells and places of the fixture lie on it too). */
const lattice = (box: Box, x: number, y: number) => ({
  lon: Math.round((box.west + x * (box.east - box.west)) * 100) / 100,
  lat: Math.round((box.south + y * (box.north - box.south)) * 100) / 100,
});

const index = (f: number, n: number) => Math.min(n - 1, Math.floor(f * n));

/**
 * The list after one step; ids of added places come from `nextId`. `anchors` are positions where ties are
 * likely (road nodes: a place there reaches its node in 0 minutes; cell centres: a direct leg of 0 km).
 */
export function applyStep(
  places: readonly PlacedPlace[],
  edits: readonly Edit[],
  box: Box,
  nextId: () => string,
  anchors: readonly { lon: number; lat: number }[] = [],
): PlacedPlace[] {
  const list = [...places];
  for (const e of edits) {
    const n = list.length;
    switch (e.kind) {
      case "move":
      case "jump": {
        if (n === 0) break;
        const i = index(e.pick, n);
        const p = list[i]!;
        const to = e.kind === "move" ? { lon: p.lon + e.dLon, lat: p.lat + e.dLat } : lattice(box, e.x, e.y);
        list[i] = { ...p, ...to };
        break;
      }
      case "add":
        list.splice(index(e.at, n + 1), 0, { id: nextId(), kommunKod: "", ...lattice(box, e.x, e.y) });
        break;
      case "addOnTop": {
        if (n === 0) break;
        const on = list[index(e.pick, n)]!;
        list.splice(index(e.at, n + 1), 0, {
          id: nextId(),
          kommunKod: on.kommunKod,
          lon: on.lon,
          lat: on.lat,
        });
        break;
      }
      case "anchor": {
        if (n === 0 || anchors.length === 0) break;
        const i = index(e.pick, n);
        const to = anchors[index(e.to, anchors.length)]!;
        list[i] = { ...list[i]!, lon: to.lon, lat: to.lat };
        break;
      }
      case "close":
        if (n > 0) list.splice(index(e.pick, n), 1);
        break;
      case "swap": {
        if (n < 2) break;
        const i = index(e.pick, n);
        const j = index(e.other, n);
        [list[i], list[j]] = [list[j]!, list[i]!];
        break;
      }
    }
  }
  return list;
}
