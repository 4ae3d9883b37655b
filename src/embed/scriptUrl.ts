// Where embed.js was loaded from. `document.currentScript` is set only while a classic script runs for
// the first time, so it is read once, at the top level of the bundle, and every data, map and worker URL
// is built from it: dist/ copied to any server or path keeps working.
const current = document.currentScript;

/** The script's own URL; on a page that loads the bundle some other way, the page's base. */
export const SCRIPT_URL =
  current instanceof HTMLScriptElement && current.src !== "" ? current.src : document.baseURI;

/** `<script src="embed.js" data-frame>`: embed.html, the iframe fallback page. */
export const FRAME_MODE = current instanceof HTMLScriptElement && current.hasAttribute("data-frame");

/** A file of the build, relative to embed.js: "data/embed/0180.json". */
export function assetUrl(path: string): string {
  return new URL(path, SCRIPT_URL).href;
}
