// Browser cases for importing a place list (issue 11), in one page session (the list lives only in
// memory, so a reload would forget it): a mixed Windows-1252 file through the file input, a second
// file by drag and drop, the report with line numbers, the places on the map, in the list, the legend
// and the finder, the reach figures and the what-if, no storage written, and a garbage file that
// changes nothing. Selectors live in importDriver.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AxeViolation, NarvarokartanPage } from "./driver.ts";
import { assert, type TestCase } from "./harness.ts";
import { ImportPanelDriver } from "./importDriver.ts";

export interface ImportCaseContext {
  app: NarvarokartanPage;
  mapReadyTimeoutMs: number;
  assertNoViolations: (violations: AxeViolation[]) => void;
  resultsDir: string;
}

const fixture = (name: string) => readFileSync(path.join("test/fixtures/in/import", name));
/** The worker loads the gazetteer (search entries, kommun polygons) on the first import. */
const IMPORT_TIMEOUT_MS = 30_000;
const REACH_TIMEOUT_MS = 60_000;

/** UTF-8, commas, longitude before latitude, a quoted newline (lines 5–6): dropped on the panel. */
const DROPPED = [
  "name,kind,kommun,postcode,lon,lat",
  '"Nytt kontor, Nynäshamn",booked,Nynäshamn,,,',
  "Rusta Kiruna,Rusta och matcha,,,20.2253,67.8557",
  "Trasig,provider,Götebrog,,,",
  '"Två',
  'rader",provider,,00000,,',
  "Utan position,provider,,,,",
].join("\n");

export function importCases({
  app,
  mapReadyTimeoutMs,
  assertNoViolations,
  resultsDir,
}: ImportCaseContext): TestCase[] {
  const panel = new ImportPanelDriver(app.page);
  return [
    {
      name: "import: a mixed Windows-1252 file via the file input shows the row report with line numbers",
      run: async () => {
        await app.open();
        await app.waitForMapReady(mapReadyTimeoutMs);
        await panel.chooseFile("blandad.csv", fixture("mixed-1252-semicolon.csv"));
        const summary = await panel.waitForReport(IMPORT_TIMEOUT_MS);
        assert(summary === "3 av 7 rader lästes in, 4 avvisades.", `summary: "${summary}"`);
        const choices = await panel.choices();
        assert(
          /Windows-1252/.test(choices.encoding) && /upptäckt/.test(choices.encoding),
          `encoding: ${choices.encoding}`,
        );
        assert(/semikolon/.test(choices.delimiter), `delimiter: ${choices.delimiter}`);
        const rejected = await panel.rejected();
        assert(
          JSON.stringify(rejected.map((r) => r.line)) === "[3,6,7,8]",
          `rejected lines ${rejected.map((r) => r.line).join(", ")}`,
        );
        assert(
          rejected[0]?.cells[2] === "okänd kommun 'Mölnadal' — menade du Mölndal?",
          `line 3 reason: "${rejected[0]?.cells[2]}"`,
        );
        assert(
          /har 4 siffror/.test(rejected[2]?.cells[2] ?? ""),
          `line 7 reason: "${rejected[2]?.cells[2]}"`,
        );
        assert(
          /utanför Sverige/.test(rejected[3]?.cells[2] ?? ""),
          `line 8 reason: "${rejected[3]?.cells[2]}"`,
        );
        const accepted = await panel.accepted();
        assert(
          JSON.stringify(accepted.map((r) => [r.line, r.cells[1]])) ===
            JSON.stringify([
              [2, "Rusta Orsa"],
              [5, "SSK Kista"],
              [9, "Sysslebäck"],
            ]),
          `accepted ${JSON.stringify(accepted.map((r) => [r.line, r.cells[1]]))}`,
        );
        assert(
          /postnumrets ort \(794 90 Orsa\)/.test(accepted[0]?.cells[3] ?? ""),
          `line 2 position: ${accepted[0]?.cells[3]}`,
        );
        assert(
          (await panel.legendRowText()) === null,
          "the legend shows imported places before they were confirmed",
        );
        await app.page.setViewportSize({ width: 1280, height: 900 });
        await panel.panel.scrollIntoViewIfNeeded();
        await app.screenshot(path.join(resultsDir, "import-report-1280.png"));
        assertNoViolations(await app.axeViolations());
      },
    },
    {
      name: "import: confirmed places are on the map, in the legend with the provider layer, next to Bilaga 3's figures, and export on request",
      run: async () => {
        await panel.confirm();
        const legend = await panel.legendRowText();
        assert(legend !== null && /från din fil/.test(legend) && /3/.test(legend), `legend row: "${legend}"`);
        const onMap = await panel.mapImportedCount(3, 20_000);
        assert(onMap === 3, `the map holds ${onMap} imported places, expected 3`);
        const bilaga3 = await panel.bilaga3Text();
        assert(
          /^Din fil: 3 platser\. Rapport 004, Bilaga 3: 533 godkända adresser för Rusta och matcha i 69 kommuner\.$/.test(
            bilaga3,
          ),
          `Bilaga 3 line: "${bilaga3}"`,
        );
        const reach = await panel.importedReachText(REACH_TIMEOUT_MS);
        assert(
          /närmaste leverantör i din fil.*median \d+(,\d)? min/.test(reach),
          `provider reach: "${reach}"`,
        );
        const exported = await panel.exportCsv();
        assert(exported.name === "blandad-placerade.csv", `export file name: ${exported.name}`);
        assert(
          exported.text.split("\r\n").filter((l) => l.trim() !== "").length === 4 &&
            /Rusta Orsa;Rusta och matcha/.test(exported.text),
          `export: ${exported.text.slice(0, 300)}`,
        );
        await panel.scrollToMap();
        await app.screenshot(path.join(resultsDir, "import-map-1280.png"));
      },
    },
    {
      name: "import: the list and the finder show the imported places, labelled as from the user's file",
      run: async () => {
        await app.showList();
        const list = await panel.listText();
        assert(
          /Från din fil \(3\)/.test(list) && /Rusta Orsa/.test(list) && /SSK Kista/.test(list),
          `list: ${list}`,
        );
        await app.submitSearch("Orsa");
        await app.waitForResultsFor("Orsa");
        const nearest = await panel.nearestItems(REACH_TIMEOUT_MS);
        const orsa = nearest.find((item) => item.startsWith("Rusta Orsa"));
        assert(
          /^Rusta Orsa, Orsa – Rusta och matcha: \d+ min med bil \(\d+ km\)$/.test(orsa ?? ""),
          `nearest: ${nearest.join(" | ")}`,
        );
        assert(
          nearest.some((item) => /^SSK Kista, Stockholm: \d+ min/.test(item)),
          `nearest: ${nearest.join(" | ")}`,
        );
      },
    },
    {
      name: "import: a second file dropped on the panel replaces the list and changes the what-if figures",
      run: async () => {
        await panel.dropFile("släppt.csv", Buffer.from(DROPPED, "utf8"));
        const summary = await panel.waitForReport(IMPORT_TIMEOUT_MS);
        assert(summary === "2 av 5 rader lästes in, 3 avvisades.", `summary: "${summary}"`);
        const choices = await panel.choices();
        assert(
          /longitud först/.test(choices.coordinates) && /komma/.test(choices.delimiter),
          JSON.stringify(choices),
        );
        const rejected = await panel.rejected();
        assert(
          JSON.stringify(rejected.map((r) => r.line)) === "[4,5,7]",
          `rejected lines ${rejected.map((r) => r.line).join(", ")}`,
        );
        assert(/Götebrog.*Göteborg/.test(rejected[0]?.cells[2] ?? ""), `line 4: ${rejected[0]?.cells[2]}`);
        await panel.confirm();
        assert((await panel.mapImportedCount(2, 20_000)) === 2, "the map does not hold the 2 dropped places");
        // The planner (switched to in the page: the imported list lives only in memory) counts the
        // imported booked place as a change against the report's places.
        await app.page.locator('[data-testid="view-planner"]').first().click();
        await app.planner.waitComputed(REACH_TIMEOUT_MS);
        const changes = await app.planner.text("planner-changes");
        assert(/Nynäshamn/.test(changes), `planner changes: "${changes.slice(0, 300)}"`);
        // Back to the map view, where the import panel and the legend are.
        await app.page.locator(".view-switch button[aria-pressed]").first().click();
      },
    },
    {
      name: "import: nothing is written to cookies, localStorage, sessionStorage or IndexedDB",
      run: async () => {
        const use = await panel.storageUse();
        assert(
          Object.values(use).every((n) => n === 0),
          `storage used: ${JSON.stringify(use)}`,
        );
      },
    },
    {
      name: "import: a garbage file gives one clear message and leaves the map and scenario as they were",
      run: async () => {
        const before = { legend: await panel.legendRowText(), imported: await panel.importedText() };
        await panel.chooseFile("skräp.csv", fixture("garbage.bin"));
        const error = await panel.waitForError(IMPORT_TIMEOUT_MS);
        assert(/ingen textfil/.test(error) && /oförändrade/.test(error), `error: "${error}"`);
        assert((await panel.legendRowText()) === before.legend, "the legend changed");
        assert((await panel.importedText()) === before.imported, "the imported list changed");
        assert((await panel.mapImportedCount(2, 5_000)) === 2, "the map changed");
        await app.page.setViewportSize({ width: 375, height: 800 });
        await panel.panel.scrollIntoViewIfNeeded();
        await app.screenshot(path.join(resultsDir, "import-error-375.png"));
        assert((await app.horizontalOverflow()) <= 0, "the page scrolls sideways at 375 px");
        await panel.chooseFile("blandad.csv", fixture("mixed-1252-semicolon.csv"));
        await panel.waitForReport(IMPORT_TIMEOUT_MS);
        await panel.panel.scrollIntoViewIfNeeded();
        await app.screenshot(path.join(resultsDir, "import-report-375.png"));
        assert(
          (await app.horizontalOverflow()) <= 0,
          "the row report makes the page scroll sideways at 375 px",
        );
        assert(await panel.fitsViewport(), "the import panel is wider than the 375 px viewport");
        await app.page.setViewportSize({ width: 1280, height: 800 });
      },
    },
  ];
}
