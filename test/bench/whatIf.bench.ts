// Why: the planner view recomputes a scenario on every pointer move while a place is dragged, so one
// small move must cost a fraction of the full national run. This times, on the real data and this
// machine, successive ~1 km moves of one place (a drag), then closing and reopening places, through
// ReachService.scenario (incremental), against ReachService.scenarioFull (today's full national
// recompute) measured in the same run. Called from reach.bench.ts (which builds the data).
import { availableParallelism, loadavg } from "node:os";
import { isDeepStrictEqual } from "node:util";
import { inScenario, type EnginePlace, type ReachKey } from "../../src/data/reachScenarios.ts";
import type { ReachService } from "../../src/worker/reachService.ts";

const DRAG_MOVES = 120;
const WARM_UP_MOVES = 30;
const STEP_KM = 1;
const FULL_RUNS = 15;
const EDIT_PLACES = 30;

/** A small deterministic PRNG so every run drags the same way. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sortedTimes = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (x: number) => x.toFixed(2);

function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Wall-clock ms of fn, and the process's CPU ms (not counting time the OS gave other processes). */
function timedWithCpu(fn: () => void): [number, number] {
  const cpu = process.cpuUsage();
  const wall = timed(fn);
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000];
}

/** The incremental result must equal the full one; a bench that measures a wrong answer is useless. */
function checkEqual(service: ReachService, key: ReachKey, places: EnginePlace[], what: string): void {
  if (!isDeepStrictEqual(service.scenario(key, places), service.scenarioFull(key, places)))
    throw new Error(`what-if ${what} (${key}): incremental result differs from the full recompute`);
}

export function benchWhatIf(service: ReachService, published: readonly EnginePlace[]): string[] {
  const lines: string[] = [];
  for (const key of ["booked", "spontaneous"] as const) {
    const kind = published.filter((p) => inScenario(key, p));
    if (kind.length === 0) continue;
    const next = random(key === "booked" ? 10 : 20);
    let places = [...published];

    // Today's full national recompute of this scenario.
    const full = quantile(
      sortedTimes(Array.from({ length: FULL_RUNS }, () => timed(() => service.scenarioFull(key, places)))),
      0.5,
    );

    // A drag: one place (Mora's, a mid-size catchment) moved ~1 km per step, its heading drifting. Before
    // it, an unmeasured warm-up drag of another place, so the JIT has compiled the incremental path (the
    // first dozen frames of a session's first drag take up to 25 ms while it does).
    const dragged = kind.find((p) => p.kommunKod === "2062") ?? kind[0]!;
    const warmUp = kind.find((p) => p !== dragged)!;
    service.scenario(key, places); // the state the drag starts from (a full computation)
    const drag: number[] = [];
    const dragCpu: number[] = [];
    let incremental = 0;
    for (const [place, moves, measured] of [
      [warmUp, WARM_UP_MOVES, false],
      [dragged, DRAG_MOVES, true],
    ] as const) {
      let heading = next() * 2 * Math.PI;
      let { lon, lat } = place;
      for (let m = 0; m < moves; m++) {
        heading += (next() - 0.5) * 0.8;
        lat += (STEP_KM / 111.2) * Math.cos(heading);
        lon += (STEP_KM / (111.2 * Math.cos((lat * Math.PI) / 180))) * Math.sin(heading);
        const position = { lon, lat };
        places = places.map((p) => (p.id === place.id ? { ...p, ...position } : p));
        const [wall, cpu] = timedWithCpu(() => service.scenario(key, places));
        if (!measured) continue;
        drag.push(wall);
        dragCpu.push(cpu);
        if (service.lastScenarioMode === "incremental") incremental++;
      }
    }
    checkEqual(service, key, places, "drag");
    const dragSorted = sortedTimes(drag);
    const median = quantile(dragSorted, 0.5);
    lines.push(
      `what-if drag, ${key}: ${DRAG_MOVES} successive ${STEP_KM} km moves of ${dragged.id} ` +
        `(${incremental} incremental, after ${WARM_UP_MOVES} warm-up moves of ${warmUp.id}) among ` +
        `${kind.length} places; full = scenarioFull, median of ${FULL_RUNS}; ` +
        `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
    lines.push(
      `what-if drag: median=${ms(median)} p95=${ms(quantile(dragSorted, 0.95))} full=${ms(full)} ` +
        `ratio=${(full / median).toFixed(1)}`,
    );
    const cpuSorted = sortedTimes(dragCpu);
    lines.push(
      `what-if drag, ${key}, CPU time of the process (without waits for other processes): ` +
        `median=${ms(quantile(cpuSorted, 0.5))} p95=${ms(quantile(cpuSorted, 0.95))}`,
    );

    // Close a place, then open it again where it was (an addition), for places picked at random.
    const close: number[] = [];
    const add: number[] = [];
    places = [...published];
    service.scenario(key, places);
    for (let e = 0; e < EDIT_PLACES; e++) {
      const place = kind[Math.floor(next() * kind.length)]!;
      const without = places.filter((p) => p.id !== place.id);
      close.push(timed(() => service.scenario(key, without)));
      add.push(timed(() => service.scenario(key, places)));
    }
    checkEqual(service, key, places, "close/add");
    const c = sortedTimes(close);
    const a = sortedTimes(add);
    lines.push(
      `what-if close, ${key}: median=${ms(quantile(c, 0.5))} p95=${ms(quantile(c, 0.95))}; ` +
        `add: median=${ms(quantile(a, 0.5))} p95=${ms(quantile(a, 0.95))} (${EDIT_PLACES} places each)`,
    );
  }
  return lines;
}
