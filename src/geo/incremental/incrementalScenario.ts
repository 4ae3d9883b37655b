// One scenario (one kind of meeting place) whose aggregates follow edits to its places: the state of the
// last computation is kept, the next place list is diffed against it, and only what the edits touch is
// recomputed. The ScenarioReach equals scenarioReach's for the same places exactly (README.md); a large or
// unrecognised change is computed from scratch instead. Coordinates [lon, lat]; minutes; km.
import type { CellData } from "../../data/reachBinary.ts";
import type { PathSource } from "../dijkstra.ts";
import { placeSources, type AreaStats, type NearestResult, type NetworkIndex } from "../reach.ts";
import { summarizeScenario, type AreaLevels, type PlacedPlace, type ScenarioReach } from "../reachSummary.ts";
import type { PointGrid } from "../spatialIndex.ts";
import { AreaAggregates } from "./areaAggregates.ts";
import { DynamicPaths } from "./dynamicPaths.ts";
import { NearestPoints } from "./nearestPoints.ts";
import { diffPlaces, editCount } from "./placeEdits.ts";

/** More edits than this at once (or more than half the places) are computed from scratch. */
export const MAX_INCREMENTAL_EDITS = 16;

/** How the last update was computed. */
export type UpdateMode = "full" | "incremental";

/** The raw state in place-index terms, for tests that compare it with a full run. */
export interface ScenarioSnapshot {
  nodes: { minutes: Float64Array; km: Float64Array; label: Int32Array };
  cells: NearestResult;
  seats: NearestResult;
  stats: AreaStats[];
}

export class IncrementalScenario {
  private places: PlacedPlace[] = [];
  private readonly slotOfId = new Map<string, number>();
  private rankOfSlot = new Int32Array(64);
  private slotCount = 0;
  private readonly freeSlots: number[] = [];
  private readonly paths: DynamicPaths;
  private readonly cells: NearestPoints;
  private readonly seats: NearestPoints;
  private readonly areas: AreaAggregates;
  private started = false;
  /** The last result, whose unchanged entries the next one reuses (null after a full run). */
  private lastReach: ScenarioReach | null = null;
  /** How the last update() was computed. */
  lastMode: UpdateMode = "full";

  constructor(
    private readonly network: NetworkIndex,
    private readonly data: CellData,
    private readonly levels: AreaLevels,
    /** ReachEngine's grids over the same cells and seats, shared rather than built again. */
    grids?: { cellGrid: PointGrid; seatGrid: PointGrid },
  ) {
    const rank = () => this.rankOfSlot;
    const nodeCount = network.graph.nodeLon.length;
    this.paths = new DynamicPaths(network.graph, rank);
    this.cells = new NearestPoints(data.cells, nodeCount, rank, grids?.cellGrid);
    this.seats = new NearestPoints(data.seats, nodeCount, rank, grids?.seatGrid);
    this.areas = new AreaAggregates(this.cells.minutes, data.cells.population, [
      levels.kommun,
      levels.fa,
      levels.lan,
      levels.sverige,
    ]);
  }

  /** The aggregates for `places` (already filtered to this scenario), from the last state if possible. */
  update(places: readonly PlacedPlace[]): ScenarioReach {
    const edits = this.started ? diffPlaces(this.places, places) : null;
    if (!edits || editCount(edits) > Math.min(MAX_INCREMENTAL_EDITS, Math.max(1, places.length / 2))) {
      this.rebuild(places);
      this.lastMode = "full";
      this.lastReach = null;
    } else {
      this.apply(edits.removed, edits.moved, edits.added, places);
      this.lastMode = "incremental";
    }
    return this.result();
  }

  /** Everything from scratch: slot i = place i. */
  rebuild(places: readonly PlacedPlace[]): void {
    this.places = [...places];
    this.slotOfId.clear();
    this.freeSlots.length = 0;
    this.slotCount = places.length;
    this.ensureCapacity(places.length);
    places.forEach((p, i) => {
      this.slotOfId.set(p.id, i);
      this.rankOfSlot[i] = i;
    });
    const bySlot: PathSource[][] = places.map(() => []);
    for (const s of placeSources(this.network, places)) bySlot[s.label]!.push(s);
    this.paths.reset(bySlot);
    this.cells.reset(this.paths.paths, places);
    this.seats.reset(this.paths.paths, places);
    this.areas.reset();
    this.started = true;
  }

  private apply(
    removed: readonly string[],
    moved: readonly PlacedPlace[],
    added: readonly PlacedPlace[],
    places: readonly PlacedPlace[],
  ): void {
    // Closures first, under the old ranks (the closed places still hold theirs)…
    const freed: number[] = [];
    for (const id of removed) {
      const slot = this.slotOfId.get(id)!;
      this.slotOfId.delete(id);
      this.setPlace(slot, null);
      freed.push(slot);
    }
    // …then the new list's ranks: the places kept keep their relative order (diffPlaces checks it).
    for (const p of added) this.slotOfId.set(p.id, this.allocateSlot());
    places.forEach((p, rank) => (this.rankOfSlot[this.slotOfId.get(p.id)!] = rank));
    for (const p of moved) this.setPlace(this.slotOfId.get(p.id)!, p);
    for (const p of added) this.setPlace(this.slotOfId.get(p.id)!, p);
    this.freeSlots.push(...freed);
    this.places = [...places];

    const changedNodes = this.paths.takeChangedNodes();
    const changedCells = this.cells.takeChanged(this.paths.paths, changedNodes);
    this.seats.takeChanged(this.paths.paths, changedNodes);
    this.areas.update(changedCells);
  }

  /** The place in `slot` is at `place`'s position from now on (null: closed). */
  private setPlace(slot: number, place: PlacedPlace | null): void {
    const sources = place ? placeSources(this.network, [place]).map((s) => ({ ...s, label: slot })) : null;
    this.paths.replace(slot, sources);
    this.cells.setPlace(slot, place);
    this.seats.setPlace(slot, place);
  }

  private allocateSlot(): number {
    const slot = this.freeSlots.pop() ?? this.slotCount++;
    this.ensureCapacity(this.slotCount);
    return slot;
  }

  private ensureCapacity(slots: number): void {
    if (slots <= this.rankOfSlot.length) return;
    const next = new Int32Array(Math.max(slots, this.rankOfSlot.length * 2));
    next.set(this.rankOfSlot);
    this.rankOfSlot = next;
  }

  /** A slot's result as the place index (-1 stays -1). */
  private toIndex(slots: Int32Array): Int32Array {
    return slots.map((s) => (s < 0 ? -1 : this.rankOfSlot[s]!));
  }

  private result(): ScenarioReach {
    const seats: NearestResult = {
      minutes: this.seats.minutes,
      km: this.seats.km,
      place: this.toIndex(this.seats.slot),
    };
    const changed = this.areas.changed as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    const reach = summarizeScenario(
      this.data,
      this.levels,
      this.places,
      seats,
      this.areas.stats as [AreaStats, AreaStats, AreaStats, AreaStats],
      this.lastReach ? { reach: this.lastReach, changed } : undefined,
    );
    this.areas.clearChanged();
    this.lastReach = reach;
    return reach;
  }

  snapshot(): ScenarioSnapshot {
    const { minutes, km, label } = this.paths.paths;
    return {
      nodes: { minutes: minutes.slice(), km: km.slice(), label: this.toIndex(label) },
      cells: {
        minutes: this.cells.minutes.slice(),
        km: this.cells.km.slice(),
        place: this.toIndex(this.cells.slot),
      },
      seats: {
        minutes: this.seats.minutes.slice(),
        km: this.seats.km.slice(),
        place: this.toIndex(this.seats.slot),
      },
      stats: this.areas.stats.map((s) => ({
        population: s.population.slice(),
        unreachablePopulation: s.unreachablePopulation.slice(),
        meanMin: s.meanMin.slice(),
        medianMin: s.medianMin.slice(),
        p90Min: s.p90Min.slice(),
        maxMin: s.maxMin.slice(),
        popWithin: s.popWithin.map((w) => w.slice()),
      })),
    };
  }
}
