// Host pages for the widget's browser tests and its Lighthouse run. The hostile page tries to break the
// widget with the CSS issue 9 names; the others are what a kommun page would look like.
import { iframeSnippet, SELF_HOSTED_CSP } from "../../src/embed/snippet.ts";

/** Issue 9's hostile CSS: large text, wide letters, inline divs, hidden canvases. */
export const HOSTILE_CSS =
  "* { font-size: 31px !important; letter-spacing: 3px !important } div { display: inline !important } canvas { display: none !important }";

/** The reservation the README asks for, so the page does not shift while the widget loads. */
const RESERVE = (height: string) => `narvaro-karta { display: block; height: ${height} }`;

function page(title: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${title}</title>
<style>body { margin: 0 auto; max-width: 70rem; padding: 1rem; font-family: Georgia, serif } ${style}</style>
</head>
<body>${body}</body>
</html>`;
}

/** Two widgets (one by code, one by name in a closed <details>) under hostile CSS. */
export function hostilePage(base: string): string {
  return page(
    "Kommunens sida med två widgetar",
    `${RESERVE("640px")} ${HOSTILE_CSS}`,
    `<header><div><h1>Arbete och försörjning</h1></div></header>
<main>
<div><p>Här kan du möta Arbetsförmedlingen.</p></div>
<div id="first"><narvaro-karta kommun="2034" lang="sv"></narvaro-karta></div>
<details id="more"><summary>Visa grannkommunen</summary>
<div><narvaro-karta kommun="mora" lang="en" kinds="booked,spontaneous"></narvaro-karta></div>
</details>
<p>Sidfot.</p>
</main>
<script src="${base}embed.js" defer></script>`,
  );
}

/** One widget on an ordinary kommun page, the height reserved: the Lighthouse host page. */
export function singlePage(base: string, kommun = "Pajala"): string {
  return page(
    `Möt Arbetsförmedlingen – ${kommun} kommun`,
    `${RESERVE("640px")} header { border-bottom: 1px solid #ccc } footer { margin-top: 2rem }`,
    `<header><h1>${kommun} kommun</h1><p>Arbete och försörjning</p></header>
<main><h2>Var kan jag möta Arbetsförmedlingen?</h2>
<p>Här ser du var du kan träffa Arbetsförmedlingen på plats, och hur lång tid det tar att åka dit.</p>
<narvaro-karta kommun="${kommun}" height="640"></narvaro-karta>
<p>Har du frågor om kommunens egna insatser? Kontakta kommunens vägledare.</p></main>
<footer><p>${kommun} kommun</p></footer>
<script src="${base}embed.js" defer></script>`,
  );
}

/** A page with the iframe fallback exactly as the "Bädda in" page's snippet gives it (src/embed/snippet.ts). */
export function framePage(base: string): string {
  const snippet = iframeSnippet(
    base,
    { kommun: "Orsa", lang: "sv", kinds: ["spontaneous", "booked", "provider"], map: true, heightPx: 300 },
    "Möt Arbetsförmedlingen i Orsa",
  );
  return page(
    "Kommunens sida med iframe",
    "",
    `<main><h1>Iframe</h1>
${snippet}
</main>
<script>window.addEventListener("message", (event) => {
  const heights = event.data && event.data["datawrapper-height"];
  if (heights) (window.receivedHeights ||= []).push(heights);
});</script>`,
  );
}

/** A page under README's strict CSP: its styles in a file, the height reserved there, no inline code. */
export function cspPage(base: string, cssPath: string): { body: string; headers: Record<string, string> } {
  return {
    headers: { "Content-Security-Policy": SELF_HOSTED_CSP },
    body: `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>Sida med strikt CSP</title><link rel="stylesheet" href="${cssPath}"></head>
<body><main><h1>Strikt CSP</h1><narvaro-karta kommun="Berg"></narvaro-karta></main>
<script src="${base}embed.js" defer></script></body>
</html>`,
  };
}

export const CSP_PAGE_CSS = `${RESERVE("640px")} body { font-family: sans-serif }`;
