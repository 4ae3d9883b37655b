// Browser cases for public-transport reach in the planner (issue 12): the build's Norrbotten figures next
// to the car's with the feed's date, window and gaps stated; footnote 48 for public transport; the transit
// indicator on the planner's map; the same feed loaded as a zip (built here from ../shared/data with
// fflate into a temporary file, never committed) and as a folder's .txt files gives exactly the build's
// figures for every kommun; the validation report; no storage written; axe in Swedish and English.
// Selectors live in transitDriver.ts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import type { AxeViolation, NarvarokartanPage } from "./driver.ts";
import { assert, type TestCase } from "./harness.ts";
import { TransitSectionDriver, type TransitRowText } from "./transitDriver.ts";

export interface TransitCaseContext {
  app: NarvarokartanPage;
  assertNoViolations: (violations: AxeViolation[]) => void;
}

/** The worker fetches the cells (≈ 2 MB) and reads a 4 MB feed on a loaded 2-core machine. */
const LOAD_TIMEOUT_MS = 120_000;

type Kind = "booked" | "spontaneous";
interface TransitStats {
  population: number;
  noConnectionPopulation: number;
  medianMin: number | null;
  p90Min: number | null;
  shareWithin: Record<"30" | "60" | "90", number>;
  popWithin: Record<"30" | "60" | "90", number>;
  fromSeat: {
    placeId: string | null;
    medianMin: number | null;
    p10Min: number | null;
    p90Min: number | null;
  };
}
interface CarStats {
  medianMin: number | null;
  p90Min: number | null;
  shareWithin: Record<string, number>;
  fromSeat?: { minutes: number } | null;
}
interface SummaryLike {
  transit?: {
    feed: { id: string; name: string; validFrom: string; validTo: string };
    serviceDate: string;
    window: { fromMin: number; toMin: number };
    excludedRouteTypes: number[];
    validation: {
      errors: number;
      warnings: number;
      notices: { code: string; severity: string; count: number; first: { file: string; line: number } }[];
    };
    kommunKoder: string[];
  };
  kommuner: {
    kod: string;
    namn: string;
    presence: { booked: boolean };
    reach: Partial<Record<Kind, CarStats & { transit?: TransitStats }>>;
  }[];
}

const dataDir = process.env.NARVARO_DATA_DIR ?? path.resolve("../shared/data");
function feedFolder(): string {
  const transit = path.join(dataDir, "transit");
  const folder = readdirSync(transit).find((name) => name.startsWith("norrbotten"));
  if (!folder) throw new Error(`no Norrbotten feed under ${transit}`);
  return path.join(transit, folder);
}
const feedFiles = () =>
  readdirSync(feedFolder())
    .filter((name) => name.endsWith(".txt"))
    .map((name) => ({ name, buffer: readFileSync(path.join(feedFolder(), name)) }));

// The page formats with Intl in Swedish; spaces (also U+00A0) are compared as one space.
const fmt1 = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });
const fmt0 = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });
const norm = (s: string) => s.replace(/\s+/g, " ").trim();
const pct = (share: number) => fmt1.format(Math.round(share * 1000) / 10);
const NONE = "ingen förbindelse";

/** What the table must show for one kommun: car and public transport, from summary.json's numbers. */
function expectedCells(car: CarStats, t: TransitStats): Record<string, string> {
  const min = (v: number | null | undefined, none: string) => (v == null ? none : fmt1.format(v));
  const seat =
    t.fromSeat.medianMin === null
      ? NONE
      : `${fmt1.format(t.fromSeat.medianMin)} (${min(t.fromSeat.p10Min, "–")}–${min(t.fromSeat.p90Min, "–")})`;
  const none = t.noConnectionPopulation;
  const cells: Record<string, string> = {
    "median-car": min(car.medianMin, "ingen väg"),
    "median-transit": min(t.medianMin, NONE),
    "p90-car": min(car.p90Min, "ingen väg"),
    "p90-transit": min(t.p90Min, NONE),
    "within30-car": pct(car.shareWithin["30"]!),
    "within30-transit": pct(t.shareWithin["30"]),
    "within60-car": pct(car.shareWithin["60"]!),
    "within60-transit": pct(t.shareWithin["60"]),
    "within90-transit": pct(t.shareWithin["90"]),
    "fromSeat-car": min(car.fromSeat?.minutes, "ingen väg"),
    "fromSeat-transit": seat,
    noConnection:
      none === 0
        ? "0"
        : `${fmt0.format(none)} (${fmt1.format(Math.round((none / t.population) * 1000) / 10)} %)`,
  };
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, norm(v)]));
}

/** Every kommun of the feed's area, every cell: the page's text against summary.json's figures. */
function compareWithSummary(summary: SummaryLike, kind: Kind, rows: TransitRowText[]): void {
  const koder = summary.transit!.kommunKoder;
  assert(
    JSON.stringify(rows.map((r) => r.kod)) === JSON.stringify(koder),
    `rows ${rows.map((r) => r.kod).join(",")} ≠ the feed's kommuner ${koder.join(",")}`,
  );
  const problems: string[] = [];
  for (const row of rows) {
    const k = summary.kommuner.find((x) => x.kod === row.kod)!;
    const stats = k.reach[kind]!;
    const expected = expectedCells(stats, stats.transit!);
    for (const [col, text] of Object.entries(expected)) {
      const shown = row.cells[col] ?? "(missing)";
      const ok = col === "fromSeat-transit" ? shown.startsWith(text) : shown === text;
      if (!ok) problems.push(`${k.namn} ${kind} ${col}: page "${shown}", summary.json "${text}"`);
    }
  }
  assert(problems.length === 0, problems.slice(0, 12).join("\n"));
}

export function transitCases({ app, assertNoViolations }: TransitCaseContext): TestCase[] {
  const transit = new TransitSectionDriver(app.page);
  let summary: SummaryLike = { kommuner: [] };

  return [
    {
      name: "transit: the planner shows car and public transport side by side for the feed's kommuner, with the feed's date, window and gaps",
      run: async () => {
        await app.planner.open();
        summary = await app.page.evaluate(() =>
          fetch("data/summary.json").then((r) => r.json() as Promise<never>),
        );
        assert(summary.transit, "summary.json has no transit figures (summary.transit)");
        const t = summary.transit;
        assert(
          t.kommunKoder.length === 14,
          `${t.kommunKoder.length} kommuner in the feed's area, expected 14`,
        );
        await transit.showTab();
        await transit.waitRows(t.kommunKoder.length);
        compareWithSummary(summary, "booked", await transit.rows());
        const feed = await transit.text("transit-feed");
        for (const expected of [t.feed.name, t.serviceDate, "07:00", "09:00", t.feed.validFrom])
          assert(feed.includes(expected), `the feed line lacks "${expected}": ${feed}`);
        const gaps = await transit.text("transit-gaps");
        for (const expected of [/tåg/i, /Luleå/, /route_type 1501/])
          assert(expected.test(gaps), `the gaps do not mention ${expected}: ${gaps}`);
        const people = t.kommunKoder.reduce(
          (sum, kod) =>
            sum + summary.kommuner.find((k) => k.kod === kod)!.reach.booked!.transit!.noConnectionPopulation,
          0,
        );
        const noConnection = await transit.text("transit-no-connection");
        assert(
          people === 0 || noConnection.includes(norm(fmt0.format(people))),
          `no-connection line lacks ${people}: ${noConnection}`,
        );
      },
    },
    {
      name: "transit: footnote 48 is tested in one sentence computed from the public-transport figures",
      run: async () => {
        const koder = summary.transit!.kommunKoder;
        const kommuner = summary.kommuner.filter((k) => koder.includes(k.kod));
        const without = kommuner.filter((k) => !k.presence.booked);
        const of = without.length > 0 ? without : kommuner;
        const population = of.reduce((s, k) => s + k.reach.booked!.transit!.population, 0);
        const within = of.reduce((s, k) => s + k.reach.booked!.transit!.popWithin["60"], 0);
        const sentence = await transit.text("transit-footnote48");
        assert(/Fotnot 48/.test(sentence), `no footnote 48 sentence: ${sentence}`);
        const share = norm(`${pct(within / population)} %`);
        assert(sentence.includes(share), `the sentence lacks the share ${share}: ${sentence}`);
        assert(
          without.length > 0 || /går inte att pröva/.test(sentence),
          `every kommun has its own presence, but the sentence does not say it cannot be tested: ${sentence}`,
        );
      },
    },
    {
      name: "transit: a public-transport indicator recolours the planner's map for the feed's kommuner, with its own legend and PNG",
      run: async () => {
        await transit.showTab("map");
        const before = await app.planner.mapSignature();
        await transit.chooseMapIndicator("medianMin");
        await app.planner.waitMapChange(before);
        const legend = await transit.legendText();
        assert(legend.layer === "transit", `legend layer ${legend.layer}`);
        for (const expected of [/Kollektivtrafik/, /Ingen förbindelse/, /Utanför tidtabellens område/])
          assert(expected.test(legend.text), `legend lacks ${expected}: ${legend.text}`);
        const png = await app.planner.download("planner-export-png");
        assert(/_kollektivtrafik_medianMin\.png$/.test(png.name), `PNG of the transit map named ${png.name}`);
        const size = await app.planner.decodePng(png.bytes);
        assert(size.width === 1400 && size.height === 1100, `PNG is ${size.width} × ${size.height}`);
        await transit.chooseMapIndicator("off");
        assert((await transit.legendText()).layer === "car", "the legend did not return to the car figures");
      },
    },
    {
      name: "transit: the Norrbotten feed loaded as a zip in the browser gives the build's figures for every kommun, both kinds",
      run: async () => {
        const folder = mkdtempSync(path.join(tmpdir(), "narvaro-e2e-gtfs-"));
        const zipFile = path.join(folder, "norrbotten.zip");
        try {
          writeFileSync(
            zipFile,
            zipSync(Object.fromEntries(feedFiles().map((f) => [`norrbotten/${f.name}`, f.buffer]))),
          );
          await transit.showTab();
          const privacy = await transit.text("transit-privacy");
          assert(
            /lämnar aldrig din webbläsare/.test(privacy) && /minnet/.test(privacy),
            `privacy: ${privacy}`,
          );
          const done = await transit.loadZip(zipFile, LOAD_TIMEOUT_MS);
          console.log(`      ${done}`);
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
        const source = await app.page.locator('[data-testid="transit-source"]').inputValue();
        assert(source === "loaded", `the section shows the ${source} figures after the load`);
        const when = await transit.text("transit-date");
        for (const expected of [summary.transit!.serviceDate, "07:00", "09:00"])
          assert(
            when.includes(expected),
            `the loaded feed's default day and window "${when}" lack ${expected}`,
          );
        compareWithSummary(summary, "booked", await transit.rows());
        await app.planner.choose("kind", "spontaneous");
        compareWithSummary(summary, "spontaneous", await transit.rows());
        await app.planner.choose("kind", "booked");
      },
    },
    {
      name: "transit: the loaded feed's validation report lists each notice code with severity, file, first line and count",
      run: async () => {
        assert(await transit.validationOpen(), "the validation report of the loaded feed is closed");
        const v = summary.transit!.validation;
        const summaryText = await transit.text("transit-validation-summary");
        assert(
          summaryText.startsWith(`${fmt0.format(v.errors)} fel, ${norm(fmt0.format(v.warnings))} varningar`),
          `validation summary: ${summaryText}`,
        );
        const rows = await transit.notices();
        const expected = v.notices.map((n) => [
          n.code,
          n.severity,
          n.first.file,
          norm(fmt0.format(n.first.line)),
          norm(fmt0.format(n.count)),
        ]);
        const shown = rows.map((r) => [
          r.code,
          r.severity,
          norm(r.cells[2]!),
          norm(r.cells[3]!),
          norm(r.cells[4]!),
        ]);
        assert(
          rows.length > 0 && JSON.stringify(shown) === JSON.stringify(expected),
          `notices on the page ${JSON.stringify(shown)} ≠ summary.json ${JSON.stringify(expected)}`,
        );
      },
    },
    {
      name: "transit: the same feed as .txt files, as a picked folder and dropped as a zip gives the same figures",
      run: async () => {
        await transit.loadFiles(
          feedFiles().map((f) => ({ name: f.name, mimeType: "text/plain", buffer: f.buffer })),
          LOAD_TIMEOUT_MS,
        );
        compareWithSummary(summary, "booked", await transit.rows());
        // The shared folder also holds SOURCES.md, which the reader leaves aside.
        await transit.loadFolder(feedFolder(), LOAD_TIMEOUT_MS);
        compareWithSummary(summary, "booked", await transit.rows());
        const zip = zipSync(Object.fromEntries(feedFiles().map((f) => [f.name, f.buffer])));
        await transit.dropFile("släppt.zip", Buffer.from(zip), LOAD_TIMEOUT_MS);
        compareWithSummary(summary, "booked", await transit.rows());
      },
    },
    {
      name: "transit: a shorter window recomputes the loaded feed's figures and says so; removing the feed brings back the build's; a file that is no zip is refused plainly",
      run: async () => {
        const before = await transit.rows();
        await transit.by("transit-to").fill("07:30");
        await transit.by("transit-compute").click();
        await app.page.waitForFunction(
          () => /07:30/.test(document.querySelector('[data-testid="transit-date"]')?.textContent ?? ""),
          undefined,
          { timeout: LOAD_TIMEOUT_MS, polling: 100 },
        );
        const after = await transit.rows();
        const changed = after.filter((r, i) => JSON.stringify(r.cells) !== JSON.stringify(before[i]?.cells));
        assert(changed.length > 0, "a 07:00–07:30 window changed no kommun's figures");
        await transit.by("transit-clear").click();
        await transit.by("transit-source").waitFor({ state: "detached", timeout: 10_000 });
        compareWithSummary(summary, "booked", await transit.rows());
        const error = await transit.chooseBadFile(
          "tidtabell.zip",
          Buffer.from("stop_id,stop_name\n"),
          30_000,
        );
        assert(/inte en zip-fil/.test(error), `error: ${error}`);
      },
    },
    {
      name: "transit: nothing is written to cookies, localStorage, sessionStorage or IndexedDB",
      run: async () => {
        const cookies = (await app.page.context().cookies()).length;
        const use = await app.page.evaluate(async () => ({
          documentCookie: document.cookie.length,
          localStorage: localStorage.length,
          sessionStorage: sessionStorage.length,
          indexedDb: (await indexedDB.databases()).length,
        }));
        assert(
          cookies === 0 && Object.values(use).every((n) => n === 0),
          `storage used: ${JSON.stringify({ cookies, ...use })}`,
        );
      },
    },
    {
      name: "transit: axe-core finds no WCAG 2.1 A/AA violation with the section shown, in Swedish and in English",
      run: async () => {
        await transit.showTab();
        await transit.section.scrollIntoViewIfNeeded();
        assertNoViolations(await app.axeViolations());
        await app.planner.open("&lang=en");
        await transit.showTab();
        await transit.waitRows(summary.transit!.kommunKoder.length);
        const title = await transit.section.locator("h3").first().innerText();
        assert(/Public transport/.test(title), `English title: ${title}`);
        await transit.section.scrollIntoViewIfNeeded();
        assertNoViolations(await app.axeViolations());
      },
    },
  ];
}
