// Why: planners move, add and close places and expect coverage to follow at once. This times, on the real
// data and this machine, the data build, the full national computation, and the what-if recompute after
// one booked place moves (median and p95 over random moves), against a naive baseline measured in the
// same run: Turf nearestPoint per cell with straight-line distance (what a quick prototype would do).
// Run alone: npx tsx test/bench/reach.bench.ts
import { featureCollection, nearestPoint, point } from "@turf/turf";
import { pathToFileURL } from "node:url";
import { dataDir, loadReachSources, loadSources } from "../../scripts/load-sources.ts";
import { buildData } from "../../src/data/pipeline.ts";
import { buildReach, toArrayBuffer } from "../../src/data/reachPipeline.ts";
import { REACH_KEYS, inScenario, placedPlaces, type EnginePlace } from "../../src/data/reachScenarios.ts";
import { ReachService } from "../../src/worker/reachService.ts";
import { benchWhatIf } from "./whatIf.bench.ts";

const MOVES = 60;
const BASELINE_RUNS = 2;

/** A small deterministic PRNG so every run moves the same places the same way. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (x: number) => x.toFixed(1);

export async function benchReach(): Promise<string[]> {
  const lines: string[] = [];

  let started = performance.now();
  const { outputs } = buildData(loadSources(), dataDir);
  if (!outputs) throw new Error("data build failed: run npm run data for the issues");
  const { build } = buildReach(loadReachSources(), outputs, dataDir);
  if (!build) throw new Error("reach build failed: run npm run data for the issues");
  const buildMs = performance.now() - started;
  lines.push(`data build (tables, polygons, road graph, all scenarios): ${ms(buildMs)} ms`);

  const service = new ReachService(toArrayBuffer(build.networkBytes));
  service.loadCells(toArrayBuffer(build.cellsBytes));
  const places = placedPlaces(outputs.meetingPlaces);

  started = performance.now();
  for (const key of REACH_KEYS) if (places.some((p) => inScenario(key, p))) service.scenario(key, places);
  lines.push(`national computation, every scenario (worker engine): ${ms(performance.now() - started)} ms`);

  // What-if: move one random booked place up to ±0.3° and recompute the booked scenario everywhere.
  const booked = places.filter((p) => inScenario("booked", p));
  const next = random(2021);
  const timings: number[] = [];
  for (let m = 0; m < MOVES; m++) {
    const moved = booked[Math.floor(next() * booked.length)]!;
    const edited: EnginePlace[] = places.map((p) =>
      p === moved ? { ...p, lon: p.lon + (next() - 0.5) * 0.6, lat: p.lat + (next() - 0.5) * 0.3 } : p,
    );
    const t0 = performance.now();
    service.scenario("booked", edited);
    timings.push(performance.now() - t0);
  }
  timings.sort((a, b) => a - b);
  const median = quantile(timings, 0.5);
  const p95 = quantile(timings, 0.95);

  // Baseline: straight-line nearest booked place per cell with Turf, no road network, no aggregates.
  const cells = service["cellData"]!.cells;
  const targets = featureCollection(booked.map((p) => point([p.lon, p.lat])));
  const baselineRuns: number[] = [];
  for (let r = 0; r < BASELINE_RUNS; r++) {
    const t0 = performance.now();
    let checksum = 0;
    for (let i = 0; i < cells.lon.length; i++)
      checksum += nearestPoint([cells.lon[i]!, cells.lat[i]!], targets).properties.distanceToPoint;
    baselineRuns.push(performance.now() - t0);
    if (!Number.isFinite(checksum)) throw new Error("baseline produced no distances");
  }
  const baseline = Math.min(...baselineRuns);
  lines.push(
    `what-if moves: ${MOVES} over ${booked.length} booked places, ${cells.lon.length} cells; ` +
      `baseline = Turf nearestPoint per cell (best of ${BASELINE_RUNS})`,
  );
  lines.push(
    `what-if: median=${ms(median)} p95=${ms(p95)} baseline=${ms(baseline)} ratio=${(baseline / median).toFixed(1)}`,
  );
  lines.push(...benchWhatIf(service, places));
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  for (const line of await benchReach()) console.log(line);
