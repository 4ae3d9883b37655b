// Browser cases for the travel-reach tools (issue 3): the area within N minutes, the worker against the
// build, and "Om beräkningen". The table and the what-if moved to the planner (planner.ts). Selectors live
// in driver.ts only.
import type { NarvarokartanPage, AxeViolation } from "./driver.ts";
import { assert, type TestCase } from "./harness.ts";

export interface ReachCaseContext {
  app: NarvarokartanPage;
  mapReadyTimeoutMs: number;
  assertNoViolations: (violations: AxeViolation[]) => void;
}

/** The worker fetches ~3 MB of binary data on its first what-if; allow for a slow machine. */
const WHAT_IF_TIMEOUT_MS = 60_000;

export function reachCases({ app, mapReadyTimeoutMs }: ReachCaseContext): TestCase[] {
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
      name: "reach: Om beräkningen lists the assumptions (car and public transport) and credits OpenStreetMap",
      run: async () => {
        await app.open();
        const text = await app.openOmBerakningen();
        // The public-transport part (issue 12): its assumptions, feed and gaps.
        for (const needle of [
          "Antaganden",
          "ACCESS_SPEED_KMH",
          "OpenStreetMap",
          "ODbL",
          "Gotland",
          "TRANSIT_WALK_KMH",
          "Kollektivtrafik",
          "Länstrafiken Norrbotten",
          "Tåg saknas",
        ])
          assert(text.includes(needle), `Om beräkningen does not mention ${needle}`);
      },
    },
  ];
}
