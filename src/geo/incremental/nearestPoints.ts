// The nearest place of every point (population cell or kommun seat) kept up to date as places move, open
// and close: what nearestPlaces computes, re-evaluated only for the points whose network route changed
// (their node's value changed) or whose direct legs involve the edited place. Equal to nearestPlaces on
// the same places after every edit (README.md). Coordinates [lon, lat]; minutes; km.
import { DIRECT_MAX_KM, accessMinutes } from "../assumptions.ts";
import type { ShortestPaths } from "../dijkstra.ts";
import { haversineM } from "../distance.ts";
import { directLegs, type AttachedPoints, type DirectLegs } from "../reach.ts";
import { PointGrid } from "../spatialIndex.ts";

/** Places within this of an edited place can share a point with it in their direct legs, m. */
const DIRECT_NEIGHBOUR_M = 2 * DIRECT_MAX_KM * 1000 + 1000;

export class NearestPoints {
  /** The result, as nearestPlaces gives it but with slots for place indexes (-1: none). */
  readonly minutes: Float64Array;
  readonly km: Float64Array;
  readonly slot: Int32Array;
  /** The best direct leg of every point: minutes, km, slot (-1: no place within DIRECT_MAX_KM). */
  private readonly directMinutes: Float64Array;
  private readonly directKm: Float64Array;
  private readonly directSlot: Int32Array;
  private readonly grid: PointGrid;
  /** Points with a leg to each node: nodePoints[nodeStart[v] … nodeStart[v+1]-1] (a point may repeat). */
  private readonly nodeStart: Int32Array;
  private readonly nodePoints: Int32Array;
  /** Per slot: its position and its direct legs (null: no place in that slot). */
  private readonly legs: (DirectLegs | null)[] = [];
  private readonly lon: number[] = [];
  private readonly lat: number[] = [];
  /** Points to re-evaluate at the next takeChanged(), marked with the current stamp. */
  private readonly affectedStamp: Int32Array;
  private affected: number[] = [];
  private readonly lostStamp: Int32Array;
  private stamp = 1;

  constructor(
    readonly points: AttachedPoints,
    nodeCount: number,
    /** rank()[slot]: the slot's place index (ties go to the lower). */
    private readonly rank: () => Int32Array,
    /** ReachEngine's grid over the same points (cellGrid or seatGrid), to share it; else one is built. */
    grid?: PointGrid,
  ) {
    const n = points.lon.length;
    this.minutes = new Float64Array(n);
    this.km = new Float64Array(n);
    this.slot = new Int32Array(n);
    this.directMinutes = new Float64Array(n);
    this.directKm = new Float64Array(n);
    this.directSlot = new Int32Array(n);
    this.affectedStamp = new Int32Array(n);
    this.lostStamp = new Int32Array(n);
    // The same grid as ReachEngine's, so directLegs visits and keeps exactly the same points.
    this.grid = grid ?? new PointGrid(points.lon, points.lat, 5_000);
    // Every node a point has a leg to (its nearest node and the extra legs of multi-node attachment),
    // so a change at any of them re-evaluates the point.
    const { node, extraOffsets, extraNode } = points;
    const forEachLeg = (visit: (i: number, v: number) => void): void => {
      for (let i = 0; i < n; i++) {
        if (node[i]! >= 0) visit(i, node[i]!);
        for (let k = extraOffsets[i]!; k < extraOffsets[i + 1]!; k++) visit(i, extraNode[k]!);
      }
    };
    const start = new Int32Array(nodeCount + 1);
    forEachLeg((_, v) => start[v + 1]!++);
    for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!;
    const cursor = start.slice(0, nodeCount);
    const nodePoints = new Int32Array(start[nodeCount]!);
    forEachLeg((i, v) => (nodePoints[cursor[v]!++] = i));
    this.nodeStart = start;
    this.nodePoints = nodePoints;
  }

  /** Everything from scratch, for places by slot (null: empty slot). */
  reset(paths: ShortestPaths, bySlot: readonly ({ lon: number; lat: number } | null)[]): void {
    this.directMinutes.fill(Infinity);
    this.directKm.fill(Infinity);
    this.directSlot.fill(-1);
    // Legs of positions that are still used are kept (a reordered list is recomputed in full).
    const known = new Map<string, DirectLegs>();
    this.legs.forEach((legs, slot) => legs && known.set(`${this.lon[slot]},${this.lat[slot]}`, legs));
    this.legs.length = 0;
    bySlot.forEach((p, slot) => {
      this.legs[slot] = null;
      if (p) this.open(slot, p.lon, p.lat, known.get(`${p.lon},${p.lat}`));
    });
    const rank = this.rank();
    for (let i = 0; i < this.minutes.length; i++) this.evaluate(i, paths, rank);
    this.affectedStamp.fill(0);
    this.affected = [];
  }

  /** The place in `slot` moves to `position`, opens there (empty slot) or closes (null). */
  setPlace(slot: number, position: { lon: number; lat: number } | null): void {
    const old = this.legs[slot] ?? null;
    this.legs[slot] = null;
    if (old) this.close(slot, old, this.lon[slot]!, this.lat[slot]!);
    if (position) this.open(slot, position.lon, position.lat);
  }

  private close(slot: number, old: DirectLegs, lon: number, lat: number): void {
    // Points whose best direct leg was this place's: their best among the other places is found again.
    const lost: number[] = [];
    const stamp = ++this.stamp;
    for (const i of old.points) {
      this.markAffected(i);
      if (this.directSlot[i] !== slot) continue;
      lost.push(i);
      this.lostStamp[i] = stamp;
      this.directMinutes[i] = Infinity;
      this.directKm[i] = Infinity;
      this.directSlot[i] = -1;
    }
    if (lost.length === 0) return;
    this.legs.forEach((legs, other) => {
      if (!legs || haversineM(lon, lat, this.lon[other]!, this.lat[other]!) > DIRECT_NEIGHBOUR_M) return;
      for (let j = 0; j < legs.points.length; j++) {
        const i = legs.points[j]!;
        if (this.lostStamp[i] === stamp) this.offerDirect(i, other, legs.minutes[j]!, legs.km[j]!);
      }
    });
  }

  private open(slot: number, lon: number, lat: number, known?: DirectLegs): void {
    const legs = known ?? directLegs(this.grid, lon, lat);
    this.legs[slot] = legs;
    this.lon[slot] = lon;
    this.lat[slot] = lat;
    for (let j = 0; j < legs.points.length; j++) {
      const i = legs.points[j]!;
      this.markAffected(i);
      this.offerDirect(i, slot, legs.minutes[j]!, legs.km[j]!);
    }
  }

  /** nearestPlaces' rule among direct legs: fewer minutes, then the lower place index. */
  private offerDirect(i: number, slot: number, minutes: number, km: number): void {
    const current = this.directSlot[i]!;
    const best = this.directMinutes[i]!;
    if (current < 0 || minutes < best || (minutes === best && this.rank()[slot]! < this.rank()[current]!)) {
      this.directMinutes[i] = minutes;
      this.directKm[i] = km;
      this.directSlot[i] = slot;
    }
  }

  private markAffected(i: number): void {
    if (this.affectedStamp[i] === -1) return;
    this.affectedStamp[i] = -1;
    this.affected.push(i);
  }

  /** nearestPlaces for one point: the network route, replaced by the best direct leg if that is better. */
  private evaluate(i: number, paths: ShortestPaths, rank: Int32Array): void {
    const node = this.points.node[i]!;
    const viaNetwork = node < 0 ? Infinity : paths.minutes[node]!;
    let minutes = Infinity;
    let km = Infinity;
    let slot = -1;
    if (viaNetwork !== Infinity) {
      minutes = accessMinutes(this.points.accessKm[i]!) + viaNetwork;
      km = this.points.accessKm[i]! + paths.km[node]!;
      slot = paths.label[node]!;
    }
    // The extra legs, in nearestPlaces' order and with its rule: fewer minutes, then the lower place.
    const { extraOffsets, extraNode, extraKm } = this.points;
    for (let k = extraOffsets[i]!; k < extraOffsets[i + 1]!; k++) {
      const extra = extraNode[k]!;
      const t = accessMinutes(extraKm[k]!) + paths.minutes[extra]!;
      const label = paths.label[extra]!;
      if (t < minutes || (t === minutes && label >= 0 && (slot < 0 || rank[label]! < rank[slot]!))) {
        minutes = t;
        km = extraKm[k]! + paths.km[extra]!;
        slot = label;
      }
    }
    const direct = this.directSlot[i]!;
    if (direct >= 0) {
      const dm = this.directMinutes[i]!;
      if (dm < minutes || (dm === minutes && rank[direct]! < rank[slot]!)) {
        minutes = dm;
        km = this.directKm[i]!;
        slot = direct;
      }
    }
    this.minutes[i] = minutes;
    this.km[i] = km;
    this.slot[i] = slot;
  }

  /**
   * Re-evaluates the points marked by the edits and those attached to `changedNodes`; returns the points
   * whose minutes changed (their slot or km may change without it, and are updated too).
   */
  takeChanged(paths: ShortestPaths, changedNodes: readonly number[]): number[] {
    for (const v of changedNodes)
      for (let k = this.nodeStart[v]!; k < this.nodeStart[v + 1]!; k++)
        this.markAffected(this.nodePoints[k]!);
    const rank = this.rank();
    const changed: number[] = [];
    for (const i of this.affected) {
      this.affectedStamp[i] = 0;
      const before = this.minutes[i]!;
      this.evaluate(i, paths, rank);
      if (this.minutes[i] !== before) changed.push(i);
    }
    this.affected = [];
    return changed;
  }
}
