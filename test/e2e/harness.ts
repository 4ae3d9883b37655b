// A minimal sequential test runner for the browser checks: named cases, one line each, a closing count.

/** Playwright colours its call logs; the CI log is plain text. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

export interface TestCase {
  name: string;
  run: () => Promise<void>;
}

export interface RunSummary {
  passed: number;
  failed: number;
}

/** Runs cases in order; a failing case is reported and the next one still runs. */
export async function runCases(cases: TestCase[], summary: RunSummary = { passed: 0, failed: 0 }) {
  for (const testCase of cases) {
    const started = performance.now();
    try {
      await testCase.run();
      summary.passed += 1;
      console.log(`  ✓ ${testCase.name} (${elapsed(started)})`);
    } catch (error) {
      summary.failed += 1;
      const message = (error instanceof Error ? error.message : String(error)).replace(ANSI_COLOUR, "");
      console.log(
        `  ✗ ${testCase.name} (${elapsed(started)})\n      ${message.replaceAll("\n", "\n      ")}`,
      );
    }
  }
  return summary;
}

/** Prints the closing line CI reads ("N passed, N failed") and returns the process exit code. */
export function report(summary: RunSummary): number {
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  return summary.failed === 0 && summary.passed > 0 ? 0 : 1;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function elapsed(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
