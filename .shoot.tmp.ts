import { chromium } from "playwright-core";
const base = process.argv[2];
const out = process.argv[3];
const pages: [string, string][] = [["list320", "/?view=list"], ["start", "/"], ["orsa", "/?q=Orsa"], ["syssleback", "/?q=Syssleb%C3%A4ck"], ["en", "/?lang=en"], ["orsa-en", "/?q=Orsa&lang=en"]];
const only = process.argv[4]?.split(",");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
for (const width of [1280, 375]) {
  const ctx = await browser.newContext({ viewport: { width, height: width === 375 ? 740 : 900 } });
  for (const [name, path] of pages) {
    if (only && !only.includes(name)) continue;
    const page = await ctx.newPage();
    page.on("console", (m) => { if (m.type() === "error") console.log(name, width, "console:", m.text()); });
    page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) console.log("EXTERNAL", r.url()); });
    await page.goto(base + path, { waitUntil: "load" });
    await page.waitForTimeout(1500);
    if (width === 1280) await page.waitForFunction(() => document.body.dataset.mapReady === "true", null, { timeout: 20000 }).catch(() => console.log(name, "map not ready"));
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: process.env.FULL === "1" });
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(name, width, "height", h);
    await page.close();
  }
  await ctx.close();
}
await browser.close();
