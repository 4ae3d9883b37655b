// Browser smoke test of the production build: `npm run build`, then `npx tsx test/e2e/smoke.ts`.
// Serves dist/ with `vite preview` on 127.0.0.1, drives Debian's Chromium through NarvarokartanPage and
// prints "N passed, N failed". Env: CHROMIUM_PATH (default /usr/bin/chromium), E2E_DIST_DIR (serve
// another build output instead of dist/, e.g. a throwaway page).
// Screenshots for a person to look at: test-results/smoke-map.png (map ready), smoke-end.png (last state).
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { launchBrowser, type LaunchedBrowser } from "./browser.ts";
import { NarvarokartanPage, type AxeViolation } from "./driver.ts";
import { finderCases } from "./finder.ts";
import { embedCases, embedPageCases } from "./embed.ts";
import { finderMapCases } from "./finderMap.ts";
import { importCases } from "./import.ts";
import { plannerCases } from "./planner.ts";
import { reachCases } from "./reach.ts";
import { transitCases } from "./transit.ts";
import { assert, report, runCases, type RunSummary } from "./harness.ts";
import { watchNetwork, type NetworkLog } from "./network.ts";
import { startPreview, type PreviewServer } from "./preview.ts";
import { originSelfTest } from "./selftest.ts";

const MAP_READY_TIMEOUT_MS = 60_000;
/** The whole run, self-check included, normally takes ~15 s; past this something hangs. */
const RUN_TIMEOUT_MS = 5 * 60_000;
const projectDir = process.cwd();
const distDir = process.env.E2E_DIST_DIR ? path.resolve(process.env.E2E_DIST_DIR) : undefined;
const resultsDir = path.join(projectDir, "test-results");

let preview: PreviewServer | undefined;
let browser: LaunchedBrowser | undefined;

/** Closes the browser and stops vite preview; runs on every exit path, signals and the watchdog included. */
async function cleanUp(): Promise<void> {
  await browser?.close();
  browser = undefined;
  await preview?.stop();
  preview = undefined;
}

async function abort(reason: string, exitCode: number): Promise<never> {
  console.log(`  ✗ e2e aborted: ${reason}`);
  await cleanUp();
  process.exit(exitCode);
}

function assertNoViolations(violations: AxeViolation[]): void {
  const lines = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 3).join(", ")}`,
  );
  assert(violations.length === 0, lines.join("\n"));
}

async function main(): Promise<number> {
  const summary: RunSummary = { passed: 0, failed: 0 };
  console.log("e2e: origin detector self-check");
  await runCases([originSelfTest], summary);

  const servedDir = distDir ?? path.join(projectDir, "dist");
  if (!existsSync(path.join(servedDir, "index.html"))) {
    console.log(`  ✗ ${servedDir}/index.html is missing: run \`npm run build\` first`);
    summary.failed += 1;
    return report(summary);
  }

  try {
    preview = await startPreview(projectDir, distDir ? { outDir: distDir } : {});
    browser = await launchBrowser();
    const origin = preview.origin;
    const network: NetworkLog = await watchNetwork(browser.context, origin);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    const app = new NarvarokartanPage(page, origin);

    console.log(`e2e: production build at ${origin}/`);
    await runCases(
      [
        {
          name: "the production page loads",
          run: async () => {
            const response = await app.open();
            assert(response?.ok(), `GET / answered ${response?.status() ?? "nothing"}`);
          },
        },
        {
          name: `the map canvas appears in [data-testid="map"] and mapReady is "true" within 60 s`,
          run: async () => {
            const started = Date.now();
            await app.waitForMapReady(MAP_READY_TIMEOUT_MS);
            const size = await app.mapCanvasSize();
            assert(size.width > 0 && size.height > 0, `map canvas is ${size.width} × ${size.height}`);
            console.log(`      map ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
            await mkdir(resultsDir, { recursive: true });
            await app.screenshot(path.join(resultsDir, "smoke-map.png"));
          },
        },
        {
          name: `the legend [data-testid="legend"] is visible`,
          run: async () => {
            await app.legend.waitFor({ state: "visible", timeout: 10_000 });
          },
        },
        {
          name: `the Om data panel opens and mentions 290 kommuner and 2021-10-01`,
          run: async () => {
            const text = await app.openOmData();
            for (const expected of ["290", "2021-10-01"]) {
              assert(
                text.includes(expected),
                `Om data does not mention "${expected}":\n${text.slice(0, 500)}`,
              );
            }
          },
        },
        {
          name: "axe-core finds no WCAG 2.1 A/AA violation with the map and Om data shown",
          run: async () => assertNoViolations(await app.axeViolations()),
        },
        {
          name: "axe-core finds no WCAG 2.1 A/AA violation in the list view",
          run: async () => {
            await app.showList();
            assertNoViolations(await app.axeViolations());
          },
        },
        {
          name: "axe-core finds no WCAG 2.1 A/AA violation on the English page (?lang=en)",
          run: async () => {
            await app.open("?lang=en");
            await app.waitForMapReady(MAP_READY_TIMEOUT_MS);
            const lang = await page.evaluate(() => document.documentElement.lang);
            assert(lang === "en", `<html lang> is "${lang}" on ?lang=en`);
            assertNoViolations(await app.axeViolations());
          },
        },
        ...finderCases({
          app,
          context: browser.context,
          origin,
          mapReadyTimeoutMs: MAP_READY_TIMEOUT_MS,
          assertNoViolations,
        }),
        ...finderMapCases({
          app,
          context: browser.context,
          origin,
          mapReadyTimeoutMs: MAP_READY_TIMEOUT_MS,
          assertNoViolations,
        }),
        ...reachCases({ app, mapReadyTimeoutMs: MAP_READY_TIMEOUT_MS, assertNoViolations }),
        ...embedPageCases({ app, resultsDir, assertNoViolations }),
        ...embedCases({ distDir: servedDir, resultsDir, assertNoViolations }),
        ...importCases({ app, mapReadyTimeoutMs: MAP_READY_TIMEOUT_MS, assertNoViolations, resultsDir }),
        ...plannerCases({ app, context: browser.context, assertNoViolations }),
        ...transitCases({ app, assertNoViolations }),
        {
          name: "no page error and no console error",
          run: async () => {
            const errors = [
              ...pageErrors.map((e) => `pageerror: ${e}`),
              ...consoleErrors.map((e) => `console: ${e}`),
            ];
            assert(errors.length === 0, errors.join("\n"));
          },
        },
        {
          name: "every request goes to the page's own origin",
          run: async () => {
            const foreign = network.foreign();
            assert(network.requests.length > 0, "no request was recorded at all");
            assert(foreign.length === 0, `requests to other origins:\n${[...new Set(foreign)].join("\n")}`);
            console.log(`      ${network.requests.length} requests, all to ${origin} (or data:/blob:)`);
          },
        },
      ],
      summary,
    );
    await mkdir(resultsDir, { recursive: true });
    await app.screenshot(path.join(resultsDir, "smoke-end.png")).catch(() => undefined);
  } catch (error) {
    summary.failed += 1;
    console.log(`  ✗ e2e setup: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await cleanUp();
  }
  return report(summary);
}

process.once("SIGINT", () => void abort("interrupted (SIGINT)", 130));
process.once("SIGTERM", () => void abort("terminated (SIGTERM)", 143));
const watchdog = setTimeout(
  () => void abort(`still running after ${RUN_TIMEOUT_MS / 1000} s`, 1),
  RUN_TIMEOUT_MS,
);
const exitCode = await main();
clearTimeout(watchdog);
// Exit explicitly: a handle left open by a failed launch must not keep CI waiting.
process.exit(exitCode);
