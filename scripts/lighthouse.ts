// npm run lighthouse [-- --runs N --url URL --block PATTERN]: Lighthouse on the production build (run
// `npm run build` first), as issue 4 asks: mobile form factor, simulated throttling, performance category
// only; goal: score ≥ 90. Serves dist/ with `vite preview` on a free loopback port, or measures --url
// (another static server, a deployment); --block drops matching requests (e.g. '*MapView*') to show
// what one resource costs. Each run gets a fresh Debian Chromium (throwaway profile, so a cold cache;
// the flags of shared/NOTES.md) that Lighthouse drives over its debugging port. Prints one line per run
// and the per-metric median, and writes the JSON and HTML reports to test-results/. Never part of
// npm test: a score depends on the machine and its load.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { CHROMIUM_FLAGS, chromiumPath } from "../test/e2e/browser.ts";
import { freePort, signalGroup, sleep, startPreview } from "../test/e2e/preview.ts";

const repoDir = fileURLToPath(new URL("../", import.meta.url));
const resultsDir = join(repoDir, "test-results");
const host = "127.0.0.1";

interface Metrics {
  /** 0–100 */
  performance: number;
  /** Largest Contentful Paint, Total Blocking Time and First Contentful Paint in ms (simulated). */
  lcp: number;
  tbt: number;
  fcp: number;
  /** Cumulative Layout Shift, unitless. */
  cls: number;
}

interface RunningChromium {
  port: number;
  stop: () => Promise<void>;
}

/** Debian's Chromium with remote debugging on a free loopback port and a fresh profile (cold cache). */
async function startChromium(): Promise<RunningChromium> {
  const port = await freePort(host);
  const userDataDir = await mkdtemp(join(tmpdir(), "narvaro-lighthouse-profile-"));
  const args = [
    ...CHROMIUM_FLAGS,
    `--remote-debugging-address=${host}`,
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${userDataDir}`,
    "about:blank",
  ];
  // detached: Chromium leads its own process group, so stop() reaches its renderer and GPU processes too.
  const child = spawn(chromiumPath(), args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let output = "";
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async (): Promise<void> => {
    await stopGroup(child, exited);
    await rm(userDataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`http://${host}:${port}/json/version`);
      if (response.ok) return { port, stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`Chromium (${chromiumPath()}) did not open its debugging port ${port}:\n${output}`);
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  signalGroup(pid, "SIGTERM");
  const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
  if (!done) signalGroup(pid, "SIGKILL");
  await exited;
}

function numericValue(lhr: Result, auditId: string): number {
  const value = lhr.audits[auditId]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse report has no numeric value for "${auditId}"`);
  return value;
}

function metricsOf(lhr: Result): Metrics {
  const score = lhr.categories.performance?.score;
  if (score === null || score === undefined)
    throw new Error(
      `Lighthouse gave no performance score (runtime error: ${lhr.runtimeError?.message ?? "none"})`,
    );
  return {
    performance: Math.round(score * 100),
    lcp: numericValue(lhr, "largest-contentful-paint"),
    tbt: numericValue(lhr, "total-blocking-time"),
    fcp: numericValue(lhr, "first-contentful-paint"),
    cls: numericValue(lhr, "cumulative-layout-shift"),
  };
}

const format = (m: Metrics) =>
  `performance=${m.performance} lcp=${Math.round(m.lcp)} tbt=${Math.round(m.tbt)} fcp=${Math.round(m.fcp)} ` +
  `cls=${m.cls.toFixed(3)}`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function runOnce(url: string, run: number, blockedUrlPatterns: string[]): Promise<Metrics> {
  const chromium = await startChromium();
  try {
    const flags: Flags = {
      port: chromium.port,
      hostname: host,
      output: ["json", "html"],
      logLevel: "error",
      onlyCategories: ["performance"],
      // Lighthouse's defaults, stated so a change of default cannot change what is measured.
      formFactor: "mobile",
      throttlingMethod: "simulate",
      blockedUrlPatterns,
    };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error("Lighthouse returned no result");
    const [json, html] = Array.isArray(result.report) ? result.report : [result.report];
    const base = join(resultsDir, `lighthouse-${run}.report`);
    if (json !== undefined) await writeFile(`${base}.json`, json);
    if (html !== undefined) await writeFile(`${base}.html`, html);
    for (const warning of result.lhr.runWarnings) console.log(`lighthouse: warning: ${warning}`);
    console.log(`lighthouse: run ${run}: reports ${relative(repoDir, base)}.{json,html}`);
    return metricsOf(result.lhr);
  } finally {
    await chromium.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      url: { type: "string" },
      block: { type: "string", multiple: true, default: [] },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs wants a positive integer, got "${values.runs}"`);
  if (values.url === undefined && !existsSync(join(repoDir, "dist", "index.html")))
    throw new Error("dist/ is missing: run `npm run build` first");
  await mkdir(resultsDir, { recursive: true });

  const preview = values.url === undefined ? await startPreview(repoDir) : null;
  const url = values.url ?? `${preview?.origin}/`;
  const measured: Metrics[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const metrics = await runOnce(url, run, values.block);
      console.log(`lighthouse: ${format(metrics)}`);
      measured.push(metrics);
    }
  } finally {
    await preview?.stop();
  }
  if (runs > 1) {
    const of = (pick: (m: Metrics) => number) => median(measured.map(pick));
    const medians: Metrics = {
      performance: of((m) => m.performance),
      lcp: of((m) => m.lcp),
      tbt: of((m) => m.tbt),
      fcp: of((m) => m.fcp),
      cls: of((m) => m.cls),
    };
    console.log(
      `lighthouse: median of ${runs} runs (per metric): ${format(medians)} (goal performance ≥ 90)`,
    );
  }
}

await main();
