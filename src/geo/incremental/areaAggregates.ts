// areaStatistics kept up to date as cell minutes change: every area of every level keeps its cells in the
// order areaStatistics visits them (by quantised minutes, then cell index), and an area whose cells changed
// is re-summed along that order with the same arithmetic. Floating-point sums depend on their order, so
// re-summing in the same order is what makes the mean, median, p90 and max equal to a full run's bit for
// bit; a running total would drift by a few ulps. Sums of whole numbers below 2^53 are exact in any order,
// so when every cell's population is a whole number (the census grid's are) the populations within each
// threshold and the unreachable population are kept as running totals instead. Minutes; NaN = none.
import { WITHIN_MINUTES } from "../assumptions.ts";
import { radixOrder, type AreaLevel, type AreaStats } from "../reach.ts";

/** areaStatistics' sort key: minutes at 0.001, unreachable last (the same constants as reach.ts). */
const QUANTUM = 1000;
const UNREACHABLE_KEY = 2 ** 31;
const keyOf = (t: number) =>
  t === Infinity ? UNREACHABLE_KEY : Math.min(UNREACHABLE_KEY - 1, Math.round(t * QUANTUM));

/** Cells up to this count pack (key, index) into one float64 for a numeric sort. */
const PACK = 2 ** 21;

interface LevelState {
  areaOfCell: Int32Array;
  areaCount: number;
  /** Area a's cells, in visiting order, are order[start[a]] … order[start[a+1]-1]. */
  start: Int32Array;
  order: Int32Array;
  /** orderKey[k] = key of order[k]: the merge reads keys in sequence, not scattered over the cells. */
  orderKey: Uint32Array;
  stats: AreaStats;
  /** 1 for the areas re-summed since the last clearChanged(). */
  changed: Uint8Array;
}

export class AreaAggregates {
  private readonly keys: Uint32Array;
  /** The minutes the statistics were last computed from (to take a changed cell out of the totals). */
  private readonly previous: Float64Array;
  /** Every population is a whole number and their sum is below 2^53 (see the top of the file). */
  private readonly wholePopulation: boolean;
  private readonly levels: LevelState[];
  /** Keys before the current update, for the changed cells (their old positions). */
  private readonly oldKeys: Uint32Array;
  private scratch: Int32Array;
  private scratchKey: Uint32Array;
  private readonly thresholds = Float64Array.from(WITHIN_MINUTES);

  constructor(
    /** The cells' minutes, read at every update (the live array of the nearest-place stage). */
    private readonly minutes: Float64Array,
    private readonly population: Float64Array,
    levels: readonly AreaLevel[],
  ) {
    const n = minutes.length;
    this.keys = new Uint32Array(n);
    this.previous = new Float64Array(n);
    let sum = 0;
    let whole = true;
    for (let i = 0; i < n; i++) {
      const pop = population[i]!;
      if (!Number.isInteger(pop) || pop < 0) whole = false;
      sum += pop;
    }
    this.wholePopulation = whole && sum < 2 ** 53;
    this.oldKeys = new Uint32Array(n);
    this.scratch = new Int32Array(n);
    this.scratchKey = new Uint32Array(n);
    this.levels = levels.map(({ areaOfCell, areaCount }) => {
      const start = new Int32Array(areaCount + 1);
      for (let i = 0; i < n; i++) start[areaOfCell[i]! + 1]!++;
      for (let a = 0; a < areaCount; a++) start[a + 1]! += start[a]!;
      const total = new Float64Array(areaCount);
      // As areaStatistics: in cell order.
      for (let i = 0; i < n; i++) total[areaOfCell[i]!]! += population[i]!;
      const stats: AreaStats = {
        population: total,
        unreachablePopulation: new Float64Array(areaCount),
        meanMin: new Float64Array(areaCount),
        medianMin: new Float64Array(areaCount),
        p90Min: new Float64Array(areaCount),
        maxMin: new Float64Array(areaCount),
        popWithin: WITHIN_MINUTES.map(() => new Float64Array(areaCount)),
      };
      const order = new Int32Array(n);
      const changed = new Uint8Array(areaCount);
      return { areaOfCell, areaCount, start, order, orderKey: new Uint32Array(n), stats, changed };
    });
  }

  /** The statistics per level, as areaStatistics returns them (updated in place). */
  get stats(): AreaStats[] {
    return this.levels.map((l) => l.stats);
  }

  /** Per level, 1 for the areas whose statistics were recomputed since the last clearChanged(). */
  get changed(): Uint8Array[] {
    return this.levels.map((l) => l.changed);
  }

  clearChanged(): void {
    for (const level of this.levels) level.changed.fill(0);
  }

  /** Everything from scratch: one sort of all cells, split by area keeping the order. */
  reset(): void {
    const n = this.minutes.length;
    for (let i = 0; i < n; i++) this.keys[i] = keyOf(this.minutes[i]!);
    this.previous.set(this.minutes);
    const order = radixOrder(this.keys);
    for (const level of this.levels) {
      const cursor = level.start.slice(0, level.areaCount);
      for (let k = 0; k < n; k++) {
        const i = order[k]!;
        const at = cursor[level.areaOfCell[i]!]!++;
        level.order[at] = i;
        level.orderKey[at] = this.keys[i]!;
      }
      for (let a = 0; a < level.areaCount; a++) this.summarize(level, a, true);
      level.changed.fill(1);
    }
  }

  /** The cells in `changed` have new minutes: re-sort them into their areas and re-sum those areas. */
  update(changed: readonly number[]): void {
    if (changed.length === 0) return;
    const keys = this.keys;
    // The old keys (to find the cells' old positions), then the new.
    for (const i of changed) this.oldKeys[i] = keys[i]!;
    for (const i of changed) keys[i] = keyOf(this.minutes[i]!);
    const sorted = this.sortByKey(changed);
    for (const level of this.levels) {
      // The changed cells by area, each area's in sorted order (a counting sort by area).
      const first = new Int32Array(level.areaCount + 1);
      for (const i of sorted) first[level.areaOfCell[i]! + 1]!++;
      for (let a = 0; a < level.areaCount; a++) first[a + 1]! += first[a]!;
      const cursor = first.slice(0, level.areaCount);
      const grouped = new Int32Array(sorted.length);
      for (const i of sorted) grouped[cursor[level.areaOfCell[i]!]!++] = i;
      for (let a = 0; a < level.areaCount; a++) {
        if (first[a] === first[a + 1]) continue;
        const list = grouped.subarray(first[a]!, first[a + 1]!);
        this.merge(level, a, list);
        if (this.wholePopulation) this.moveTotals(level.stats, a, list);
        this.summarize(level, a, !this.wholePopulation);
        level.changed[a] = 1;
      }
    }
    for (const i of changed) this.previous[i] = this.minutes[i]!;
  }

  /** Whole populations: the changed cells leave their old threshold totals and join their new ones. */
  private moveTotals(stats: AreaStats, a: number, cells: Int32Array): void {
    const thresholds = this.thresholds;
    for (const i of cells) {
      const pop = this.population[i]!;
      const before = this.previous[i]!;
      const after = this.minutes[i]!;
      if (before === Infinity) stats.unreachablePopulation[a]! -= pop;
      if (after === Infinity) stats.unreachablePopulation[a]! += pop;
      for (let j = 0; j < thresholds.length; j++) {
        const w = stats.popWithin[j]!;
        if (before <= thresholds[j]!) w[a]! -= pop;
        if (after <= thresholds[j]!) w[a]! += pop;
      }
    }
  }

  /** Cell indexes by (key, index), as radixOrder orders them. */
  private sortByKey(cells: readonly number[]): Int32Array {
    const keys = this.keys;
    if (this.minutes.length <= PACK) {
      const packed = new Float64Array(cells.length);
      for (let k = 0; k < cells.length; k++) packed[k] = keys[cells[k]!]! * PACK + cells[k]!;
      packed.sort();
      const out = new Int32Array(cells.length);
      for (let k = 0; k < cells.length; k++) out[k] = packed[k]! % PACK;
      return out;
    }
    return Int32Array.from(cells).sort((a, b) => keys[a]! - keys[b]! || a - b);
  }

  /** The first position in [from, to) of area order whose (key, cell) is not below (key, cell). */
  private lowerBound(level: LevelState, from: number, to: number, key: number, cell: number): number {
    const { order, orderKey } = level;
    let lo = from;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = orderKey[mid]!;
      if (k < key || (k === key && order[mid]! < cell)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Area a's order without the changed cells at their old places, with `list` (the area's changed cells,
   * sorted by new key) at their new ones. The positions come from binary searches; the runs between them
   * are block copies, so the cost is the number of changes times log n plus one copy of the area.
   */
  private merge(level: LevelState, a: number, list: Int32Array): void {
    const { order, orderKey } = level;
    const from = level.start[a]!;
    const to = level.start[a + 1]!;
    const m = list.length;
    const removeAt = new Int32Array(m);
    const insertAt = new Int32Array(m);
    for (let j = 0; j < m; j++) {
      const c = list[j]!;
      removeAt[j] = this.lowerBound(level, from, to, this.oldKeys[c]!, c);
      insertAt[j] = this.lowerBound(level, from, to, this.keys[c]!, c);
    }
    removeAt.sort();
    const out = this.scratch;
    const outKey = this.scratchKey;
    let o = 0;
    let pos = from;
    let r = 0;
    let j = 0;
    for (;;) {
      const nextRemove = r < m ? removeAt[r]! : to;
      const nextInsert = j < m ? insertAt[j]! : to;
      const next = nextRemove < nextInsert ? nextRemove : nextInsert;
      if (next - pos > 32) {
        out.set(order.subarray(pos, next), o);
        outKey.set(orderKey.subarray(pos, next), o);
        o += next - pos;
      } else
        for (let k = pos; k < next; k++) {
          out[o] = order[k]!;
          outKey[o++] = orderKey[k]!;
        }
      pos = next;
      if (j < m && nextInsert <= nextRemove) {
        // Lower bound: the entry at pos is not below the inserted one, so the inserted goes first.
        const c = list[j++]!;
        out[o] = c;
        outKey[o++] = this.keys[c]!;
      } else if (r < m) {
        pos++; // the changed cell's old entry
        r++;
      } else break;
    }
    if (from === 0 && to === order.length) {
      // The area is the whole level (Sweden): swap the buffers instead of copying back.
      level.order = out;
      level.orderKey = outKey;
      this.scratch = order;
      this.scratchKey = orderKey;
    } else {
      order.set(out.subarray(0, o), from);
      orderKey.set(outKey.subarray(0, o), from);
    }
  }

  /**
   * areaStatistics' loop for one area, along the area's order. `totals`: also the threshold and
   * unreachable sums (else they are kept by moveTotals).
   */
  private summarize(level: LevelState, a: number, totals: boolean): void {
    const { order, stats } = level;
    const minutes = this.minutes;
    const population = this.population;
    const areaTotal = stats.population[a]!;
    const half = 0.5 * areaTotal;
    const ninety = 0.9 * areaTotal;
    let cumulative = 0;
    let unreachable = 0;
    let weighted = 0;
    let median = NaN;
    let p90 = NaN;
    let max = NaN;
    const from = level.start[a]!;
    const to = level.start[a + 1]!;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const pop = population[i]!;
      const t = minutes[i]!;
      const after = cumulative + pop;
      cumulative = after;
      if (t === Infinity) {
        unreachable += pop;
        if (median !== median && after >= half) median = Infinity;
        if (p90 !== p90 && after >= ninety) p90 = Infinity;
        continue;
      }
      weighted += t * pop;
      max = t;
      // x !== x is the NaN test, without a call in the hot loop.
      if (median !== median && after >= half) median = t;
      if (p90 !== p90 && after >= ninety) p90 = t;
    }
    if (totals) {
      stats.unreachablePopulation[a] = unreachable;
      const thresholds = this.thresholds;
      for (let j = 0; j < thresholds.length; j++) {
        const threshold = thresholds[j]!;
        let within = 0;
        for (let k = from; k < to; k++) {
          const i = order[k]!;
          if (minutes[i]! <= threshold) within += population[i]!;
        }
        stats.popWithin[j]![a] = within;
      }
    }
    const reachable = areaTotal - stats.unreachablePopulation[a]!;
    stats.meanMin[a] = reachable > 0 ? weighted / reachable : NaN;
    stats.medianMin[a] = median;
    stats.p90Min[a] = p90;
    stats.maxMin[a] = max;
  }
}
