// Page object for pages that hold <narvaro-karta> widgets: the only e2e file that knows the widget's
// selectors. Playwright's CSS locators pierce open shadow roots, so `widget(n).locator("h2")` finds the
// heading inside the n-th widget's shadow root.
//
// Selector contract with src/embed/: the shadow root holds one `.root` with data-state
// "loading" | "ready" | "error" and, once ready, data-kommun=<kommunkod>; its map area is
// [data-testid="embed-map"], with data-ready="true" once MapLibre has drawn; each place on the map is a
// `button.marker[data-place-id]`; in the text each place is an `li[data-place-id]`.
import { createRequire } from "node:module";
import type { Locator, Page } from "playwright-core";
import type { AxeViolation } from "./driver.ts";

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

export const EMBED_SELECTORS = {
  widget: "narvaro-karta",
  root: ".root",
  map: '[data-testid="embed-map"]',
  canvas: '[data-testid="embed-map"] canvas',
  marker: "button.marker[data-place-id]",
  textPlace: "li[data-place-id]",
  popup: ".maplibregl-popup",
  zoomIn: ".maplibregl-ctrl-zoom-in",
  attribution: ".maplibregl-ctrl-attrib",
  attributionButton: ".maplibregl-ctrl-attrib-button",
  gestureHelp: ".maplibregl-cooperative-gesture-screen",
} as const;

export interface AxeInWidgets {
  violations: AxeViolation[];
  /** How many checked nodes lay inside a shadow root (axe reports them as a selector path). */
  shadowNodesChecked: number;
}

export class EmbedHostPage {
  constructor(readonly page: Page) {}

  widget(index: number): Locator {
    return this.page.locator(EMBED_SELECTORS.widget).nth(index);
  }

  /** Waits until widget `index` says data-state="ready" (or "error") and returns the state and kommun. */
  async waitForWidget(index: number, timeoutMs = 20_000): Promise<{ state: string; kommun: string | null }> {
    const root = this.widget(index).locator(EMBED_SELECTORS.root);
    await root.and(this.page.locator('[data-state="ready"], [data-state="error"]')).waitFor({
      state: "attached",
      timeout: timeoutMs,
    });
    return {
      state: (await root.getAttribute("data-state")) ?? "",
      kommun: await root.getAttribute("data-kommun"),
    };
  }

  async waitForMap(index: number, timeoutMs = 60_000): Promise<void> {
    await this.widget(index)
      .locator(`${EMBED_SELECTORS.map}[data-ready="true"]`)
      .waitFor({ state: "attached", timeout: timeoutMs });
  }

  async mapCreated(index: number): Promise<boolean> {
    return (await this.widget(index).locator(EMBED_SELECTORS.canvas).count()) > 0;
  }

  /** The canvas's computed display and CSS size. */
  async canvasBox(index: number): Promise<{ display: string; width: number; height: number }> {
    return this.widget(index)
      .locator(EMBED_SELECTORS.canvas)
      .evaluate((canvas) => {
        const box = canvas.getBoundingClientRect();
        return { display: getComputedStyle(canvas).display, width: box.width, height: box.height };
      });
  }

  async text(index: number): Promise<string> {
    return this.widget(index).locator(EMBED_SELECTORS.root).innerText();
  }

  /** axe-core's WCAG 2.0/2.1 A and AA rules on the widgets only (their shadow roots included). */
  async axeInWidgets(): Promise<AxeInWidgets> {
    if (!(await this.page.evaluate(() => "axe" in window)))
      await this.page.addScriptTag({ content: axeSource });
    return this.page.evaluate(async (selector) => {
      interface AxeNode {
        target: (string | string[])[];
      }
      interface AxeRun {
        violations: { id: string; impact: string | null; help: string; nodes: AxeNode[] }[];
        passes: { nodes: AxeNode[] }[];
      }
      const axe = (
        window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeRun> } }
      ).axe;
      const result = await axe.run(
        { include: [...document.querySelectorAll(selector)].map((element) => element) },
        { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } },
      );
      return {
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.flat().join(" ")),
        })),
        // No named helper functions in here: the test's transpiler would wrap them in __name().
        shadowNodesChecked: result.passes
          .flatMap((pass) => pass.nodes)
          .filter((node) => node.target.some((part) => Array.isArray(part))).length,
      };
    }, EMBED_SELECTORS.widget);
  }
}
