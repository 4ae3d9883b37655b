// Page object for Närvarokartan: the only place in the e2e tests that knows selectors.
//
// Selector contract with the UI (data-testid attributes):
//   map             the element MapLibre renders into; its <canvas> appears inside it
//   legend          the map legend, visible once the app has started
//   om-data         the "Om data" panel; either a <details> element, or an element that is shown by
//                   clicking om-data-toggle (or a button with aria-controls = the panel's id)
//   om-data-toggle  optional button that opens/closes om-data
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
} as const;

export class NarvarokartanPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

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
