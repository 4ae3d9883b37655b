// Browser cases for the travel-reach views (issue 3): the "Restid" table from summary.json, the kommuner
// without their own booked presence with their nearest place from the seat, the what-if recomputed in
// the Web Worker, and "Om beräkningen". Selectors live in driver.ts only.
import type { NarvarokartanPage, AxeViolation } from "./driver.ts";
import { assert, type TestCase } from "./harness.ts";

export interface ReachCaseContext {
  app: NarvarokartanPage;
  mapReadyTimeoutMs: number;
  assertNoViolations: (violations: AxeViolation[]) => void;
}

/** The worker fetches ~3 MB of binary data on its first what-if; allow for a slow machine. */
const WHAT_IF_TIMEOUT_MS = 60_000;

export function reachCases({ app, mapReadyTimeoutMs, assertNoViolations }: ReachCaseContext): TestCase[] {
  return [
    {
      name: "reach: the area within 30 minutes of a selected place is drawn and described in words",
      run: async () => {
        await app.open("?place=af-2062");
        await app.waitForMapReady(mapReadyTimeoutMs);
        const status = await app.showReachAreaOfSelected(30, WHAT_IF_TIMEOUT_MS);
        assert(/30 minuter/.test(status) && /Mora/.test(status), `status: "${status}"`);
        await app.screenshot("test-results/reach-area.png");
      },
    },
    {
      name: "reach: the Restid view lists all 290 kommuner with median minutes, and axe passes",
      run: async () => {
        await app.open("?view=reach");
        await app.page.locator('[data-testid="reach-table"]').waitFor({ timeout: 15_000 });
        const rows = await app.reachRows();
        assert(rows.length === 290, `${rows.length} kommun rows, expected 290`);
        const orsa = rows.find((r) => r.cells[0] === "Orsa");
        assert(orsa !== undefined, "no row for Orsa");
        assert(/^\d+(,\d)?$/.test(orsa.cells[2] ?? ""), `Orsa's median cell reads "${orsa.cells[2]}"`);
        const sverige = await app.reachSverigeText();
        assert(/Hela Sverige/.test(sverige) && /60 minuter/.test(sverige), `Sweden line: "${sverige}"`);
        assertNoViolations(await app.axeViolations());
      },
    },
    {
      name: "reach: the 79 kommuner without own booked presence each show the nearest place and minutes from the seat",
      run: async () => {
        await app.setReachFilter("withoutBooked");
        const rows = await app.reachRows();
        assert(rows.length === 79, `${rows.length} rows, expected the report's 79`);
        const last = (r: { cells: string[] }) => r.cells[r.cells.length - 1] ?? "";
        const missing = rows.filter((r) => !/\d+ min, \d+ km/.test(last(r)));
        assert(
          missing.length === 0,
          `rows without minutes from the seat: ${missing.map((r) => r.cells[0]).join(", ")}`,
        );
      },
    },
    {
      name: "reach: closing a place in the what-if recomputes in the worker and changes its kommun",
      run: async () => {
        await app.setReachFilter("all");
        const rows = await app.whatIfClosePlace("sam-1984", WHAT_IF_TIMEOUT_MS);
        const status = await app.whatIfStatusText();
        assert(/Omräknat på \d+ ms/.test(status), `status: "${status}"`);
        assert(rows[0]?.[0] === "Hela Sverige", `first row is "${rows[0]?.[0]}"`);
        const arboga = rows.find((r) => r[0] === "Arboga");
        assert(
          arboga !== undefined,
          `Arboga not among the changed kommuner: ${rows.map((r) => r[0]).join(", ")}`,
        );
        assert(arboga[1] !== arboga[2], `Arboga's median did not change: ${arboga.join(" | ")}`);
        assertNoViolations(await app.axeViolations());
      },
    },
    {
      name: "reach: the browser's Web Worker gives exactly the build's figures for every area (booked, spontaneous)",
      run: async () => {
        for (const key of ["booked", "spontaneous", "spontaneousIncludingPlanned"]) {
          const { compared, mismatches } = await app.workerMatchesBuild(key);
          assert(compared === 290 + 60 + 21 + 1, `${key}: compared ${compared} areas, expected 372`);
          assert(
            mismatches.length === 0,
            `${key}: worker differs from summary.json for ${mismatches.slice(0, 10).join(", ")}`,
          );
        }
      },
    },
    {
      name: "reach: in English, and at 200 % zoom (640 px), the Restid view has no axe violation and no sideways scroll",
      run: async () => {
        const viewport = app.page.viewportSize();
        await app.page.setViewportSize({ width: 640, height: 480 });
        try {
          await app.open("?view=reach&lang=en");
          await app.page.locator('[data-testid="reach-table"]').waitFor({ timeout: 15_000 });
          const caption = await app.page.locator('[data-testid="reach-table"] caption').textContent();
          assert(/Municipalities/.test(caption ?? ""), `caption is not English: "${caption}"`);
          const overflow = await app.horizontalOverflow();
          assert(overflow <= 0, `the page is ${overflow} px wider than the 640 px viewport`);
          assertNoViolations(await app.axeViolations());
        } finally {
          if (viewport !== null) await app.page.setViewportSize(viewport);
        }
      },
    },
    {
      name: "reach: Om beräkningen lists the assumptions and credits OpenStreetMap",
      run: async () => {
        await app.open();
        const text = await app.openOmBerakningen();
        for (const needle of ["Antaganden", "ACCESS_SPEED_KMH", "OpenStreetMap", "ODbL", "Gotland"])
          assert(text.includes(needle), `Om beräkningen does not mention ${needle}`);
      },
    },
  ];
}
