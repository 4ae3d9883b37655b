// Why: planners drop lists of many thousand rows; parse and positioning must be fast (≥ 50,000 rows/s)
// and must not freeze the page (no main-thread task over 50 ms). This generates a 100,000-row
// semicolon / Windows-1252 file (Excel's Swedish "CSV"), times the importer in Node against PapaParse
// alone on the same text (the floor: no decoding, mapping or positioning), then imports the same file
// in the production build in headless Chromium and records the longest main-thread task while the
// import runs (from the file input's change event until the row report is shown): every task of the
// page's main thread from Chromium's trace (CDP Tracing, RunTask on CrRendererMain), cross-checked with a
// PerformanceObserver for "longtask" entries (≥ 50 ms). BENCH_TRACE_DETAIL=1 prints what the five longest
// tasks spent their time on. Needs dist/.
// Run alone: npm run build && npx tsx test/bench/import.bench.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";
import { loadImportGazetteer } from "../../scripts/import-gazetteer.ts";
import type { ImportGazetteer } from "../../src/data/import/gazetteer.ts";
import { importPlaces } from "../../src/data/import/importPlaces.ts";
import { launchBrowser } from "../e2e/browser.ts";
import { startPreview } from "../e2e/preview.ts";

export const BENCH_ROWS = 100_000;
/** Timed runs after one untimed warm-up run (JIT), median reported. */
const RUNS = 5;
const repoDir = join(import.meta.dirname, "../..");

/**
 * The generated file: real GeoNames points (postnummer, localities, kommun seats) in four row forms,
 * a quarter each: WGS84 with decimal comma, postnummer, ort + kommun, kommun only. Names are made up.
 */
export function generateFile(gazetteer: ImportGazetteer, rows = BENCH_ROWS): Uint8Array {
  const postnummer = [...gazetteer.postnummer.entries()];
  const kommuner = [...gazetteer.kommunByKod.values()];
  const localities = [...gazetteer.localities.values()]
    .filter((list) => list.length === 1 && list[0]!.kommunKod !== null && !list[0]!.postalOnly)
    .map((list) => list[0]!);
  const kinds = ["Rusta och matcha", "leverantör", "bokat möte", "servicekontor", "STOM"];
  const lines = ["Namn;Typ;Adress;Postnummer;Ort;Kommun;Lat;Lon"];
  for (let i = 0; i < rows; i++) {
    const kind = kinds[i % kinds.length]!;
    const name = `Mötesplats nr ${i + 1} – Åre/Öland "test"`.replace(/"/g, '""');
    const [digits, point] = postnummer[i % postnummer.length]!;
    const locality = localities[i % localities.length]!;
    const kommun = kommuner[i % kommuner.length]!;
    const comma = (v: number) => v.toFixed(5).replace(".", ",");
    const cells =
      i % 4 === 0
        ? ["", "", "", comma(point.lat), comma(point.lon)]
        : i % 4 === 1
          ? [`${digits.slice(0, 3)} ${digits.slice(3)}`, "", "", "", ""]
          : i % 4 === 2
            ? ["", locality.label, gazetteer.kommunByKod.get(locality.kommunKod!)!.namn, "", ""]
            : ["", "", kommun.namn, "", ""];
    lines.push([`"${name}"`, kind, `Storgatan ${i % 90}`, ...cells].join(";"));
  }
  const text = lines.join("\r\n") + "\r\n";
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Windows-1252: Latin-1 letters keep their code; the en dash is 0x96.
    bytes[i] = code === 0x2013 ? 0x96 : code;
    if (code > 0xff && code !== 0x2013) throw new Error(`not in Windows-1252: ${text[i]}`);
  }
  return bytes;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  args?: { name?: string };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The longest main-thread task (ms) while the app imports `bytes`, in headless Chromium. */
export async function browserLongestTask(
  bytes: Uint8Array,
): Promise<{ longestMs: number; tasks: number; longtasks: number; wallMs: number }> {
  const preview = await startPreview(repoDir, {});
  const browser = await launchBrowser();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${preview.origin}/?view=list`, { waitUntil: "load" });
    await page.locator('[data-testid="import-file"]').waitFor({ state: "attached", timeout: 60_000 });
    // Warm up: the worker loads its gazetteer on the first import; time the second, as a user's list
    // would be after the page has settled.
    await page.locator('[data-testid="import-file"]').setInputFiles({
      name: "warm.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("namn;kommun\nA;Orsa\n"),
    });
    await page.locator('[data-testid="import-summary"]').waitFor({ timeout: 60_000 });
    await page.route("**/__bench/import.csv", (route) =>
      route.fulfill({ body: Buffer.from(bytes), contentType: "text/csv" }),
    );
    await page.evaluate(`(async () => {
      const response = await fetch("/__bench/import.csv");
      window.__benchFile = new File([await response.blob()], "bench.csv", { type: "text/csv" });
    })()`);
    // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
    await page.evaluate(`(() => {
      window.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longtasks.push(entry.duration);
      }).observe({ type: "longtask" });
    })()`);
    // Chromium's own trace of every task on the page's main thread (RunTask events of CrRendererMain),
    // so tasks under the longtask threshold of 50 ms are measured too.
    const cdp = await page.context().newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on("event", ({ method, params }) => {
      if (method === "Tracing.dataCollected") events.push(...(params as { value: TraceEvent[] }).value);
    });
    const traced = new Promise<void>((resolve) =>
      cdp.on("event", ({ method }) => method === "Tracing.tracingComplete" && resolve()),
    );
    await cdp.send("Tracing.start", {
      categories: "toplevel,devtools.timeline,disabled-by-default-devtools.timeline",
      transferMode: "ReportEvents",
    });
    const started = Date.now();
    // The file is handed to the page as a user's would be: a File on the input and a change event.
    // (Playwright's setInputFiles would decode 6 MB of base64 on the page's main thread first, a
    // second-long task of the test harness, not of the app.)
    await page.evaluate(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(window.__benchFile);
      const input = document.querySelector('[data-testid="import-file"]');
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    })()`);
    await page.waitForFunction(
      (rows) =>
        document.querySelector('[data-testid="import-summary"]')?.textContent?.includes(`av ${rows} rader`),
      String(BENCH_ROWS),
      { timeout: 120_000, polling: 50 },
    );
    const wallMs = Date.now() - started;
    // Let the observer deliver the last entries.
    await page.waitForTimeout(300);
    await cdp.send("Tracing.end");
    await traced;
    const longtasks = (await page.evaluate("window.__longtasks")) as number[];
    const mainThreads = new Set(
      events
        .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const taskMs = events
      .filter((e) => e.name === "RunTask" && e.ph === "X" && mainThreads.has(`${e.pid}:${e.tid}`))
      .map((e) => (e.dur ?? 0) / 1000);
    if (taskMs.length === 0) throw new Error("the trace holds no main-thread task");
    if (process.env.BENCH_TRACE_DETAIL) {
      const tasks = events.filter(
        (e) => e.name === "RunTask" && e.ph === "X" && mainThreads.has(`${e.pid}:${e.tid}`),
      );
      for (const task of tasks.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 5)) {
        const inside = events.filter(
          (e) =>
            e.tid === task.tid &&
            e.pid === task.pid &&
            e.ph === "X" &&
            (e.ts ?? 0) >= (task.ts ?? 0) &&
            (e.ts ?? 0) < (task.ts ?? 0) + (task.dur ?? 0) &&
            (e.dur ?? 0) > 5000,
        );
        console.log(
          `task ${((task.dur ?? 0) / 1000).toFixed(0)} ms:`,
          inside.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`).join(", "),
        );
      }
    }
    return {
      longestMs: Math.max(...taskMs, ...longtasks),
      tasks: taskMs.length,
      longtasks: longtasks.length,
      wallMs,
    };
  } finally {
    await browser.close();
    await preview.stop();
  }
}

export async function benchImport(): Promise<string[]> {
  const gazetteer = loadImportGazetteer();
  const bytes = generateFile(gazetteer);
  const text = new TextDecoder("windows-1252").decode(bytes);

  const importMs: number[] = [];
  let accepted = 0;
  importPlaces(bytes, gazetteer);
  Papa.parse(text, { delimiter: ";" });
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = importPlaces(bytes, gazetteer);
    importMs.push(performance.now() - started);
    if (
      !result.ok ||
      result.rowCount !== BENCH_ROWS ||
      result.encoding !== "windows-1252" ||
      result.delimiter !== ";"
    )
      throw new Error("the generated file was not read as 100,000 semicolon/Windows-1252 rows");
    accepted = result.accepted.length;
  }
  const papaMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    Papa.parse(text, { delimiter: ";" });
    papaMs.push(performance.now() - started);
  }
  const rowsPerS = Math.round(BENCH_ROWS / (median(importMs) / 1000));
  const papaRowsPerS = Math.round(BENCH_ROWS / (median(papaMs) / 1000));

  const lines: string[] = [];
  let longest = "n/a";
  if (existsSync(join(repoDir, "dist", "index.html"))) {
    const browser = await browserLongestTask(bytes);
    longest = browser.longestMs.toFixed(0);
    lines.push(
      `import: in Chromium (production build, import worker) ${BENCH_ROWS} rows from file choice to row report in ${browser.wallMs} ms ` +
        `(${Math.round(BENCH_ROWS / (browser.wallMs / 1000))} rows/s end to end); ` +
        `longest of ${browser.tasks} main-thread tasks in Chromium's trace ${browser.longestMs.toFixed(1)} ms; ${browser.longtasks} longtask entries (≥ 50 ms)`,
    );
  } else lines.push("import: dist/ missing, run npm run build for longest_main_task_ms");
  return [
    `import: rows=${BENCH_ROWS} rows_per_s=${rowsPerS} longest_main_task_ms=${longest}`,
    `import: Node, median of ${RUNS} after a warm-up run: importer ${median(importMs).toFixed(0)} ms (${accepted} accepted); baseline PapaParse alone on the decoded text ${median(papaMs).toFixed(0)} ms (${papaRowsPerS} rows/s); importer/baseline time ratio ${(median(importMs) / median(papaMs)).toFixed(1)}`,
    ...lines,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  for (const line of await benchImport()) console.log(line);
