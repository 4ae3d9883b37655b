// Page object for Närvarokartan: the only place in the e2e tests that knows selectors.
//
// Selector contract with the UI (data-testid attributes):
//   map             the element MapLibre renders into; its <canvas> appears inside it
//   legend          the map legend, visible once the app has started
//   om-data         the "Om data" panel; either a <details> element, or an element that is shown by
//                   clicking om-data-toggle (or a button with aria-controls = the panel's id)
//   om-data-toggle  optional button that opens/closes om-data
//   finder          the jobseeker finder panel (search field, "Använd min position")
//   finder-status   its live region: "no match" and index loading
//   locate-status   the geolocation button's live region (asking, refused, unavailable, timeout)
//   finder-results  the results; one section per kind with data-kind="spontaneous|booked|provider",
//                   each place an <li data-place-id>, its time in data-testid="travel-minutes"
//   travel-status   the results' live region while travel times are computed or failed
//   origin-marker   the finder's origin on the map; numbered pins are .map-pin[data-place-id]; the map
//                   element (.maplibregl-map) carries data-map-bounds = [[west, south], [east, north]]
//   map-deferred    the card a phone shows before the map loads
//   planner-*       the planner view (`?view=planner`); see PlannerSection at the end of this file
// and document.body.dataset.mapReady === "true" once the map has drawn its data layers.
import { createRequire } from "node:module";
import type { Locator, Page, Response } from "playwright-core";

/** axe-core's browser bundle, injected inline so the check itself makes no request. */
const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export const SELECTORS = {
  map: '[data-testid="map"]',
  mapCanvas: '[data-testid="map"] canvas',
  legend: '[data-testid="legend"]',
  omData: '[data-testid="om-data"]',
  omDataToggle: '[data-testid="om-data-toggle"]',
  finder: '[data-testid="finder"]',
  finderStatus: '[data-testid="finder-status"]',
  locateStatus: '[data-testid="locate-status"]',
  results: '[data-testid="finder-results"]',
  resultsTitle: '[data-testid="finder-results"] h2',
  travelStatus: '[data-testid="travel-status"]',
  kind: (kind: "spontaneous" | "booked" | "provider") =>
    `[data-testid="finder-results"] [data-kind="${kind}"]`,
  placeItem: "li[data-place-id]",
  travelMinutes: '[data-testid="travel-minutes"]',
  option: '[role="listbox"] [role="option"]',
  mapPopup: ".maplibregl-popup",
  selectedListRow: '.place-list tr[aria-current="true"]',
  selectedResult: '[data-testid="finder-results"] li[aria-current="true"]',
  plannerView: '[data-testid="view-planner"]',
  omBerakningen: '[data-testid="om-berakningen"]',
  reachArea: '[data-testid="reach-area"]',
  reachAreaStatus: '[data-testid="reach-area-status"]',
  originMarker: '[data-testid="map"] [data-testid="origin-marker"]',
  mapPin: (placeId: string) => `[data-testid="map"] .map-pin[data-place-id="${placeId}"]`,
  mapWithBounds: '[data-testid="map"] [data-map-bounds]',
  mapDeferred: '[data-testid="map-deferred"]',
  mapFrame: '[data-testid="map"] .map-panel__frame',
  didYouMean: '[data-testid="did-you-mean"]',
  urlNotices: '[data-testid="url-notices"]',
} as const;

/** One place as the finder shows it. */
export interface ResultPlace {
  id: string;
  text: string;
  /** The visible travel text ("42 min · 38 km"), or null when no time is shown. */
  travel: string | null;
}

export class NarvarokartanPage {
  readonly planner: PlannerSection;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.planner = new PlannerSection(page, baseUrl);
  }

  /** Loads the app's start page and returns the main document's response. */
  async open(query = ""): Promise<Response | null> {
    return this.page.goto(`${this.baseUrl}/${query}`, { waitUntil: "load", timeout: 30_000 });
  }

  get mapCanvas(): Locator {
    return this.page.locator(SELECTORS.mapCanvas).first();
  }

  get legend(): Locator {
    return this.page.locator(SELECTORS.legend).first();
  }

  get omData(): Locator {
    return this.page.locator(SELECTORS.omData).first();
  }

  /** Waits until the map canvas is visible and the app flags the map as ready. */
  async waitForMapReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const seconds = Math.round(timeoutMs / 1000);
    try {
      await this.mapCanvas.waitFor({ state: "visible", timeout: timeoutMs });
    } catch {
      throw new Error(`no visible <canvas> inside ${SELECTORS.map} within ${seconds} s`);
    }
    try {
      await this.page.waitForFunction(() => document.body.dataset.mapReady === "true", undefined, {
        timeout: Math.max(1, deadline - Date.now()),
        polling: 100,
      });
    } catch {
      const value = await this.page.evaluate(() => document.body.dataset.mapReady ?? "(unset)");
      throw new Error(`document.body.dataset.mapReady is "${value}", not "true", after ${seconds} s`);
    }
  }

  /** Canvas size in CSS pixels; a map that failed to lay out has 0 × 0. */
  async mapCanvasSize(): Promise<{ width: number; height: number }> {
    const box = await this.mapCanvas.boundingBox();
    return { width: box?.width ?? 0, height: box?.height ?? 0 };
  }

  /** Opens the "Om data" panel however the UI offers it and returns its visible text. */
  async openOmData(): Promise<string> {
    const panel = this.omData;
    await panel.waitFor({ state: "attached", timeout: 10_000 });
    const { tag, id } = await panel.evaluate((element) => ({
      tag: element.tagName.toLowerCase(),
      id: element.id,
    }));
    if (tag === "details") {
      const isOpen = await panel.evaluate((element) => (element as HTMLDetailsElement).open);
      if (!isOpen) await panel.locator("summary").first().click();
    } else if (!(await panel.isVisible())) {
      const toggle = await this.firstPresent([
        this.page.locator(SELECTORS.omDataToggle),
        ...(id ? [this.page.locator(`[aria-controls="${id}"]`)] : []),
      ]);
      if (!toggle) throw new Error(`${SELECTORS.omData} is hidden and there is no ${SELECTORS.omDataToggle}`);
      await toggle.click();
    }
    await panel.waitFor({ state: "visible", timeout: 10_000 });
    return panel.innerText();
  }

  /** Switches the main view to the list (the map's text alternative). */
  async showList(): Promise<void> {
    await this.page.getByRole("button", { name: /^(Lista|List)$/ }).click();
    await this.page.getByRole("table").first().waitFor({ state: "visible", timeout: 10_000 });
  }

  /** The finder's search field: a combobox whose accessible name contains "Sök". */
  get searchBox(): Locator {
    return this.page.getByRole("combobox", { name: /Sök/ });
  }

  /** Types into the search field (replacing its text) and returns the suggestions that appear. */
  async typeSearch(text: string): Promise<string[]> {
    await this.searchBox.fill(text);
    await this.page
      .locator(SELECTORS.option)
      .first()
      .waitFor({ state: "visible", timeout: 15_000 })
      .catch(() => undefined);
    return this.suggestions();
  }

  async suggestions(): Promise<string[]> {
    const options = this.page.locator(SELECTORS.option);
    return (await options.allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim());
  }

  /** Moves to the suggestion whose text starts with `label` using ArrowDown only, and presses Enter. */
  async chooseSuggestionByKeyboard(label: string): Promise<void> {
    const texts = await this.suggestions();
    const index = texts.findIndex((text) => text.startsWith(label));
    if (index < 0) throw new Error(`no suggestion starting with "${label}" in ${JSON.stringify(texts)}`);
    for (let i = 0; i <= index; i += 1) await this.searchBox.press("ArrowDown");
    const active = await this.searchBox.getAttribute("aria-activedescendant");
    if (active === null) throw new Error("ArrowDown set no aria-activedescendant on the combobox");
    await this.searchBox.press("Enter");
  }

  /** Types `text` and presses Enter without choosing a suggestion (the first hit is used). */
  async submitSearch(text: string): Promise<void> {
    await this.searchBox.fill(text);
    // No option is active after typing, so Enter submits the text itself.
    await this.searchBox.press("Enter");
  }

  /** Waits for the results and returns their heading ("Närmast Orsa"). */
  async resultsTitle(timeoutMs = 15_000): Promise<string> {
    const title = this.page.locator(SELECTORS.resultsTitle).first();
    await title.waitFor({ state: "visible", timeout: timeoutMs });
    return (await title.innerText()).trim();
  }

  /** Waits until the results heading contains `text`. */
  async waitForResultsFor(text: string, timeoutMs = 15_000): Promise<void> {
    await this.page
      .locator(SELECTORS.resultsTitle, { hasText: text })
      .first()
      .waitFor({ state: "visible", timeout: timeoutMs });
  }

  /** The places listed for one kind, in order (ranked by time once times are ready). */
  async resultPlaces(kind: "spontaneous" | "booked"): Promise<ResultPlace[]> {
    const items = this.page.locator(`${SELECTORS.kind(kind)} ${SELECTORS.placeItem}`);
    const count = await items.count();
    const places: ResultPlace[] = [];
    for (let i = 0; i < count; i += 1) {
      const item = items.nth(i);
      const travel = item.locator(SELECTORS.travelMinutes);
      places.push({
        id: (await item.getAttribute("data-place-id")) ?? "",
        text: (await item.innerText()).replace(/\s+/g, " ").trim(),
        travel: (await travel.count()) > 0 ? (await travel.innerText()).replace(/\s+/g, " ").trim() : null,
      });
    }
    return places;
  }

  /** Waits until the first place of `kind` shows a travel time, and returns the places. */
  async waitForTravelTimes(kind: "spontaneous" | "booked", timeoutMs: number): Promise<ResultPlace[]> {
    await this.page
      .locator(`${SELECTORS.kind(kind)} ${SELECTORS.placeItem} ${SELECTORS.travelMinutes}`)
      .first()
      .waitFor({ state: "visible", timeout: timeoutMs });
    return this.resultPlaces(kind);
  }

  async kindText(kind: "spontaneous" | "booked" | "provider"): Promise<string> {
    return this.page.locator(SELECTORS.kind(kind)).first().innerText();
  }

  async finderStatusText(): Promise<string> {
    return (await this.page.locator(SELECTORS.finderStatus).first().innerText()).trim();
  }

  get locateButton(): Locator {
    return this.page.getByRole("button", { name: /Använd min position|Use my position/ });
  }

  /** Clicks "Använd min position" and waits until the status leaves "asking"; returns its text. */
  async useMyPosition(): Promise<string> {
    await this.locateButton.click();
    await this.page.waitForFunction(
      () =>
        !(
          document.querySelector<HTMLButtonElement>('[data-testid="finder"] .finder-locate button')
            ?.disabled ?? false
        ),
      undefined,
      { timeout: 20_000 },
    );
    return (await this.page.locator(SELECTORS.locateStatus).first().innerText()).trim();
  }

  /** The header's language button ("English" / "Svenska"). */
  async switchLanguage(): Promise<void> {
    await this.page.getByRole("button", { name: /^(English|Svenska)\b/ }).click();
  }

  /** The map popup's text, once a place is open on the map. */
  async mapPopupText(timeoutMs = 15_000): Promise<string> {
    const popup = this.page.locator(SELECTORS.mapPopup).first();
    await popup.waitFor({ state: "visible", timeout: timeoutMs });
    return popup.innerText();
  }

  /** The list view's selected row, if any. */
  async selectedListRowText(timeoutMs = 10_000): Promise<string> {
    const row = this.page.locator(SELECTORS.selectedListRow).first();
    await row.waitFor({ state: "visible", timeout: timeoutMs });
    return row.innerText();
  }

  get selectedResult(): Locator {
    return this.page.locator(SELECTORS.selectedResult).first();
  }

  /** Whether the list view's table is shown. */
  async listVisible(): Promise<boolean> {
    return this.page.locator(".place-list table").first().isVisible();
  }

  /** Presses Tab until `target` has focus (at most `maxTabs` times); throws if it never does. */
  async tabTo(target: Locator, maxTabs = 40): Promise<void> {
    for (let i = 0; i < maxTabs; i += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press("Tab");
    }
    throw new Error(`focus did not reach the element after ${maxTabs} Tab presses`);
  }

  /** The focused element's outline, to check that keyboard focus is visible. */
  async focusOutline(): Promise<{ tag: string; outline: string }> {
    return this.page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (element === null) return { tag: "(none)", outline: "none" };
      const style = getComputedStyle(element);
      return { tag: element.tagName.toLowerCase(), outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
  }

  /** How many CSS pixels the document is wider than the viewport (0 or less: no sideways scrolling). */
  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }

  /** Clicks "Visa på kartan" for a place in the finder's results. */
  async showResultOnMap(placeLabel: string): Promise<void> {
    await this.page
      .locator(SELECTORS.results)
      .getByRole("button", { name: `Visa på kartan: ${placeLabel}`, exact: true })
      .first()
      .click();
  }

  /** Whether the map panel's frame is inside the viewport now. */
  async mapInViewport(): Promise<boolean> {
    return this.page.locator(SELECTORS.map).evaluate((panel) => {
      const frame = panel.querySelector(".map-panel__frame") ?? panel;
      const rect = frame.getBoundingClientRect();
      return rect.top < window.innerHeight && rect.bottom > 0;
    });
  }

  /** The map's current view as [[west, south], [east, north]] (MapController writes it after each move). */
  async mapBounds(): Promise<[[number, number], [number, number]]> {
    const text = await this.page.locator(SELECTORS.mapWithBounds).first().getAttribute("data-map-bounds");
    if (text === null) throw new Error("the map has no data-map-bounds");
    return JSON.parse(text) as [[number, number], [number, number]];
  }

  /** Waits for the origin marker on the map. */
  async waitForOriginMarker(timeoutMs = 15_000): Promise<void> {
    await this.page.locator(SELECTORS.originMarker).first().waitFor({ state: "visible", timeout: timeoutMs });
  }

  /** Whether the numbered pin of a place is drawn and marked as selected. */
  async pinState(placeId: string): Promise<{ shown: boolean; selected: boolean; number: string }> {
    const pin = this.page.locator(SELECTORS.mapPin(placeId)).first();
    if ((await pin.count()) === 0) return { shown: false, selected: false, number: "" };
    return {
      shown: await pin.isVisible(),
      selected: await pin.evaluate((el) => el.classList.contains("is-selected")),
      number: (await pin.innerText()).trim(),
    };
  }

  /** Clicks a place's numbered pin on the map. */
  async clickPin(placeId: string): Promise<void> {
    await this.page.locator(SELECTORS.mapPin(placeId)).first().click();
  }

  /** Clicks a result's name in the finder (selects it). */
  async selectResult(placeId: string): Promise<void> {
    await this.page
      .locator(`${SELECTORS.results} ${SELECTORS.placeItem}[data-place-id="${placeId}"] button`)
      .first()
      .click();
  }

  /** The id of the finder result marked as selected, or null. */
  async selectedResultId(): Promise<string | null> {
    const item = this.page.locator(SELECTORS.selectedResult).first();
    return (await item.count()) === 0 ? null : item.getAttribute("data-place-id");
  }

  /** The map frame's height and the text it shows (empty once the map has loaded). */
  async mapFrameState(): Promise<{ height: number; deferredText: string }> {
    const frame = this.page.locator(SELECTORS.mapFrame).first();
    const deferred = this.page.locator(SELECTORS.mapDeferred).first();
    return {
      height: (await frame.boundingBox())?.height ?? 0,
      deferredText: (await deferred.count()) === 0 ? "" : (await deferred.innerText()).trim(),
    };
  }

  /**
   * The page's text nodes and read-out attributes, except what is marked lang="sv" (the report's own
   * Swedish words); used to look for Swedish UI text on the English page.
   */
  async textOutsideSwedish(): Promise<string[]> {
    return this.page.evaluate(() => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent === null || parent.closest('[lang="sv"]') !== null) continue;
        if (parent.closest("script, style, [hidden]") !== null) continue;
        parts.push(node.textContent ?? "");
      }
      // Visible attributes a person reads or hears too.
      for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
        if (el.closest('[lang="sv"]') !== null) continue;
        for (const name of ["aria-label", "title", "placeholder"]) {
          const value = el.getAttribute(name);
          if (value !== null) parts.push(value);
        }
      }
      return parts.map((part) => part.trim()).filter((part) => part !== "");
    });
  }

  /** Text of a region that may be absent: "" when it is not on the page within `timeoutMs`. */
  async optionalText(selector: string, timeoutMs = 10_000): Promise<string> {
    const element = this.page.locator(selector).first();
    try {
      await element.waitFor({ state: "visible", timeout: timeoutMs });
    } catch {
      return "";
    }
    return (await element.innerText()).trim();
  }

  /** The "Menade du …?" note above the results ("" when there is none). */
  async didYouMeanText(timeoutMs = 10_000): Promise<string> {
    return this.optionalText(SELECTORS.didYouMean, timeoutMs);
  }

  /** The notices about parts of the address the page does not know ("" when there are none). */
  async urlNoticesText(timeoutMs = 10_000): Promise<string> {
    return this.optionalText(SELECTORS.urlNotices, timeoutMs);
  }

  /** Right edge (CSS px) of the list view's first "Visa på kartan" button, or null when there is none. */
  async firstListMapButtonRight(timeoutMs = 15_000): Promise<number | null> {
    const button = this.page.locator(".place-list tbody button").first();
    try {
      await button.waitFor({ state: "visible", timeout: timeoutMs });
    } catch {
      return null;
    }
    const box = await button.boundingBox();
    return box === null ? null : box.x + box.width;
  }

  /** The names the map writes (HTML labels over the canvas) that are shown now. */
  async mapLabelTexts(): Promise<string[]> {
    return this.page
      .locator(`${SELECTORS.map} .map-label:not([hidden])`)
      .evaluateAll((spans) => spans.map((span) => (span.textContent ?? "").trim()));
  }

  /** The finder results' visible text. */
  async resultsText(): Promise<string> {
    return this.page.locator(SELECTORS.results).first().innerText();
  }

  /** Asks for the area within `minutes` of the selected place and returns the status line once shown. */
  async showReachAreaOfSelected(minutes: number, timeoutMs: number): Promise<string> {
    const control = this.page.locator(SELECTORS.reachArea);
    await control.locator("select").nth(0).selectOption("selected");
    await control.locator("select").nth(1).selectOption(String(minutes));
    await control.locator("button").first().click();
    const status = this.page.locator(SELECTORS.reachAreaStatus);
    await this.page.waitForFunction(
      (selector) => /\d/.test(document.querySelector(selector)?.textContent ?? ""),
      SELECTORS.reachAreaStatus,
      { timeout: timeoutMs },
    );
    return (await status.textContent()) ?? "";
  }

  /**
   * Runs the browser's own reach worker (the built reach.worker-*.js, found among the page's loaded
   * resources after a what-if) on the published places with no edits, and compares every kommun's, FA
   * region's, län's and Sweden's figures with summary.json from the Node build. Returns the mismatches.
   */
  async workerMatchesBuild(key: string): Promise<{ compared: number; mismatches: string[] }> {
    // tsx compiles the callback below with esbuild's keepNames, which calls a __name helper that only
    // exists in Node; give the page a no-op one.
    await this.page.evaluate("globalThis.__name ??= (fn) => fn");
    return this.page.evaluate(async (scenario) => {
      const workerUrl = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .find((name) => /reach\.worker[^/]*\.js$/.test(name));
      if (!workerUrl) return { compared: 0, mismatches: ["the reach worker was never loaded"] };
      const base = new URL("./", document.baseURI).href;
      const [places, summary] = await Promise.all([
        fetch(new URL("data/meeting-places.geojson", base)).then((r) => r.json()),
        fetch(new URL("data/summary.json", base)).then((r) => r.json()),
      ]);
      type Feature = { geometry: { coordinates: [number, number] }; properties: Record<string, string> };
      const enginePlaces = (places.features as Feature[]).map((f) => ({
        id: f.properties.id,
        lon: f.geometry.coordinates[0],
        lat: f.geometry.coordinates[1],
        kommunKod: f.properties.kommunKod,
        kind: f.properties.kind,
        status: f.properties.status,
      }));
      const worker = new Worker(workerUrl, { type: "module", name: base });
      const reply = await new Promise<{ type: string; reach?: Record<string, unknown>; reason?: string }>(
        (resolve) => {
          worker.onmessage = (event) => resolve(event.data);
          worker.postMessage({ id: 1, type: "scenario", key: scenario, places: enginePlaces });
        },
      );
      worker.terminate();
      if (reply.type !== "scenario" || !reply.reach)
        return { compared: 0, mismatches: [`worker: ${reply.reason}`] };
      const reach = reply.reach as {
        kommunKoder: string[];
        faKoder: string[];
        lanKoder: string[];
        kommuner: unknown[];
        faRegioner: unknown[];
        lan: unknown[];
        sverige: unknown;
      };
      const mismatches: string[] = [];
      let compared = 0;
      const check = (label: string, fromWorker: unknown, fromBuild: unknown) => {
        compared++;
        if (JSON.stringify(fromWorker) !== JSON.stringify(fromBuild)) mismatches.push(label);
      };
      type Area = { kod: string; reach: Record<string, unknown> };
      // The build adds public-transport figures (reach.<kind>.transit, issue 12) that the car worker does
      // not compute: compare the car figures only.
      const carOnly = (stats: unknown) => {
        if (!stats || typeof stats !== "object") return stats;
        const copy = { ...(stats as Record<string, unknown>) };
        delete copy.transit;
        return copy;
      };
      const byKod = (list: Area[]) => new Map(list.map((a) => [a.kod, carOnly(a.reach[scenario])]));
      const kommuner = byKod(summary.kommuner);
      reach.kommunKoder.forEach((kod, i) => check(`kommun ${kod}`, reach.kommuner[i], kommuner.get(kod)));
      const fa = byKod(summary.faRegioner);
      reach.faKoder.forEach((kod, i) => check(`FA ${kod}`, reach.faRegioner[i], fa.get(kod)));
      const lan = byKod(summary.lan);
      reach.lanKoder.forEach((kod, i) => check(`län ${kod}`, reach.lan[i], lan.get(kod)));
      check("Sverige", reach.sverige, summary.sverige.reach[scenario]);
      return { compared, mismatches };
    }, key);
  }

  async openOmBerakningen(): Promise<string> {
    const panel = this.page.locator(SELECTORS.omBerakningen);
    await panel.locator("summary").click();
    return (await panel.textContent()) ?? "";
  }

  /** Runs axe-core against the page as it is now, limited to WCAG 2.0/2.1 level A and AA rules. */
  async axeViolations(): Promise<AxeViolation[]> {
    if (!(await this.page.evaluate(() => "axe" in window)))
      await this.page.addScriptTag({ content: axeSource });
    return this.page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeRun> } }
      ).axe;
      interface AxeRun {
        violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
      }
      const result = await axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
    });
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file });
  }

  private async firstPresent(candidates: Locator[]): Promise<Locator | null> {
    for (const candidate of candidates) {
      if ((await candidate.count()) > 0) return candidate.first();
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// The planner view (`?view=planner`). Selector contract (data-testid):
//   planner                      the view; planner-map (data-ready="true" once drawn) with
//                                planner-map-canvas inside; planner-legend; planner-table (tbody tr[data-kod]);
//   planner-level|kind|indicator|time|map-mode|filter   the <select>s; planner-search (table name filter)
//   planner-footnote48           the computed footnote 48 sentence (filter withoutBooked)
//   planner-status               live region "Omräknat på N ms"; planner-edits (ol of edits)
//   planner-table-scroll (the table's own scrolling pane), planner-scroll-note, planner-scenario-pane,
//   planner-scenario-fold, planner-controls-toggle (a phone's folded choices), planner-tab-*
//   planner-add-on-map, planner-add-search, planner-add-hit, planner-choose-place, planner-nudge-*,
//   planner-close-chosen, planner-undo, planner-redo, planner-popup-close (in the map popup),
//   planner-row-close (closing a place from the table), planner-changes, planner-sverige
//   planner-export-menu (opens) planner-export-csv|excel|geojson|png, planner-url-error, planner-planned, planner-reconciliation

export const PLANNER = {
  root: '[data-testid="planner"]',
  map: '[data-testid="planner-map"]',
  mapReady: '[data-testid="planner-map"][data-ready="true"]',
  canvas: '[data-testid="planner-map-canvas"] canvas',
  rows: '[data-testid="planner-table"] tbody tr[data-kod]',
  caption: '[data-testid="planner-table"] caption',
  select: (name: string) => `[data-testid="planner-${name}"]`,
  testId: (name: string) => `[data-testid="${name}"]`,
} as const;

/** Where the planner's parts are on the screen (viewport pixels; null when not displayed). */
export interface PlannerLayout {
  viewport: { width: number; height: number };
  scrollY: number;
  boxes: Record<PlannerPart, { top: number; bottom: number; left: number; right: number } | null>;
  table: { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number };
  scrollNote: string;
  viewSwitch: string;
}

const PLANNER_PARTS = {
  map: '[data-testid="planner-map-canvas"] canvas',
  legend: '[data-testid="planner-legend"]',
  table: '[data-testid="planner-table-scroll"]',
  tableHeader: '[data-testid="planner-table"] thead th',
  scenario: '[data-testid="planner-scenario-pane"]',
  changes: '[data-testid="planner-changes"]',
  controls: '[data-testid="planner-level"]',
} as const;
export type PlannerPart = keyof typeof PLANNER_PARTS;

export interface PlannerRowText {
  kod: string;
  cells: string[];
}

export class PlannerSection {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens `/?view=planner<extra>` and waits for the table and the drawn map. */
  async open(extra = "", timeoutMs = 60_000): Promise<void> {
    await this.page.goto(`${this.baseUrl}/?view=planner${extra}`, { waitUntil: "load", timeout: 30_000 });
    await this.waitReady(timeoutMs);
  }

  async waitReady(timeoutMs = 60_000): Promise<void> {
    // On a phone the table is in another tab: in the DOM, not visible.
    await this.page.locator(PLANNER.rows).first().waitFor({ state: "attached", timeout: timeoutMs });
    await this.page.locator(PLANNER.mapReady).waitFor({ timeout: timeoutMs });
  }

  by(testId: string): Locator {
    return this.page.locator(PLANNER.testId(testId));
  }

  async choose(
    name: "level" | "kind" | "indicator" | "time" | "map-mode" | "filter",
    value: string,
  ): Promise<void> {
    const select = this.page.locator(PLANNER.select(name));
    // On a phone the choices above the map are folded behind one button.
    if (name !== "filter" && !(await select.isVisible())) await this.by("planner-controls-toggle").click();
    await select.selectOption(value);
  }

  async rows(): Promise<PlannerRowText[]> {
    return this.page.locator(PLANNER.rows).evaluateAll((rows) =>
      rows.map((row) => ({
        kod: row.getAttribute("data-kod") ?? "",
        cells: [...row.children].map((cell) => (cell.textContent ?? "").trim()),
      })),
    );
  }

  async text(testId: string): Promise<string> {
    return ((await this.by(testId).textContent()) ?? "").trim();
  }

  /** The boxes of the map, legend, table, scenario pane and choices, and how the table scrolls. */
  async layout(): Promise<PlannerLayout> {
    return this.page.evaluate((parts) => {
      const boxes: Record<string, { top: number; bottom: number; left: number; right: number } | null> = {};
      for (const [name, selector] of Object.entries(parts)) {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        boxes[name] =
          box && box.width > 0 && box.height > 0
            ? { top: box.top, bottom: box.bottom, left: box.left, right: box.right }
            : null;
      }
      const scroll = document.querySelector(parts.table);
      return {
        viewport: { width: window.innerWidth, height: window.innerHeight },
        scrollY: window.scrollY,
        boxes: boxes as PlannerLayout["boxes"],
        table: {
          scrollWidth: scroll?.scrollWidth ?? 0,
          clientWidth: scroll?.clientWidth ?? 0,
          scrollHeight: scroll?.scrollHeight ?? 0,
          clientHeight: scroll?.clientHeight ?? 0,
        },
        scrollNote: document.querySelector('[data-testid="planner-scroll-note"]')?.textContent ?? "",
        viewSwitch: document.querySelector('.view-switch button[aria-pressed="true"]')?.textContent ?? "",
      };
    }, PLANNER_PARTS);
  }

  /** Scrolls the table inside its own pane (not the page) by `dy` pixels. */
  async scrollTable(dy: number): Promise<void> {
    await this.by("planner-table-scroll").evaluate((element, by) => element.scrollBy(0, by), dy);
    await this.page.waitForTimeout(100);
  }

  /** A digest of the drawn map's pixels (the canvas keeps its drawing buffer for the PNG export). */
  async mapSignature(): Promise<string> {
    await this.page.waitForTimeout(150);
    return this.page.locator(PLANNER.canvas).evaluate((canvas) => {
      const url = (canvas as HTMLCanvasElement).toDataURL("image/png");
      let hash = 0;
      for (let i = 0; i < url.length; i++) hash = (Math.imul(hash, 31) + url.charCodeAt(i)) | 0;
      return `${url.length}:${hash}`;
    });
  }

  /** Waits until the map's pixels differ from `before` (colours change after feature-state updates). */
  async waitMapChange(before: string, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const now = await this.mapSignature();
      if (now !== before) return now;
      if (Date.now() > deadline) throw new Error("the map's pixels did not change");
      await this.page.waitForTimeout(200);
    }
  }

  /** Waits for "Omräknat på N ms" (or its English) in the status line, newer than nothing. */
  async waitComputed(timeoutMs = 60_000): Promise<string> {
    await this.page.waitForFunction(
      () =>
        /(Omräknat|Recomputed)/.test(
          document.querySelector('[data-testid="planner-status"]')?.textContent ?? "",
        ),
      undefined,
      { timeout: timeoutMs, polling: 100 },
    );
    return this.text("planner-status");
  }

  async editCount(): Promise<number> {
    return this.page.locator('[data-testid="planner-edits"] li').count();
  }

  /** The canvas box in page pixels. */
  async canvasBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.page.locator(PLANNER.canvas).boundingBox();
    if (box === null) throw new Error("no planner map canvas");
    return box;
  }

  /** Turns on "add on the map" and clicks the map at a share (0..1) of its width and height. */
  async addOnMapAt(fx: number, fy: number): Promise<{ x: number; y: number }> {
    await this.by("planner-add-on-map").click();
    await this.page.locator(PLANNER.canvas).scrollIntoViewIfNeeded();
    const box = await this.canvasBox();
    const point = { x: box.x + box.width * fx, y: box.y + box.height * fy };
    await this.page.mouse.click(point.x, point.y);
    return point;
  }

  /** Presses at `from`, moves in `steps` to `to`, calls `during` before releasing, then releases. */
  async drag(
    from: { x: number; y: number },
    to: { x: number; y: number },
    steps: number,
    during: () => Promise<void>,
  ): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await this.page.mouse.move(
        from.x + ((to.x - from.x) * i) / steps,
        from.y + ((to.y - from.y) * i) / steps,
      );
      await this.page.waitForTimeout(30);
    }
    await during();
    await this.page.mouse.up();
  }

  /** Runs `click` and returns the download's file name and bytes. */
  async download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    // The four downloads sit behind the "Ladda ner" button.
    if (!(await this.by(testId).isVisible())) await this.by("planner-export-menu").click();
    const [download] = await Promise.all([
      this.page.waitForEvent("download", { timeout: 30_000 }),
      this.by(testId).click(),
    ]);
    const file = await download.path();
    const { readFile } = await import("node:fs/promises");
    return { name: download.suggestedFilename(), bytes: await readFile(file) };
  }

  /** Decodes PNG bytes in the page (createImageBitmap) and returns the image size. */
  async decodePng(bytes: Buffer): Promise<{ width: number; height: number }> {
    return this.page.evaluate(async (b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
      return { width: bitmap.width, height: bitmap.height };
    }, bytes.toString("base64"));
  }
}
