// The kommun widget's browser cases (issue 9), run by smoke.ts. dist/ is served as if a kommun had copied
// it to /kommun/arbete/ on its own server (test/e2e/staticServer.ts), next to host pages at /kommun/:
// two widgets under hostile CSS (one by code, one by name inside a closed <details>), and a page with
// the iframe fallback. A browser of its own, so the origin check covers this server's origin only.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import type { AxeViolation, NarvarokartanPage } from "./driver.ts";
import { launchBrowser, type LaunchedBrowser } from "./browser.ts";
import { EMBED_SELECTORS as S, EmbedHostPage } from "./embedDriver.ts";
import { CSP_PAGE_CSS, cspPage, framePage, hostilePage, singlePage } from "./embedHost.ts";
import { assert, type TestCase } from "./harness.ts";
import { watchNetwork, type NetworkLog } from "./network.ts";
import { startStaticServer, type StaticServer } from "./staticServer.ts";

/** Where dist/ appears: not the root, so every URL must resolve from embed.js's own address. */
export const EMBED_BASE = "/kommun/arbete/";

interface EmbedCaseOptions {
  distDir: string;
  resultsDir: string;
  assertNoViolations: (violations: AxeViolation[]) => void;
}

interface Session {
  server: StaticServer;
  browser: LaunchedBrowser;
  context: BrowserContext;
  page: Page;
  host: EmbedHostPage;
  network: NetworkLog;
  statuses: { url: string; status: number }[];
  errors: string[];
}

export function embedCases({ distDir, resultsDir, assertNoViolations }: EmbedCaseOptions): TestCase[] {
  let session: Session | undefined;
  const get = (): Session => {
    assert(session, "the widget session did not start");
    return session;
  };
  const url = (page: string) => `${get().server.origin}/kommun/${page}`;

  return [
    {
      name: `widget: dist/ served under ${EMBED_BASE} and the hostile host page open in a fresh browser`,
      run: async () => {
        const server = await startStaticServer({
          dir: distDir,
          prefix: EMBED_BASE,
          pages: {
            "/kommun/hostile.html": hostilePage(EMBED_BASE),
            "/kommun/single.html": singlePage(EMBED_BASE, "Pajala"),
            "/kommun/iframe.html": framePage(EMBED_BASE),
            "/kommun/csp.html": cspPage(EMBED_BASE, "/kommun/csp.css"),
            "/kommun/csp.css": CSP_PAGE_CSS,
          },
        });
        const browser = await launchBrowser();
        const context = browser.context;
        const network = await watchNetwork(context, server.origin);
        const page = context.pages()[0] ?? (await context.newPage());
        session = {
          server,
          browser,
          context,
          page,
          host: new EmbedHostPage(page),
          network,
          statuses: [],
          errors: [],
        };
        const s = session;
        context.on("response", (response) =>
          s.statuses.push({ url: response.url(), status: response.status() }),
        );
        page.on("pageerror", (error) => s.errors.push(`pageerror: ${error.message}`));
        page.on("console", (message) => {
          if (message.type() === "error") s.errors.push(`console: ${message.text()}`);
        });
        const response = await page.goto(url("hostile.html"), { waitUntil: "load" });
        assert(response?.ok(), `GET hostile.html answered ${response?.status()}`);
      },
    },
    {
      name: "widget: both widgets render their own kommun's text (by code 2034 → Orsa, by name “mora” → Mora, English)",
      run: async () => {
        const { host } = get();
        const first = await host.waitForWidget(0);
        const second = await host.waitForWidget(1);
        assert(first.state === "ready" && first.kommun === "2034", `first widget: ${JSON.stringify(first)}`);
        assert(
          second.state === "ready" && second.kommun === "2062",
          `second widget: ${JSON.stringify(second)}`,
        );
        const orsa = await host.text(0);
        assert(orsa.includes("Möt Arbetsförmedlingen – Orsa"), `first widget text:\n${orsa.slice(0, 300)}`);
        assert(
          /Närmast från Orsa/.test(orsa) && /minuter med bil/.test(orsa),
          "Orsa: no nearest place with time",
        );
        assert(/av invånarna har högst 20 minuter/.test(orsa), "Orsa: no 20/60-minute share");
        assert(orsa.includes("0771-416 416"), "Orsa: no phone alternative");
        assert(orsa.includes("2021-10-01"), "Orsa: no data date");
        const lang = await host.widget(1).locator(S.root).getAttribute("lang");
        assert(lang === "en", `second widget's lang is ${lang}`);
        const mora = await host.widget(1).locator(S.root).textContent();
        assert(
          mora?.includes("Meet Arbetsförmedlingen – Mora"),
          `second widget text: ${mora?.slice(0, 200)}`,
        );
        assert(mora !== null, "second widget has no text");
        assert(!mora.includes("Providers"), "kinds=booked,spontaneous still shows the provider section");
      },
    },
    {
      name: "widget: host CSS does not reach in (letter-spacing normal, canvas shown) but the font size follows",
      run: async () => {
        const { host } = get();
        const style = await host
          .widget(0)
          .locator("h2")
          .evaluate((h2) => {
            const s = getComputedStyle(h2);
            return { letterSpacing: s.letterSpacing, fontSize: s.fontSize };
          });
        assert(style.letterSpacing === "normal", `letter-spacing inside is ${style.letterSpacing}`);
        // The host forces 31 px; the heading is 1.3 em of what it inherits.
        assert(
          Math.abs(Number.parseFloat(style.fontSize) - 31 * 1.3) < 0.5,
          `heading font-size is ${style.fontSize}`,
        );
      },
    },
    {
      name: "widget: the first map draws inside its shadow root; the one in the closed <details> waits",
      run: async () => {
        const { host } = get();
        await host.waitForMap(0);
        const box = await host.canvasBox(0);
        assert(
          box.display !== "none" && box.width > 200 && box.height > 100,
          `canvas ${JSON.stringify(box)}`,
        );
        const open = await get().page.evaluate(
          () => (document.getElementById("more") as HTMLDetailsElement).open,
        );
        assert(!open, "the <details> is open already");
        assert(!(await host.mapCreated(1)), "the hidden widget created its map before it was shown");
      },
    },
    {
      name: "widget: after the <details> opens and scrolls into view, its map draws at full size",
      run: async () => {
        const { host, page } = get();
        await page.locator("#more > summary").click();
        await host.widget(1).scrollIntoViewIfNeeded();
        await host.waitForMap(1);
        const box = await host.canvasBox(1);
        const mapBox = await host.widget(1).locator(S.map).boundingBox();
        assert(
          mapBox !== null && Math.abs(box.width - mapBox.width) <= 2 && box.height > 100,
          `canvas ${JSON.stringify(box)} in a map area of ${JSON.stringify(mapBox)}`,
        );
      },
    },
    {
      name: "widget: MapLibre's controls, attribution, markers and popups work in the shadow root",
      run: async () => {
        const { host } = get();
        const widget = host.widget(0);
        const zoom = await widget.locator(S.zoomIn).boundingBox();
        assert(
          zoom !== null && zoom.width >= 24 && zoom.width <= 40,
          `zoom button box ${JSON.stringify(zoom)}`,
        );
        // On a map narrower than 640 px the attribution starts folded; its (i) button opens it.
        const attribution = widget.locator(S.attribution);
        if (!(await attribution.innerText()).includes("OpenStreetMap"))
          await widget.locator(S.attributionButton).click();
        const credit = await attribution.innerText();
        assert(credit.includes("OpenStreetMap"), `attribution: "${credit}"`);
        const markers = widget.locator(S.marker);
        assert((await markers.count()) >= 2, `${await markers.count()} markers on Orsa's map`);
        const label = await markers.first().getAttribute("aria-label");
        await markers.first().focus();
        await get().page.keyboard.press("Enter");
        const popup = widget.locator(S.popup);
        await popup.waitFor({ state: "visible", timeout: 5_000 });
        const popupText = await popup.innerText();
        assert(label !== null && popupText.includes(label), `popup "${popupText}" does not name "${label}"`);
        await get().page.keyboard.press("Escape");
      },
    },
    {
      name: "widget: a plain wheel over the map scrolls the page and shows the Ctrl hint (cooperative gestures)",
      run: async () => {
        const { host, page } = get();
        await host.widget(0).scrollIntoViewIfNeeded();
        const map = await host.widget(0).locator(S.map).boundingBox();
        assert(map !== null, "no map box");
        const before = await page.evaluate(() => window.scrollY);
        await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(400);
        const after = await page.evaluate(() => window.scrollY);
        const help = await host.widget(0).locator(S.gestureHelp).innerText();
        assert(after > before, `the page did not scroll (scrollY ${before} → ${after})`);
        assert(/Ctrl|⌘/.test(help) && /zooma/.test(help), `cooperative-gesture text: "${help}"`);
      },
    },
    {
      name: "widget: axe-core finds no WCAG 2.1 A/AA violation inside the widgets",
      run: async () => {
        const result = await get().host.axeInWidgets();
        assert(
          result.shadowNodesChecked > 20,
          `axe checked only ${result.shadowNodesChecked} nodes in shadow roots`,
        );
        assertNoViolations(result.violations);
      },
    },
    {
      name: "widget: changing attributes re-renders; an unknown kommun shows a message and the page carries on",
      run: async () => {
        const { host } = get();
        const widget = host.widget(0);
        await widget.evaluate((element) => element.setAttribute("kommun", "Pajala"));
        await widget.locator(`${S.root}[data-kommun="2521"]`).waitFor({ state: "attached", timeout: 10_000 });
        assert((await host.text(0)).includes("Pajala"), "the widget did not switch to Pajala");
        await widget.evaluate((element) => element.setAttribute("kommun", "Atlantis"));
        await widget.locator(`${S.root}[data-state="error"]`).waitFor({ state: "attached", timeout: 10_000 });
        const text = await host.text(0);
        assert(text.includes("Atlantis") && text.includes("kommun"), `message: ${text}`);
        const other = await host.waitForWidget(1);
        assert(other.state === "ready" && other.kommun === "2062", "the other widget changed too");
        await widget.evaluate((element) => element.setAttribute("kommun", "2034"));
        await widget.locator(`${S.root}[data-kommun="2034"]`).waitFor({ state: "attached", timeout: 10_000 });
      },
    },
    {
      name: "widget: screenshots of the host page at 375 and 1280 px (test-results/embed-*.png)",
      run: async () => {
        const { page, host } = get();
        await mkdir(resultsDir, { recursive: true });
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(url("single.html"), { waitUntil: "load" });
          await host.waitForWidget(0);
          await host.widget(0).scrollIntoViewIfNeeded();
          await host.waitForMap(0);
          await page.waitForTimeout(500);
          await page.screenshot({ path: path.join(resultsDir, `embed-single-${width}.png`), fullPage: true });
          await page.goto(url("hostile.html"), { waitUntil: "load" });
          await page.locator("#more > summary").click();
          await host.waitForWidget(1);
          await host.widget(1).scrollIntoViewIfNeeded();
          await host.waitForMap(1);
          await page.waitForTimeout(500);
          await page.screenshot({
            path: path.join(resultsDir, `embed-hostile-${width}.png`),
            fullPage: true,
          });
        }
        await page.setViewportSize({ width: 1280, height: 800 });
      },
    },
    {
      name: "widget: the iframe page posts its height and the host page's README lines size the iframe",
      run: async () => {
        const { page } = get();
        await page.goto(url("iframe.html"), { waitUntil: "load" });
        await page.waitForFunction(
          () => {
            const received = (window as unknown as { receivedHeights?: Record<string, number>[] })
              .receivedHeights;
            return received?.some((heights) => (heights["narvaro-orsa"] ?? 0) > 400) ?? false;
          },
          undefined,
          { timeout: 20_000 },
        );
        // The snippet sets 300 px; the listener from the snippet applies the announced height.
        const iframeHeight = await page
          .locator("iframe")
          .evaluate((frame) => frame.getBoundingClientRect().height);
        assert(iframeHeight > 400, `the iframe is ${iframeHeight} px high after the message`);
        const frame = page.frameLocator("iframe");
        await frame.locator(`narvaro-karta ${S.root}[data-kommun="2034"]`).waitFor({ state: "attached" });
        const title = await page.frames()[1]?.title();
        assert(title?.includes("Orsa"), `embed.html's title is "${title}"`);
      },
    },
    {
      name: "widget: under README's strict CSP (no unsafe-inline, no unsafe-eval) the text and the map work",
      run: async () => {
        const { page, host, errors } = get();
        const before = errors.length;
        const response = await page.goto(url("csp.html"), { waitUntil: "load" });
        assert(
          response?.headers()["content-security-policy"]?.includes("worker-src 'self'"),
          "no CSP header",
        );
        const widget = await host.waitForWidget(0);
        assert(
          widget.state === "ready" && widget.kommun === "2326",
          `Berg widget: ${JSON.stringify(widget)}`,
        );
        await host.waitForMap(0);
        const box = await host.canvasBox(0);
        assert(box.width > 200, `canvas ${JSON.stringify(box)}`);
        // A refused script, style, worker or image is logged as a console error.
        assert(errors.length === before, `errors under CSP:\n${errors.slice(before).join("\n")}`);
      },
    },
    {
      name: "widget: no cookie, no localStorage, sessionStorage, IndexedDB or Cache Storage written",
      run: async () => {
        const { context, page } = get();
        const cookies = await context.cookies();
        const storage = await page.evaluate(async () => ({
          local: localStorage.length,
          session: sessionStorage.length,
          indexedDb: (await indexedDB.databases()).length,
          caches: (await caches.keys()).length,
        }));
        assert(cookies.length === 0, `cookies: ${JSON.stringify(cookies)}`);
        assert(
          Object.values(storage).every((n) => n === 0),
          `storage: ${JSON.stringify(storage)}`,
        );
      },
    },
    {
      name: `widget: every request stays on the origin, under ${EMBED_BASE} or the host pages, with no error status`,
      run: async () => {
        const { network, statuses, server } = get();
        const foreign = network.foreign();
        assert(foreign.length === 0, `requests to other origins:\n${[...new Set(foreign)].join("\n")}`);
        const paths = network.requests
          .filter((u) => u.startsWith(server.origin))
          .map((u) => new URL(u).pathname);
        const isHostPage = (p: string) => /^\/kommun\/[a-z]+\.(html|css)$/.test(p);
        const outside = paths.filter((p) => !p.startsWith(EMBED_BASE) && !isHostPage(p));
        assert(outside.length === 0, `requests outside ${EMBED_BASE}:\n${outside.join("\n")}`);
        for (const expected of [
          /embed\.js$/,
          /data\/embed\/2034\.json$/,
          /data\/embed\/index\.json$/,
          /embed\/map-[\w-]+\.js$/,
          /maplibre-gl-worker-[\w-]+\.mjs/,
        ])
          assert(
            paths.some((p) => p.startsWith(EMBED_BASE) && expected.test(p)),
            `no request matching ${expected}`,
          );
        for (const big of ["summary.json", "kommuner.geojson", "search-entries.json", ".bin"])
          assert(!paths.some((p) => p.endsWith(big)), `the widget fetched ${big}`);
        const failed = statuses.filter((s) => s.status >= 400);
        assert(
          failed.length === 0,
          `error answers:\n${failed.map((s) => `${s.status} ${s.url}`).join("\n")}`,
        );
      },
    },
    {
      name: "widget: no page error and no console error",
      run: async () => {
        const { errors } = get();
        assert(errors.length === 0, errors.join("\n"));
      },
    },
    {
      name: "widget: browser and server stopped",
      run: async () => {
        const s = session;
        session = undefined;
        await s?.browser.close();
        await s?.server.stop();
      },
    },
  ];
}

/** The app's "Bädda in" view (?view=embed) on the smoke run's own preview server. */
export function embedPageCases({
  app,
  resultsDir,
  assertNoViolations,
}: {
  app: NarvarokartanPage;
  resultsDir: string;
  assertNoViolations: (violations: AxeViolation[]) => void;
}): TestCase[] {
  const host = new EmbedHostPage(app.page);
  return [
    {
      name: "Bädda in: ?view=embed shows the live widget and both snippets; changing the kommun updates them",
      run: async () => {
        await app.open("?view=embed");
        const panel = app.page.locator('[data-testid="embed-panel"]');
        await panel.waitFor({ state: "visible", timeout: 30_000 });
        await app.page.locator('[data-testid="embed-kommun"]').selectOption("2521");
        await app.page
          .locator(`[data-testid="embed-preview"] narvaro-karta ${S.root}[data-kommun="2521"]`)
          .waitFor({ state: "attached", timeout: 20_000 });
        const snippets = await panel
          .locator("textarea")
          .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
        assert(snippets.length === 2, `${snippets.length} snippets`);
        assert(
          snippets[0]?.includes('embed.js" defer></script>') && snippets[0].includes('kommun="Pajala"'),
          snippets[0] ?? "",
        );
        assert(
          snippets[1]?.includes("embed.html?kommun=Pajala") && snippets[1].includes("datawrapper-height"),
          snippets[1] ?? "",
        );
        await host.widget(0).scrollIntoViewIfNeeded();
        await host.waitForMap(0);
      },
    },
    {
      name: "Bädda in: axe-core finds no WCAG 2.1 A/AA violation on the page or in the preview widget",
      run: async () => {
        assertNoViolations(await app.axeViolations());
        assertNoViolations((await host.axeInWidgets()).violations);
      },
    },
    {
      name: "Bädda in: screenshots at 375 and 1280 px (test-results/embed-page-*.png)",
      run: async () => {
        await mkdir(resultsDir, { recursive: true });
        for (const width of [375, 1280]) {
          await app.page.setViewportSize({ width, height: 900 });
          await app.page.waitForTimeout(600);
          await app.page.screenshot({
            path: path.join(resultsDir, `embed-page-${width}.png`),
            fullPage: true,
          });
        }
        await app.page.setViewportSize({ width: 1280, height: 800 });
      },
    },
  ];
}
