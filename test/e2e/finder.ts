// Browser cases for the jobseeker finder (issue 4), run by smoke.ts on the same production build and
// browser. One behaviour per case; selectors live in driver.ts only.
import type { BrowserContext, Page } from "playwright-core";
import { NarvarokartanPage, type AxeViolation } from "./driver.ts";
import { assert, type TestCase } from "./harness.ts";

export interface FinderCaseContext {
  app: NarvarokartanPage;
  context: BrowserContext;
  origin: string;
  mapReadyTimeoutMs: number;
  assertNoViolations: (violations: AxeViolation[]) => void;
}

/** Road-engine answers can take a while on a cold worker; the UI must show minutes within this. */
const TRAVEL_TIMEOUT_MS = 45_000;

/** Orsa's kommun seat per GeoNames, [lat, lon] as Playwright takes it. */
const ORSA = { latitude: 61.1206, longitude: 14.6152 };

const searchOf = (page: Page) => new URL(page.url()).searchParams;

/** Makes WebGL unavailable in `page` before any script runs, as in a browser without it. */
async function disableWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type === "webgl" || type === "webgl2" || type === "experimental-webgl") return null;
      return (original as (this: HTMLCanvasElement, ...args: unknown[]) => RenderingContext | null).call(
        this,
        type,
        ...rest,
      );
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
}

export function finderCases({
  app,
  context,
  origin,
  mapReadyTimeoutMs,
  assertNoViolations,
}: FinderCaseContext): TestCase[] {
  const page = app.page;
  return [
    {
      name: "finder: the search field is a combobox named with “Sök”, and axe passes on the start page",
      run: async () => {
        await app.open();
        await app.searchBox.waitFor({ state: "visible", timeout: 15_000 });
        assert((await app.searchBox.getAttribute("aria-expanded")) === "false", "combobox starts expanded");
        assertNoViolations(await app.axeViolations());
      },
    },
    {
      name: "finder: search by kommun – “Orsa” suggested, chosen by keyboard, results and ?q=Orsa",
      run: async () => {
        await app.open();
        const suggestions = await app.typeSearch("Orsa");
        assert(
          suggestions.some((s) => s.startsWith("Orsa")),
          `suggestions: ${JSON.stringify(suggestions)}`,
        );
        assert((await app.searchBox.getAttribute("aria-expanded")) === "true", "combobox not expanded");
        await app.chooseSuggestionByKeyboard("Orsa");
        await app.waitForResultsFor("Orsa");
        assert(searchOf(page).get("q") === "Orsa", `URL is ${page.url()}`);
      },
    },
    {
      name: "finder: search by locality – “Sysslebäck” (Enter without choosing)",
      run: async () => {
        await app.open();
        await app.submitSearch("Sysslebäck");
        await app.waitForResultsFor("Sysslebäck");
      },
    },
    {
      name: "finder: search by postnummer – “794 90” and “79490” both suggest 794 90",
      run: async () => {
        await app.open();
        for (const query of ["794 90", "79490"]) {
          const suggestions = await app.typeSearch(query);
          assert(
            suggestions[0]?.startsWith("794 90") === true,
            `"${query}": first suggestion is ${JSON.stringify(suggestions[0])}`,
          );
        }
        await app.searchBox.press("Enter");
        await app.waitForResultsFor("794 90");
      },
    },
    {
      name: "finder: diacritics left out – “Ostersund” finds Östersund, “Harjedalen” finds Härjedalen",
      run: async () => {
        await app.open();
        for (const [query, expected] of [
          ["Ostersund", "Östersund"],
          ["Harjedalen", "Härjedalen"],
          ["orebro", "Örebro"],
        ] as const) {
          const suggestions = await app.typeSearch(query);
          assert(
            suggestions.some((s) => s.startsWith(expected)),
            `"${query}": no "${expected}" in ${JSON.stringify(suggestions)}`,
          );
        }
      },
    },
    {
      name: "finder: a query that matches nothing says so and suggests what to type",
      run: async () => {
        await app.open();
        await app.submitSearch("Qxzqxz");
        await page.locator('[data-testid="finder-status"] strong').first().waitFor({ timeout: 15_000 });
        const text = await app.finderStatusText();
        assert(/Qxzqxz/.test(text) && /postnummer/.test(text), `no-match text: ${text}`);
      },
    },
    {
      name: "finder: deep link ?q=Orsa shows results, the phone line and the provider counts",
      run: async () => {
        await app.open("?q=Orsa");
        await app.waitForResultsFor("Orsa");
        const results = await page.locator('[data-testid="finder-results"]').innerText();
        assert(results.includes("0771-416 416"), "the jobseekers' phone line is not in the results");
        const provider = await app.kindText("provider");
        assert(/inga adresser/.test(provider), `provider section: ${provider.slice(0, 200)}`);
        assertNoViolations(await app.axeViolations());
      },
    },
    {
      name: "finder [waits on the road engine]: ?q=Orsa shows the nearest booked place with kommun and minutes",
      run: async () => {
        await app.open("?q=Orsa");
        await app.waitForResultsFor("Orsa");
        const booked = await app.waitForTravelTimes("booked", TRAVEL_TIMEOUT_MS);
        const first = booked[0];
        assert(first !== undefined, "no booked place listed");
        assert(/\d+ min/.test(first.travel ?? ""), `first booked place has no minutes: ${first.text}`);
        // Orsa has no booked place of its own (report 004, 4.6); Mora is next door.
        assert(/Mora/.test(first.text), `nearest booked place for Orsa is not in Mora: ${first.text}`);
        const minutes = booked.map((place) => Number(/(\d+) min/.exec(place.travel ?? "")?.[1] ?? NaN));
        assert(
          minutes.every((value, i) => i === 0 || value >= (minutes[i - 1] ?? 0)),
          `booked places not sorted by minutes: ${minutes.join(", ")}`,
        );
        assertNoViolations(await app.axeViolations());
      },
    },
    {
      name: "finder: at 320 px wide the results fit without sideways scrolling",
      run: async () => {
        const viewport = page.viewportSize();
        await page.setViewportSize({ width: 320, height: 640 });
        try {
          await app.open("?q=Sysslebäck");
          await app.waitForResultsFor("Sysslebäck");
          const overflow = await app.horizontalOverflow();
          assert(overflow <= 0, `the page is ${overflow} px wider than the 320 px viewport`);
        } finally {
          if (viewport !== null) await page.setViewportSize(viewport);
        }
      },
    },
    {
      name: "finder: on a phone, “Visa på kartan” brings the map on screen, loads it and opens the place",
      run: async () => {
        const viewport = page.viewportSize();
        await page.setViewportSize({ width: 375, height: 700 });
        try {
          await app.open("?q=Orsa");
          await app.waitForTravelTimes("booked", TRAVEL_TIMEOUT_MS);
          assert(!(await app.mapInViewport()), "the map is already on screen: the case proves nothing");
          await app.showResultOnMap("Arbetsförmedlingen Mora");
          await app.waitForMapReady(mapReadyTimeoutMs);
          await page.waitForTimeout(800); // the smooth scroll
          assert(await app.mapInViewport(), "the map panel did not come on screen");
          const popup = await app.mapPopupText();
          assert(/Mora/.test(popup), `popup: "${popup}"`);
        } finally {
          if (viewport !== null) await page.setViewportSize(viewport);
        }
      },
    },
    {
      name: "finder: deep link ?place=af-2361-sveg opens the place on the map",
      run: async () => {
        await app.open("?place=af-2361-sveg");
        await app.waitForMapReady(mapReadyTimeoutMs);
        const popup = await app.mapPopupText();
        assert(popup.includes("Sveg"), `popup text: ${popup.slice(0, 200)}`);
      },
    },
    {
      name: "finder: deep link ?lang=en gives the English finder, ?lang=en&q=Orsa English results",
      run: async () => {
        await app.open("?lang=en&q=Orsa");
        await app.waitForResultsFor("Nearest to Orsa");
        const lang = await page.evaluate(() => document.documentElement.lang);
        assert(lang === "en", `<html lang> is ${lang}`);
        assert(await app.locateButton.isVisible(), "no “Use my position” button");
      },
    },
    {
      name: "finder: Back and Forward move between two searches and a selected place",
      run: async () => {
        await app.open();
        await app.typeSearch("Orsa");
        await app.chooseSuggestionByKeyboard("Orsa");
        await app.waitForResultsFor("Orsa");
        await app.typeSearch("Pajala");
        await app.chooseSuggestionByKeyboard("Pajala");
        await app.waitForResultsFor("Pajala");
        await page
          .locator('[data-testid="finder-results"] li[data-place-id="af-2521"] button')
          .first()
          .click();
        await app.selectedResult.waitFor({ state: "visible", timeout: 10_000 });
        assert(searchOf(page).get("place") === "af-2521", `after selecting: ${page.url()}`);
        await page.goBack();
        await app.selectedResult.waitFor({ state: "detached", timeout: 10_000 });
        assert(
          !searchOf(page).has("place") && searchOf(page).get("q") === "Pajala",
          `after Back: ${page.url()}`,
        );
        await page.goBack();
        await app.waitForResultsFor("Orsa");
        assert(searchOf(page).get("q") === "Orsa", `after two Backs: ${page.url()}`);
        await page.goForward();
        await app.waitForResultsFor("Pajala");
        assert(searchOf(page).get("q") === "Pajala", `after Forward: ${page.url()}`);
        await page.goBack();
        await page.goBack();
        await page.locator('[data-testid="finder-results"]').waitFor({ state: "detached", timeout: 10_000 });
        assert(!searchOf(page).has("q"), `back at the start: ${page.url()}`);
      },
    },
    {
      name: "finder: the language switch keeps the search and translates the results",
      run: async () => {
        await app.open("?q=Orsa");
        await app.waitForResultsFor("Närmast Orsa");
        await app.switchLanguage();
        await app.waitForResultsFor("Nearest to Orsa");
        const params = searchOf(page);
        assert(params.get("lang") === "en" && params.get("q") === "Orsa", `URL after switch: ${page.url()}`);
        await app.switchLanguage();
        await app.waitForResultsFor("Närmast Orsa");
        assert(!searchOf(page).has("lang"), `URL after switching back: ${page.url()}`);
      },
    },
    {
      name: "finder: keyboard only – Tab to the search, type, choose, Tab to a result and select it",
      run: async () => {
        await app.open();
        await app.searchBox.waitFor({ state: "visible", timeout: 15_000 });
        await page.locator("body").focus();
        await app.tabTo(app.searchBox);
        const outline = await app.focusOutline();
        assert(!outline.outline.startsWith("none"), `focused ${outline.tag} has no visible outline`);
        await page.keyboard.type("Pajala");
        await page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("Enter");
        await app.waitForResultsFor("Pajala");
        // The first result's name is a button: reach it by Tab and select it with Enter.
        const firstPlaceButton = page
          .locator('[data-testid="finder-results"] [data-kind="booked"] li[data-place-id] button')
          .first();
        await app.tabTo(firstPlaceButton, 60);
        const placeOutline = await app.focusOutline();
        assert(!placeOutline.outline.startsWith("none"), "the result button has no visible focus outline");
        await page.keyboard.press("Enter");
        await app.selectedResult.waitFor({ state: "visible", timeout: 10_000 });
        assert(searchOf(page).has("place"), `selection not in URL: ${page.url()}`);
      },
    },
    {
      name: "finder: “Använd min position” with the position allowed (mocked at Orsa)",
      run: async () => {
        await context.grantPermissions(["geolocation"], { origin });
        await context.setGeolocation(ORSA);
        try {
          await app.open();
          await app.useMyPosition();
          await app.waitForResultsFor("din position");
          assert(!searchOf(page).has("q"), `a position must not go into the URL: ${page.url()}`);
        } finally {
          await context.clearPermissions();
        }
      },
    },
    {
      name: "finder: a position far from any Swedish road (Oslo) gets results with a clear uncertainty warning",
      run: async () => {
        await context.grantPermissions(["geolocation"], { origin });
        await context.setGeolocation({ latitude: 59.91, longitude: 10.75 });
        try {
          await app.open();
          await app.useMyPosition();
          await app.waitForResultsFor("din position");
          const warning = page.locator('[data-testid="far-from-roads"]');
          await warning.waitFor({ state: "visible", timeout: TRAVEL_TIMEOUT_MS });
          const text = (await warning.textContent()) ?? "";
          assert(/osäkra/.test(text) && /\d+ km/.test(text), `warning: "${text}"`);
        } finally {
          await context.clearPermissions();
          await context.setGeolocation(ORSA);
        }
      },
    },
    {
      name: "finder: “Använd min position” refused – a clear message that suggests typing a place",
      run: async () => {
        await context.clearPermissions();
        await app.open();
        const status = await app.useMyPosition();
        assert(/tillåtelse/.test(status) && /sökfältet/.test(status), `status after refusal: ${status}`);
        assert(
          (await page.locator('[data-testid="finder-results"]').count()) === 0,
          "results without a place",
        );
      },
    },
    {
      name: "finder: list view with WebGL unavailable – results, list, ?place= highlighted, axe passes",
      run: async () => {
        const noGl = await context.newPage();
        try {
          await disableWebGL(noGl);
          const listApp = new NarvarokartanPage(noGl, app.baseUrl);
          await listApp.open("?q=Orsa&place=af-2062");
          await noGl.waitForFunction(() => document.body.dataset.mapReady === "error", undefined, {
            timeout: 15_000,
          });
          await listApp.waitForResultsFor("Orsa");
          assert(await listApp.listVisible(), "the list is not shown without WebGL");
          const row = await listApp.selectedListRowText();
          assert(row.includes("Mora"), `selected row: ${row}`);
          assertNoViolations(await listApp.axeViolations());
        } finally {
          await noGl.close();
        }
      },
    },
  ];
}
