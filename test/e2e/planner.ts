// Browser cases for the planner view (issue 10): switches change map and table, sort and filter, the
// footnote 48 sentence, the time switch, what-if on the map (click to add, drag, close) and by keyboard,
// undo/redo, the scenario in the URL, a tampered `s`, every export parsed back, axe, narrow screens and
// screenshots. Selectors live in driver.ts (PlannerSection) only.
import Papa from "papaparse";
import type { BrowserContext } from "playwright-core";
import { PLANNER, type AxeViolation, type NarvarokartanPage, type PlannerRowText } from "./driver.ts";
import { assert, type TestCase } from "./harness.ts";

export interface PlannerCaseContext {
  app: NarvarokartanPage;
  context: BrowserContext;
  assertNoViolations: (violations: AxeViolation[]) => void;
}

/** The worker fetches ~3 MB of binary data on its first scenario; allow for a slow machine. */
const WORKER_TIMEOUT_MS = 60_000;

const byKod = (rows: PlannerRowText[]) => new Map(rows.map((r) => [r.kod, r.cells.join(" | ")]));
const changedRows = (before: PlannerRowText[], after: PlannerRowText[]) => {
  const b = byKod(before);
  return after.filter((r) => b.get(r.kod) !== r.cells.join(" | "));
};
const number = (text: string) =>
  Number(
    text
      .replace(/\s/g, "")
      .replace(",", ".")
      .replace(/[^\d.-]/g, ""),
  );

export function plannerCases({ app, context, assertNoViolations }: PlannerCaseContext): TestCase[] {
  const planner = app.planner;
  let baselineRows: PlannerRowText[] = [];
  let scenarioUrl = "";
  let scenarioRows: PlannerRowText[] = [];
  let scenarioSverige = "";

  return [
    {
      name: "planner: ?view=reach opens the planner with all 290 kommuner from summary.json and a drawn map",
      run: async () => {
        await app.open("?view=reach");
        await planner.waitReady();
        assert(/view=planner/.test(app.page.url()), `?view=reach was not rewritten: ${app.page.url()}`);
        baselineRows = await planner.rows();
        assert(baselineRows.length === 290, `${baselineRows.length} rows, expected 290`);
        const legend = await planner.text("planner-legend");
        assert(/minuter/.test(legend) && /Inga uppgifter/.test(legend), `legend: ${legend}`);
        const { viewSwitch } = await planner.layout();
        assert(viewSwitch === "Planering", `the view switch names the planner "${viewSwitch}"`);
      },
    },
    {
      name: "planner: indicator, kind and level switches each change the map and the table",
      run: async () => {
        let signature = await planner.mapSignature();
        let rows = baselineRows;
        for (const [name, value] of [
          ["indicator", "within20"],
          ["kind", "spontaneous"],
          ["level", "fa"],
        ] as const) {
          await planner.choose(name, value);
          signature = await planner.waitMapChange(signature);
          const next = await planner.rows();
          const differs =
            next.length !== rows.length ||
            next.some((r, i) => r.cells.join("|") !== rows[i]?.cells.join("|"));
          assert(differs, `switching ${name} to ${value} left the table as it was`);
          rows = next;
        }
        assert(rows.length === 60, `${rows.length} FA rows, expected 60`);
        await planner.choose("level", "lan");
        assert((await planner.rows()).length === 21, "not 21 län rows");
        await planner.choose("level", "kommun");
        await planner.choose("kind", "booked");
        await planner.choose("indicator", "medianMin");
      },
    },
    {
      name: "planner: clicking a table row selects the area on the map, clicking the map selects a row",
      run: async () => {
        const signature = await planner.mapSignature();
        await planner.page.locator('tr[data-kod="2361"] .planner-table__name').click();
        const selected = await planner.text("planner-map-selected");
        assert(/Härjedalen/.test(selected), `map says: ${selected}`);
        await planner.waitMapChange(signature);
        // Ale, then a click on the map north of it (the map has flown to Ale) selects another kommun.
        await planner.page.locator('tr[data-kod="1440"] .planner-table__name').click();
        await planner.page.waitForTimeout(1200);
        await planner.page.locator(PLANNER.canvas).scrollIntoViewIfNeeded();
        const box = await planner.canvasBox();
        await planner.page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.12);
        await planner.page.waitForTimeout(300);
        const current = planner.page.locator('[data-testid="planner-table"] tr[aria-current="true"]');
        const name = await planner.text("planner-map-selected");
        const rowName = ((await current.locator("th").textContent()) ?? "").trim();
        assert((await current.count()) === 1, `${await current.count()} current rows after a map click`);
        assert(
          !/Ale$/.test(name) && name.includes(rowName.replace(/(glesbygd|landsbygd)/g, "")),
          `map "${name}", row "${rowName}"`,
        );
      },
    },
    {
      name: "planner: sorting by median (mouse) and by p90 (keyboard) orders the rows; the name filter narrows them",
      run: async () => {
        await planner.page.locator('[data-testid="planner-table"] button[data-sort="medianMin"]').click();
        let rows = await planner.rows();
        const medians = rows.map((r) => number(r.cells[4] ?? ""));
        assert(
          medians.every((m, i) => i === 0 || m <= medians[i - 1]!),
          `median not descending: ${medians.slice(0, 5)}`,
        );
        const p90 = planner.page.locator('[data-testid="planner-table"] button[data-sort="p90Min"]');
        await p90.focus();
        await planner.page.keyboard.press("Enter");
        rows = await planner.rows();
        const values = rows.map((r) => number(r.cells[5] ?? ""));
        assert(
          values.every((m, i) => i === 0 || m <= values[i - 1]!),
          `p90 not descending: ${values.slice(0, 5)}`,
        );
        const sort = await planner.page
          .locator('[data-testid="planner-table"] th:has(button[data-sort="p90Min"])')
          .getAttribute("aria-sort");
        assert(sort === "descending", `aria-sort is ${sort}`);
        await planner.by("planner-search").fill("orsa");
        rows = await planner.rows();
        await planner.by("planner-search").fill("");
        assert(
          rows.length === 1 && rows[0]!.cells[0]!.startsWith("Orsa"),
          `name filter: ${rows.map((r) => r.cells[0])}`,
        );
      },
    },
    {
      name: "planner: the kommuner without own booked presence, with footnote 48 checked in one sentence, and axe",
      run: async () => {
        await planner.choose("filter", "withoutBooked");
        const rows = await planner.rows();
        assert(rows.length === 79, `${rows.length} rows, expected 79`);
        const sentence = await planner.text("planner-footnote48");
        assert(/79 kommunerna/.test(sentence) && /inom 20 minuter/.test(sentence), `sentence: ${sentence}`);
        const worst = /längst har (.+?) med ([\d,]+) minuter/.exec(sentence);
        assert(worst !== null, `no worst kommun in: ${sentence}`);
        const seatMinutes = rows.map((r) =>
          number(/^(\d+) min/.exec(r.cells[r.cells.length - 1] ?? "")?.[1] ?? "NaN"),
        );
        assert(seatMinutes.every(Number.isFinite), "a row lacks minutes from the seat");
        assert(
          Math.max(...seatMinutes) === Math.round(number(worst[2]!)),
          `worst ${worst[2]} vs table ${Math.max(...seatMinutes)}`,
        );
        assertNoViolations(await app.axeViolations());
        await planner.choose("filter", "all");
      },
    },
    {
      name: "planner: the time switch shows what the 28 planned servicekontor change, as a difference map",
      run: async () => {
        await planner.choose("kind", "spontaneous");
        const before = await planner.rows();
        const signature = await planner.mapSignature();
        await planner.choose("time", "planned");
        const after = await planner.rows();
        assert(changedRows(before, after).length > 0, "no kommun row changed with the planned offices");
        await planner.choose("map-mode", "difference");
        await planner.waitMapChange(signature);
        const legend = await planner.text("planner-legend");
        assert(/Skillnad/.test(legend) && /oförändrat/.test(legend), `legend: ${legend}`);
        const planned = await planner.text("planner-planned");
        assert(/28 servicekontor/.test(planned) && /15 kommuner/.test(planned), `planned: ${planned}`);
        await planner.choose("time", "2021");
        await planner.choose("kind", "booked");
      },
    },
    {
      name: "planner: add a place by clicking the map, then drag it with figures updating before release, then close it from its popup",
      run: async () => {
        await planner.open();
        const rows0 = await planner.rows();
        const signature0 = await planner.mapSignature();
        // Near the middle of the map: inland Norrland, far from any booked place.
        const at = await planner.addOnMapAt(0.45, 0.4);
        await planner.waitComputed(WORKER_TIMEOUT_MS);
        assert((await planner.editCount()) === 1, "the click did not add one edit");
        const signature1 = await planner.waitMapChange(signature0);
        const rows1 = await planner.rows();
        assert(changedRows(rows0, rows1).length > 0, "adding a place changed no table row");
        const changes = await planner.page.locator('[data-testid="planner-changes"] tbody tr').count();
        assert(changes > 0, "no changed kommun listed");

        let duringRows: PlannerRowText[] = [];
        await planner.drag(at, { x: at.x + 14, y: at.y + 20 }, 12, async () => {
          await planner.waitComputed(WORKER_TIMEOUT_MS);
          await planner.page.waitForTimeout(400);
          duringRows = await planner.rows();
          assert((await planner.editCount()) === 1, "the drag committed an edit before release");
        });
        assert(changedRows(rows1, duringRows).length > 0, "the figures did not change while dragging");
        await planner.page.waitForTimeout(300);
        assert((await planner.editCount()) === 2, "releasing the drag did not add one move");
        await planner.waitMapChange(signature1);

        const rows2 = await planner.rows();
        await planner.page.mouse.click(at.x + 14, at.y + 20);
        await planner.by("planner-popup-close").click();
        await planner.waitComputed(WORKER_TIMEOUT_MS);
        assert((await planner.editCount()) === 3, "closing from the popup did not add an edit");
        await planner.page.waitForTimeout(300);
        const rows3 = await planner.rows();
        assert(changedRows(rows2, rows3).length > 0, "closing the place changed no table row");
        assert(
          changedRows(rows0, rows3).length === 0,
          "after closing the only added place the table is not the baseline",
        );
      },
    },
    {
      name: "planner: closing a published place from the table changes its kommun; Ctrl+Z undoes and Shift+Ctrl+Z redoes",
      run: async () => {
        await planner.open();
        const rows0 = await planner.rows();
        await planner.page.locator('tr[data-kod="1984"] .planner-table__name').click();
        await planner.page.locator('[data-testid="planner-row-close"]').first().click();
        await planner.waitComputed(WORKER_TIMEOUT_MS);
        await planner.page.waitForTimeout(300);
        const rows1 = await planner.rows();
        const arboga = changedRows(rows0, rows1).find((r) => r.kod === "1984");
        assert(arboga !== undefined, "Arboga's row did not change after closing its place");
        await planner.page.locator("body").click({ position: { x: 5, y: 5 } });
        await planner.page.keyboard.press("Control+z");
        await planner.page.waitForTimeout(300);
        assert((await planner.editCount()) === 0, "Ctrl+Z did not undo");
        assert(
          changedRows(rows0, await planner.rows()).length === 0,
          "after undo the table is not the baseline",
        );
        await planner.page.keyboard.press("Control+Shift+z");
        await planner.waitComputed(WORKER_TIMEOUT_MS);
        await planner.page.waitForTimeout(300);
        assert((await planner.editCount()) === 1, "Shift+Ctrl+Z did not redo");
        assert(
          changedRows(rows1, await planner.rows()).length === 0,
          "after redo the figures differ from before",
        );
        await planner.by("planner-undo").click();
        assert((await planner.editCount()) === 0, "the undo button did not undo");
        await planner.by("planner-redo").click();
        assert((await planner.editCount()) === 1, "the redo button did not redo");
      },
    },
    {
      name: "planner: keyboard only — add at a searched locality, choose a place, nudge it with arrow keys, close it",
      run: async () => {
        await planner.open();
        const keyboard = planner.page.keyboard;
        await planner.by("planner-add-search").focus();
        await keyboard.type("Sysslebäck");
        await planner.by("planner-add-hit").first().waitFor({ timeout: 20_000 });
        await keyboard.press("Tab");
        await keyboard.press("Enter");
        await planner.waitComputed(WORKER_TIMEOUT_MS);
        assert((await planner.editCount()) === 1, "Enter on the search hit did not add a place");
        const choose = planner.by("planner-choose-place");
        await choose.focus();
        await keyboard.press("ArrowDown");
        const chosen = await choose.inputValue();
        assert(chosen !== "", "ArrowDown did not choose a place");
        await keyboard.press("Tab");
        await keyboard.press("ArrowRight");
        await keyboard.press("ArrowUp");
        await planner.waitComputed(WORKER_TIMEOUT_MS);
        assert(
          (await planner.editCount()) === 3,
          `arrow keys gave ${(await planner.editCount()) - 1} moves, expected 2`,
        );
        await planner.by("planner-close-chosen").focus();
        await keyboard.press("Enter");
        await planner.waitComputed(WORKER_TIMEOUT_MS);
        const edits = await planner.text("planner-edits");
        assert((await planner.editCount()) === 4 && /Stängd/.test(edits), `edits: ${edits}`);
        scenarioUrl = planner.page.url();
        await planner.page.waitForTimeout(300);
        scenarioRows = await planner.rows();
        scenarioSverige = await planner.text("planner-sverige");
        const s = new URL(scenarioUrl).searchParams.get("s") ?? "";
        console.log(`      scenario of 4 edits: s has ${s.length} characters, URL ${scenarioUrl.length}`);
      },
    },
    {
      name: "planner: the scenario URL opened in a new page gives identical figures",
      run: async () => {
        assert(scenarioUrl.includes("s="), `no s= in ${scenarioUrl}`);
        const page = await context.newPage();
        try {
          await page.goto(scenarioUrl, { waitUntil: "load" });
          await page.locator('[data-testid="planner-table"] tbody tr').first().waitFor({ timeout: 30_000 });
          await page.waitForFunction(
            () =>
              /Omräknat/.test(document.querySelector('[data-testid="planner-status"]')?.textContent ?? ""),
            undefined,
            { timeout: WORKER_TIMEOUT_MS },
          );
          await page.waitForTimeout(300);
          const rows = await page
            .locator('[data-testid="planner-table"] tbody tr[data-kod]')
            .evaluateAll((trs) =>
              trs.map((tr) => ({
                kod: tr.getAttribute("data-kod") ?? "",
                cells: [...tr.children].map((c) => (c.textContent ?? "").trim()),
              })),
            );
          const differing = changedRows(scenarioRows, rows);
          assert(
            rows.length === 290 && differing.length === 0,
            `rows differ: ${differing.map((r) => r.cells[0])}`,
          );
          const sverige = (
            (await page.locator('[data-testid="planner-sverige"]').textContent()) ?? ""
          ).trim();
          assert(sverige === scenarioSverige, `Sweden line "${sverige}" vs "${scenarioSverige}"`);
          assert(
            (await page.locator('[data-testid="planner-edits"] li').count()) === 4,
            "not 4 edits after reload",
          );
        } finally {
          await page.close();
        }
      },
    },
    {
      name: "planner: a tampered or malicious s gives a clear message and the baseline, no crash, nothing run",
      run: async () => {
        for (const s of [
          "1zzzzc00",
          "<img src=x onerror=window.__pwned=1>",
          encodeURIComponent(scenarioSplice()),
        ]) {
          await planner.open(`&s=${s}`);
          const message = await planner.text("planner-url-error");
          assert(/kunde inte läsas/.test(message) && /Underlaget visas/.test(message), `message: ${message}`);
          assert((await planner.editCount()) === 0, "a bad s left edits");
          assert(changedRows(baselineRows, await planner.rows()).length === 0, "a bad s changed the table");
          const pwned = await planner.page.evaluate(
            () => (window as unknown as { __pwned?: number }).__pwned,
          );
          assert(pwned === undefined, "content from s was executed");
        }
      },
    },
    {
      name: "planner: exports — CSV in both dialects, GeoJSON and PNG — download and parse back",
      run: async () => {
        await planner.open();
        const csv = await planner.download("planner-export-csv");
        assert(csv.name === "narvarokartan_kommuner_booked_2021.csv", `name ${csv.name}`);
        const text = csv.bytes.toString("utf8");
        assert(text.charCodeAt(0) !== 0xfeff, "plain CSV has a BOM");
        const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true });
        assert(
          parsed.errors.length === 0 && parsed.data.length === 290,
          `${parsed.data.length} rows, ${parsed.errors.length} errors`,
        );
        const orsa = parsed.data.find((r) => r.namn === "Orsa");
        const orsaRow = baselineRows.find((r) => r.cells[0]?.startsWith("Orsa"));
        assert(
          orsa && orsaRow && number(orsaRow.cells[4]!) === Number(orsa.medianMin),
          "Orsa's median differs",
        );

        const excel = await planner.download("planner-export-excel");
        assert(excel.name === "narvarokartan_kommuner_booked_2021_excel.csv", `name ${excel.name}`);
        assert(excel.bytes[0] === 0xef && excel.bytes[1] === 0xbb && excel.bytes[2] === 0xbf, "no UTF-8 BOM");
        const ex = Papa.parse<Record<string, string>>(excel.bytes.toString("utf8").slice(1).trim(), {
          header: true,
          delimiter: ";",
        });
        const exOrsa = ex.data.find((r) => r.namn === "Orsa");
        assert(ex.data.length === 290 && exOrsa !== undefined, "Excel CSV rows");
        assert(
          Number(exOrsa.medianMin!.replace(",", ".")) === Number(orsa!.medianMin),
          "Excel median differs",
        );

        const geo = await planner.download("planner-export-geojson");
        assert(geo.name.endsWith(".geojson"), `name ${geo.name}`);
        const fc = JSON.parse(geo.bytes.toString("utf8")) as {
          type: string;
          features: {
            type: string;
            geometry: { type: string; coordinates: unknown[] };
            properties: Record<string, unknown>;
          }[];
        };
        assert(fc.type === "FeatureCollection" && fc.features.length === 290, "not 290 features");
        assert(
          fc.features.every(
            (f) =>
              f.type === "Feature" && /Polygon$/.test(f.geometry.type) && f.geometry.coordinates.length > 0,
          ),
          "a feature is not a polygon",
        );
        assert(
          fc.features.find((f) => f.properties.namn === "Orsa")?.properties.medianMin ===
            Number(orsa!.medianMin),
          "GeoJSON median",
        );

        const png = await planner.download("planner-export-png");
        assert(png.name === "narvarokartan_kommuner_booked_2021_medianMin.png", `name ${png.name}`);
        const size = await planner.decodePng(png.bytes);
        assert(size.width === 1400 && size.height === 1100, `PNG is ${size.width} × ${size.height}`);
        const { writeFile } = await import("node:fs/promises");
        await writeFile("test-results/planner-export.png", png.bytes);
      },
    },
    {
      name: "planner: axe finds nothing with a scenario active, in Swedish and in English",
      run: async () => {
        await planner.open(`&s=${new URL(scenarioUrl).searchParams.get("s")}`);
        await planner.waitComputed(WORKER_TIMEOUT_MS);
        assertNoViolations(await app.axeViolations());
        await planner.open(`&lang=en&s=${new URL(scenarioUrl).searchParams.get("s")}`);
        await planner.waitComputed(WORKER_TIMEOUT_MS);
        const caption = await planner.page.locator('[data-testid="planner-table"] caption').textContent();
        assert(/Municipalities/.test(caption ?? ""), `caption is not English: ${caption}`);
        const { viewSwitch } = await planner.layout();
        assert(viewSwitch === "Planning", `the English view switch says "${viewSwitch}"`);
        await planner.choose("filter", "withoutBooked");
        assertNoViolations(await app.axeViolations());
      },
    },
    {
      name: "planner: on a desktop the map with its legend, the table and the scenario panel fit the first screen together, no column clipped; on a phone the map comes before the folded choices and the table says it scrolls sideways",
      run: async () => {
        const viewport = app.page.viewportSize();
        const s = new URL(scenarioUrl).searchParams.get("s") ?? "";
        try {
          for (const [width, height, extra] of [
            [1280, 800, ""],
            [1280, 900, ""],
            [1440, 900, ""],
            [1024, 720, ""],
            [1280, 800, "&lang=en"],
            [1280, 900, `&s=${s}`],
          ] as const) {
            await app.page.setViewportSize({ width, height });
            await planner.open(extra);
            if (extra.startsWith("&s=")) await planner.waitComputed(WORKER_TIMEOUT_MS);
            const at = `at ${width}×${height}${extra}`;
            const layout = await planner.layout();
            const { boxes, table } = layout;
            assert(layout.scrollY === 0, `${at} the page opened scrolled to ${layout.scrollY}`);
            for (const part of ["map", "legend", "table", "scenario", "controls"] as const) {
              const box = boxes[part];
              assert(box !== null, `${at} the ${part} is not shown`);
              assert(
                box.top >= 0 && box.bottom <= height + 1 && box.right <= width + 1,
                `${at} the ${part} is not inside the first screen: ${JSON.stringify(box)}`,
              );
            }
            assert(
              boxes.map!.right <= boxes.table!.left && boxes.table!.bottom <= boxes.scenario!.top,
              `${at} not map | table over scenario: ${JSON.stringify(boxes)}`,
            );
            assert(
              table.scrollHeight > table.clientHeight * 3 && (await planner.rows()).length === 290,
              `${at} the table does not scroll in its own pane with all 290 rows: ${JSON.stringify(table)}`,
            );
            if (width >= 1280) {
              assert(
                table.scrollWidth <= table.clientWidth + 1,
                `${at} a column is clipped: the table is ${table.scrollWidth} px wide in ${table.clientWidth}`,
              );
              assert(!/sidled|sideways/.test(layout.scrollNote), `${at} the note says: ${layout.scrollNote}`);
            }
            if (extra.startsWith("&s=")) {
              const changes = boxes.changes;
              assert(
                changes !== null && changes.top < boxes.scenario!.bottom - 40,
                `${at} the changed kommuner are not in view in the scenario pane: ${JSON.stringify(boxes)}`,
              );
            }
            // The header row stays at the top of the table's pane while the rows scroll under it.
            await planner.scrollTable(3000);
            const scrolled = await planner.layout();
            assert(
              Math.abs(scrolled.boxes.tableHeader!.top - scrolled.boxes.table!.top) <= 2 &&
                scrolled.scrollY === 0,
              `${at} the header row did not stay: ${JSON.stringify(scrolled.boxes)} page at ${scrolled.scrollY}`,
            );
          }

          // Folding the scenario pane gives its height to the table; unfolding brings it back.
          await app.page.setViewportSize({ width: 1280, height: 800 });
          await planner.open();
          const unfolded = await planner.layout();
          await planner.by("planner-scenario-fold").click();
          const folded = await planner.layout();
          assert(
            folded.table.clientHeight > unfolded.table.clientHeight + 150 &&
              !(await planner.by("planner-add-search").isVisible()),
            `folding: table ${unfolded.table.clientHeight} → ${folded.table.clientHeight} px`,
          );
          await planner.by("planner-scenario-fold").click();
          assert(await planner.by("planner-add-search").isVisible(), "unfolding did not show the tools");
          // The divider shares the height: arrow keys, then a drag with the mouse.
          await planner.by("planner-divider").focus();
          await app.page.keyboard.press("ArrowUp");
          await app.page.keyboard.press("ArrowUp");
          const taller = await planner.layout();
          assert(
            taller.table.clientHeight < unfolded.table.clientHeight - 40,
            `ArrowUp on the divider: table ${unfolded.table.clientHeight} → ${taller.table.clientHeight} px`,
          );
          const grip = await planner.by("planner-divider").boundingBox();
          assert(grip !== null, "no divider on a desktop");
          const y = grip.y + grip.height / 2;
          await app.page.mouse.move(grip.x + grip.width / 2, y);
          await app.page.mouse.down();
          await app.page.mouse.move(grip.x + grip.width / 2, y + 120, { steps: 6 });
          await app.page.mouse.up();
          const dragged = await planner.layout();
          assert(
            dragged.table.clientHeight > taller.table.clientHeight + 80,
            `dragging the divider down: table ${taller.table.clientHeight} → ${dragged.table.clientHeight} px`,
          );

          await app.page.setViewportSize({ width: 375, height: 800 });
          await planner.open();
          const phone = await planner.layout();
          assert(
            phone.boxes.controls === null && phone.boxes.map !== null && phone.boxes.map.top < 400,
            `at 375×800 the map does not come first: ${JSON.stringify(phone.boxes)}`,
          );
          assert(
            phone.boxes.map!.bottom <= 800 + 1,
            `at 375×800 the map runs below the screen: ${JSON.stringify(phone.boxes.map)}`,
          );
          await planner.by("planner-controls-toggle").click();
          assert((await planner.layout()).boxes.controls !== null, "the phone's choices did not unfold");
          await planner.by("planner-tab-table").click();
          const tableTab = await planner.layout();
          assert(
            /sidled/.test(tableTab.scrollNote) && tableTab.table.scrollWidth > tableTab.table.clientWidth,
            `at 375 px the note "${tableTab.scrollNote}" with the table ${tableTab.table.scrollWidth} px in ${tableTab.table.clientWidth}`,
          );
          assert(
            tableTab.boxes.map === null && tableTab.boxes.table !== null,
            `at 375 px the table tab shows ${JSON.stringify(tableTab.boxes)}`,
          );
        } finally {
          if (viewport !== null) await app.page.setViewportSize(viewport);
        }
      },
    },
    {
      name: "planner: at 320 px and at 200 % zoom (640 px) nothing overflows sideways and axe passes; screenshots at 1280 and 375 px",
      run: async () => {
        const viewport = app.page.viewportSize();
        try {
          await app.page.setViewportSize({ width: 1280, height: 800 });
          await planner.open();
          await app.screenshot("test-results/planner-1280.png");
          for (const width of [320, 640]) {
            await app.page.setViewportSize({ width, height: 640 });
            await planner.open();
            const overflow = await app.horizontalOverflow();
            assert(overflow <= 0, `the page is ${overflow} px wider than ${width} px`);
            assertNoViolations(await app.axeViolations());
            await planner.by("planner-tab-table").click();
            assert((await planner.rows()).length === 290, "the table tab lost rows");
            assert((await app.horizontalOverflow()) <= 0, `the table tab overflows at ${width} px`);
          }
          await app.page.setViewportSize({ width: 375, height: 740 });
          await planner.open();
          await app.screenshot("test-results/planner-375.png");
          await planner.by("planner-tab-table").click();
          await app.screenshot("test-results/planner-375-table.png");
        } finally {
          if (viewport !== null) await app.page.setViewportSize(viewport);
        }
      },
    },
  ];
}

/** A well-formed head with a truncated token: "c" needs two more characters. */
function scenarioSplice(): string {
  return "1abcdc0";
}
