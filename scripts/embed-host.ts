// npx tsx scripts/embed-host.ts [kommun]: serves dist/ under /kommun/arbete/ with a plain kommun page
// holding one widget at /kommun/arbete-sida.html (and the hostile and iframe pages of the e2e test), for
// looking at the widget and for `npm run lighthouse -- --url <printed URL>`. Ctrl-C stops it.
import { join } from "node:path";
import { framePage, hostilePage, singlePage } from "../test/e2e/embedHost.ts";
import { startStaticServer } from "../test/e2e/staticServer.ts";

const base = "/kommun/arbete/";
const server = await startStaticServer({
  dir: join(import.meta.dirname, "..", "dist"),
  prefix: base,
  pages: {
    "/kommun/arbete-sida.html": singlePage(base, process.argv[2] ?? "Pajala"),
    "/kommun/hostile.html": hostilePage(base),
    "/kommun/iframe.html": framePage(base),
  },
});
console.log(`${server.origin}/kommun/arbete-sida.html  (also /kommun/hostile.html, /kommun/iframe.html)`);
process.once("SIGINT", () => void server.stop().then(() => process.exit(0)));
process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
