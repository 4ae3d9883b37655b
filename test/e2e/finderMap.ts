// Browser cases for issue 8: the map follows the finder (origin marker, fit, numbered pins, list ↔ map
// highlight), the phone map placeholder, and an English page with no Swedish UI text. Run by smoke.ts on
// the same build and browser; selectors live in driver.ts only.
import type { BrowserContext } from "playwright-core";
import { en } from "../../src/i18n/en.ts";
import { FINDER_MAP_MESSAGES } from "../../src/i18n/finderMapMessages.ts";
import { REACH_MESSAGES } from "../../src/i18n/reachMessages.ts";
import { sv } from "../../src/i18n/sv.ts";
import { NarvarokartanPage, type AxeViolation } from "./driver.ts";
import { assert, type TestCase } from "./harness.ts";

export interface FinderMapCaseContext {
  app: NarvarokartanPage;
  context: BrowserContext;
  origin: string;
  mapReadyTimeoutMs: number;
  assertNoViolations: (violations: AxeViolation[]) => void;
}

const TRAVEL_TIMEOUT_MS = 45_000;

/** Orsa's kommun seat per GeoNames, [lon, lat]. */
const ORSA: [number, number] = [14.6152, 61.1206];

interface PlaceRow {
  properties: { id: string; kommunNamn: string; displayLon: number; displayLat: number };
}

/**
 * Swedish strings of the i18n tables whose English counterpart differs, and that no English string
 * contains (so finding one on the English page means a label was left untranslated).
 */
export function swedishOnlyStrings(): string[] {
  const pairs: [unknown, unknown][] = [
    [sv, en],
    [REACH_MESSAGES.sv, REACH_MESSAGES.en],
    [FINDER_MAP_MESSAGES.sv, FINDER_MAP_MESSAGES.en],
  ];
  const svStrings: string[] = [];
  const enStrings: string[] = [];
  const walk = (a: unknown, b: unknown): void => {
    if (typeof a === "string" && typeof b === "string") {
      svStrings.push(a);
      enStrings.push(b);
    } else if (Array.isArray(a) && Array.isArray(b)) a.forEach((item, i) => walk(item, b[i]));
    else if (typeof a === "object" && a !== null && typeof b === "object" && b !== null)
      for (const key of Object.keys(a))
        walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
  };
  for (const [a, b] of pairs) walk(a, b);
  const english = enStrings.join("\n");
  return [...new Set(svStrings)].filter(
    (text) => text.trim().length >= 4 && !enStrings.includes(text) && !english.includes(text),
  );
}

export function finderMapCases({
  app,
  context,
  origin,
  mapReadyTimeoutMs,
  assertNoViolations,
}: FinderMapCaseContext): TestCase[] {
  let moraIds: { spontaneous: string; booked: string } | null = null;
  return [
    {
      name: "finder map: /?q=Orsa shows the origin marker and fits the map to Orsa and Mora's places",
      run: async () => {
        const placeFetches: string[] = [];
        const onRequest = (request: { url: () => string }) => {
          if (request.url().includes("meeting-places.geojson")) placeFetches.push(request.url());
        };
        app.page.on("request", onRequest);
        await app.open("?q=Orsa");
        await app.waitForMapReady(mapReadyTimeoutMs);
        const spontaneous = await app.waitForTravelTimes("spontaneous", TRAVEL_TIMEOUT_MS);
        const booked = await app.waitForTravelTimes("booked", TRAVEL_TIMEOUT_MS);
        app.page.off("request", onRequest);
        // The page hands the worker the places it loaded: one fetch (page and worker), not two.
        assert(placeFetches.length === 1, `meeting-places.geojson fetched ${placeFetches.length} times`);
        await app.waitForOriginMarker();
        const places = (await (await fetch(`${origin}/data/meeting-places.geojson`)).json()) as {
          features: PlaceRow[];
        };
        const byId = new Map(places.features.map((f) => [f.properties.id, f.properties]));
        const first = [spontaneous[0], booked[0]].map((r) => byId.get(r?.id ?? ""));
        assert(
          first.every((p) => p?.kommunNamn === "Mora"),
          `nearest places: ${JSON.stringify(first.map((p) => p?.id))}`,
        );
        moraIds = { spontaneous: first[0]!.id, booked: first[1]!.id };
        // The fit runs once the answer is there; give the map a frame to record its bounds.
        await app.page.waitForTimeout(300);
        const [[west, south], [east, north]] = await app.mapBounds();
        const inside = ([lon, lat]: [number, number]) =>
          lon >= west && lon <= east && lat >= south && lat <= north;
        assert(
          inside(ORSA),
          `Orsa ${ORSA} outside the map's bounds ${JSON.stringify([west, south, east, north])}`,
        );
        for (const p of first)
          assert(
            inside([p!.displayLon, p!.displayLat]),
            `${p!.id} outside ${JSON.stringify([west, south, east, north])}`,
          );
        // Fitted, not Sweden: a few degrees across at most (Sweden is 13° wide).
        assert(
          east - west < 4 && north - south < 3,
          `bounds not fitted: ${JSON.stringify([west, south, east, north])}`,
        );
        const pin = await app.pinState(moraIds.spontaneous);
        assert(pin.shown && pin.number === "1", `Mora's pin: ${JSON.stringify(pin)}`);
      },
    },
    {
      name: "finder map: selecting a result highlights its pin, clicking a pin selects its result",
      run: async () => {
        assert(moraIds !== null, "the Orsa case did not find Mora's places");
        const ids = moraIds!;
        await app.selectResult(ids.booked);
        await app.page.waitForTimeout(200);
        const pinAfterList = await app.pinState(ids.booked);
        assert(pinAfterList.selected, `pin after selecting in the list: ${JSON.stringify(pinAfterList)}`);
        // Close the popup the selection opened, then pick the other Mora place on the map.
        await app.page.keyboard.press("Escape");
        const secondPin = (await app.resultPlaces("booked"))[1]?.id;
        assert(secondPin !== undefined, "no second booked result");
        await app.clickPin(secondPin!);
        await app.page.waitForTimeout(200);
        const selected = await app.selectedResultId();
        assert(
          selected === secondPin,
          `selected result after clicking the pin: ${selected}, expected ${secondPin}`,
        );
        assert((await app.pinState(secondPin!)).selected, "clicked pin is not marked selected");
      },
    },
    {
      name: "finder map: Escape closes a popup and focus returns to the result that opened it",
      run: async () => {
        const first = (await app.resultPlaces("spontaneous"))[0]?.id;
        assert(first !== undefined, "no spontaneous result");
        await app.selectResult(first!);
        await app.mapPopupText();
        await app.page.keyboard.press("Escape");
        await app.page.waitForTimeout(200);
        const popups = await app.page.locator(".maplibregl-popup").count();
        assert(popups === 0, `${popups} popup(s) still open after Escape`);
        const focused = await app.page.evaluate(
          () => document.activeElement?.closest("li[data-place-id]")?.getAttribute("data-place-id") ?? null,
        );
        assert(focused === first, `focus is on ${focused}, not on the result ${first}`);
      },
    },
    {
      name: "finder map: the phone start page has no unexplained empty map box",
      run: async () => {
        const phone = await context.newPage();
        try {
          await phone.setViewportSize({ width: 375, height: 740 });
          const phoneApp = new NarvarokartanPage(phone, app.baseUrl);
          await phoneApp.open();
          await phoneApp.legend.waitFor({ state: "attached", timeout: 15_000 });
          const frame = await phoneApp.mapFrameState();
          const title = FINDER_MAP_MESSAGES.sv.deferredTitle;
          assert(frame.deferredText.includes(title), `map placeholder says: "${frame.deferredText}"`);
          assert(frame.height < 320, `the unloaded map box is ${frame.height} px tall`);
          assertNoViolations(await phoneApp.axeViolations());
        } finally {
          await phone.close();
        }
      },
    },
    {
      name: "finder map: the English page (?q=Orsa&lang=en) shows no Swedish UI label and English map labels",
      run: async () => {
        await app.open("?lang=en");
        await app.waitForMapReady(mapReadyTimeoutMs);
        await app.page.waitForTimeout(300);
        const labels = await app.mapLabelTexts();
        assert(
          labels.some((label) => label.endsWith(" County")) && labels.includes("Norway"),
          `map labels: ${labels.join(", ")}`,
        );
        const swedishLabels = labels.filter((label) => / län$/.test(label) || label === "Norge");
        assert(swedishLabels.length === 0, `Swedish map labels: ${swedishLabels.join(", ")}`);

        await app.open("?q=Orsa&lang=en");
        await app.waitForMapReady(mapReadyTimeoutMs);
        await app.waitForTravelTimes("booked", TRAVEL_TIMEOUT_MS);
        const texts = await app.textOutsideSwedish();
        // A label is a whole text (or, when a longer phrase, part of one): "English" in a sentence about
        // languages, or a Swedish domain word such as "Landsbygdskommuner" in a data note, is not.
        const swedish = swedishOnlyStrings().filter((s) =>
          texts.some((text) => text === s || (s.includes(" ") && s.length >= 12 && text.includes(s))),
        );

        assert(swedish.length === 0, `Swedish UI text on the English page:\n${swedish.join("\n")}`);
        const results = await app.resultsText();
        assert(!results.includes("Servicekontor "), "“Servicekontor” in a result on the English page");
        assertNoViolations(await app.axeViolations());
      },
    },
    {
      name: "finder: /?q=Oslo asks “Menade du Ösmo?” instead of answering silently for another name",
      run: async () => {
        await app.open("?q=Oslo");
        await app.resultsTitle();
        const text = await app.didYouMeanText();
        assert(/Menade du \S+\?/.test(text) && text.includes("Oslo"), `note: "${text}"`);
      },
    },
    {
      name: "finder: an empty search says what to type",
      run: async () => {
        await app.open();
        await app.submitSearch("");
        const status = await app.finderStatusText();
        assert(status.includes(FINDER_MAP_MESSAGES.sv.emptyQuery), `finder status: "${status}"`);
      },
    },
    {
      name: "finder: unknown ?place=, ?view= and ?lang= are named and tidied out of the URL",
      run: async () => {
        await app.open("?place=af-9999-ingenstans&view=globe&lang=xx");
        // The place can only be judged once the places have loaded: wait for its notice.
        let text = "";
        for (let waited = 0; waited < 15_000 && !text.includes("af-9999-ingenstans"); waited += 250) {
          text = await app.urlNoticesText(15_000);
          if (!text.includes("af-9999-ingenstans")) await app.page.waitForTimeout(250);
        }
        for (const value of ["af-9999-ingenstans", "globe", "xx"])
          assert(text.includes(value), `notices do not name "${value}": "${text}"`);
        await app.page.waitForTimeout(300);
        const params = new URL(app.page.url()).searchParams;
        assert(
          !params.has("place") && !params.has("view") && !params.has("lang"),
          `URL not tidied: ${app.page.url()}`,
        );
      },
    },
    {
      name: "finder: on a phone, a valid ?place= shows the place on the first screen",
      run: async () => {
        const phone = await context.newPage();
        try {
          await phone.setViewportSize({ width: 375, height: 740 });
          const phoneApp = new NarvarokartanPage(phone, app.baseUrl);
          await phoneApp.open("?place=sam-1737-syssleback");
          await phoneApp.waitForMapReady(mapReadyTimeoutMs);
          const popup = await phoneApp.mapPopupText();
          assert(popup.includes("Sysslebäck"), `popup: "${popup}"`);
          await phone.waitForTimeout(800);
          assert(await phoneApp.mapInViewport(), "the map with the place is not on screen");
        } finally {
          await phone.close();
        }
      },
    },
    {
      name: "list view at 320 px: “Visa på kartan” is on screen without scrolling the table",
      run: async () => {
        const narrow = await context.newPage();
        try {
          await narrow.setViewportSize({ width: 320, height: 640 });
          const narrowApp = new NarvarokartanPage(narrow, app.baseUrl);
          await narrowApp.open("?view=list");
          const right = await narrowApp.firstListMapButtonRight();
          assert(right !== null && right <= 320, `first list map button ends at ${right} px`);
        } finally {
          await narrow.close();
        }
      },
    },
  ];
}
