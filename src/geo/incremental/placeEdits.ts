// What changed between two place lists of one scenario: places closed, moved and added, matched by id.
// Pure; coordinates [lon, lat].
import type { PlacedPlace } from "../reachSummary.ts";

export interface PlaceEdits {
  /** Ids in `before` that are not in `after`. */
  removed: string[];
  /** Places of `after` whose id is in `before` at another position. */
  moved: PlacedPlace[];
  /** Places of `after` whose id is not in `before`. */
  added: PlacedPlace[];
}

export const editCount = (e: PlaceEdits) => e.removed.length + e.moved.length + e.added.length;

/**
 * The edits that turn `before` into `after`, or null when they cannot be applied one by one: an id occurs
 * twice, or the places kept change their relative order (ties between places go to the lower index, so a
 * reordering changes results that no single edit accounts for).
 */
export function diffPlaces(before: readonly PlacedPlace[], after: readonly PlacedPlace[]): PlaceEdits | null {
  const beforeById = new Map<string, PlacedPlace>();
  for (const p of before) {
    if (beforeById.has(p.id)) return null;
    beforeById.set(p.id, p);
  }
  const afterIds = new Set<string>();
  const edits: PlaceEdits = { removed: [], moved: [], added: [] };
  const keptInAfter: string[] = [];
  for (const p of after) {
    if (afterIds.has(p.id)) return null;
    afterIds.add(p.id);
    const old = beforeById.get(p.id);
    if (!old) {
      edits.added.push(p);
      continue;
    }
    keptInAfter.push(p.id);
    if (old.lon !== p.lon || old.lat !== p.lat) edits.moved.push(p);
  }
  let k = 0;
  for (const p of before) {
    if (!afterIds.has(p.id)) edits.removed.push(p.id);
    else if (keptInAfter[k++] !== p.id) return null;
  }
  return edits;
}
