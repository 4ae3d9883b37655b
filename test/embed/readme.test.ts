// The README's webmaster section must show the same CSP and host lines the code and tests use.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FRAME_LISTENER, SELF_HOSTED_CSP } from "../../src/embed/snippet";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README, For webmasters", () => {
  it("gives the CSP header the e2e test sends", () => {
    expect(readme).toContain(`Content-Security-Policy: ${SELF_HOSTED_CSP}`);
  });

  it("gives the host's height listener exactly as the Bädda in page copies it", () => {
    expect(readme).toContain(FRAME_LISTENER);
  });
});
