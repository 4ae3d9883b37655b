// The two snippets a webmaster copies from the app's "Bädda in" page (and README shows): the script
// form and the iframe form with the host-side lines that apply the height embed.html announces.
// Pure, so the page, README and tests share one text.
import type { MeetingKind } from "../data/schema";
import type { Language } from "../i18n/language";
import { ALL_KINDS } from "./attributes";

export interface SnippetOptions {
  /** The kommun's name as the widget should be asked for ("Orsa"). */
  kommun: string;
  lang: Language;
  kinds: readonly MeetingKind[];
  map: boolean;
  heightPx: number;
}

/**
 * The host page's few lines for the iframe form, in Datawrapper's convention: apply
 * {"datawrapper-height": {id: px}} to the iframe whose window sent it (event.source), nothing else.
 */
export const FRAME_LISTENER = `window.addEventListener("message", (event) => {
  const heights = event.data && event.data["datawrapper-height"];
  if (!heights) return;
  for (const iframe of document.querySelectorAll("iframe"))
    if (iframe.contentWindow === event.source)
      for (const id in heights) iframe.style.height = heights[id] + "px";
});`;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function attributes(options: SnippetOptions): [string, string][] {
  const list: [string, string][] = [["kommun", options.kommun]];
  if (options.lang !== "sv") list.push(["lang", options.lang]);
  if (options.kinds.length < ALL_KINDS.length) list.push(["kinds", options.kinds.join(",")]);
  list.push(["height", String(options.heightPx)]);
  if (!options.map) list.push(["map", "off"]);
  return list;
}

/** `baseUrl` is where dist/ is served, with a trailing slash ("https://example.se/narvaro/"). */
export function scriptSnippet(baseUrl: string, options: SnippetOptions): string {
  const attrs = attributes(options)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join("");
  return [
    `<script src="${escapeAttribute(baseUrl)}embed.js" defer></script>`,
    `<style>narvaro-karta { display: block; height: ${options.heightPx}px }</style>`,
    `<narvaro-karta${attrs}></narvaro-karta>`,
  ].join("\n");
}

export function iframeSnippet(baseUrl: string, options: SnippetOptions, title: string): string {
  const id = `narvaro-${options.kommun.toLowerCase().replace(/[^a-z0-9åäö]+/g, "-")}`;
  const query = new URLSearchParams(attributes(options));
  query.set("id", id);
  const src = `${baseUrl}embed.html?${query.toString()}`;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy"`,
    `  style="display: block; width: 100%; height: ${options.heightPx}px; border: 0"></iframe>`,
    `<script>`,
    FRAME_LISTENER,
    `</script>`,
  ].join("\n");
}

/**
 * The Content-Security-Policy a host page needs when it serves dist/ from its own origin (README): no
 * 'unsafe-inline', no 'unsafe-eval'. img-src data: is for the SVG icons in MapLibre's CSS; the widget's
 * styles are constructed stylesheets, which style-src does not govern. test/e2e/embed.ts serves a page
 * with exactly this header and checks the widget and its map work and nothing is refused.
 */
export const SELF_HOSTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'";
