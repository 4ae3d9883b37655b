// Self-check of the origin detector: a page on 127.0.0.1 fetches from 127.0.0.2 (another origin, still
// loopback) and the detector must flag exactly that request and keep it from reaching the server.
// Run alone with `npx tsx test/e2e/selftest.ts`; smoke.ts runs it first.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launchBrowser, type LaunchedBrowser } from "./browser.ts";
import { assert, report, runCases, type TestCase } from "./harness.ts";
import { freePort } from "./preview.ts";
import { isOwnOrigin, watchNetwork } from "./network.ts";

const OWN_HOST = "127.0.0.1";
const FOREIGN_HOST = "127.0.0.2";

function pageHtml(foreignUrl: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
<script>
  const blobUrl = URL.createObjectURL(new Blob(["{}"], { type: "application/json" }));
  Promise.allSettled([
    fetch("/own.json"),
    fetch("data:application/json,{}"),
    fetch(blobUrl),
    fetch(${JSON.stringify(foreignUrl)}),
  ]).then(() => { document.body.dataset.done = "true"; });
</script></body></html>`;
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

export const originSelfTest: TestCase = {
  name: "self-check: origin detector flags a request to another origin (127.0.0.2)",
  run: async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "narvaro-e2e-selftest-"));
    const ownPort = await freePort(OWN_HOST);
    const foreignPort = await freePort(FOREIGN_HOST);
    const ownOrigin = `http://${OWN_HOST}:${ownPort}`;
    const foreignUrl = `http://${FOREIGN_HOST}:${foreignPort}/tile.json`;
    await writeFile(path.join(dir, "index.html"), pageHtml(foreignUrl));
    await writeFile(path.join(dir, "own.json"), "{}");

    // Static server for the temp dir: "/" → index.html, "/own.json" → own.json.
    const own = createServer((request, response) => {
      const name = request.url === "/" ? "index.html" : path.basename(request.url ?? "");
      readFile(path.join(dir, name)).then(
        (body) => {
          const type = name.endsWith(".html") ? "text/html" : "application/json";
          response.writeHead(200, { "content-type": type }).end(body);
        },
        () => response.writeHead(404).end(),
      );
    });
    let foreignHits = 0;
    const foreign = createServer((_request, response) => {
      foreignHits += 1;
      response
        .writeHead(200, { "access-control-allow-origin": "*", "content-type": "application/json" })
        .end("{}");
    });
    await listen(own, OWN_HOST, ownPort);
    await listen(foreign, FOREIGN_HOST, foreignPort);
    let browser: LaunchedBrowser | undefined;
    try {
      browser = await launchBrowser();
      const network = await watchNetwork(browser.context, ownOrigin);
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(`${ownOrigin}/`);
      await page.waitForFunction(() => document.body.dataset.done === "true", undefined, { timeout: 15_000 });

      const flagged = network.foreign();
      assert(
        flagged.length === 1 && flagged[0] === foreignUrl,
        `expected exactly [${foreignUrl}] flagged, got ${JSON.stringify(flagged)}`,
      );
      assert(
        network.requests.includes(`${ownOrigin}/own.json`),
        `the same-origin fetch was not recorded: ${JSON.stringify(network.requests)}`,
      );
      assert(
        foreignHits === 0,
        `the foreign server was reached ${foreignHits} time(s); it should be blocked`,
      );
      assert(isOwnOrigin("data:,x", ownOrigin) && isOwnOrigin("blob:x", ownOrigin), "data:/blob: must pass");
    } finally {
      await browser?.close();
      await Promise.all([close(own), close(foreign)]);
      await rm(dir, { recursive: true, force: true });
    }
  },
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const summary = await runCases([originSelfTest]);
  process.exit(report(summary));
}
