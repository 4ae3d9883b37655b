// embed.js: the kommun widget's entry, built as one classic script (IIFE) by vite.embed.config.ts.
// It defines <narvaro-karta> once (a second copy of the script on the page is harmless) and, on
// embed.html, builds the iframe page. It never imports the app shell (src/app, React).
import { NarvaroKarta } from "./element";
import { startFrame } from "./frame";
import { FRAME_MODE } from "./scriptUrl";

if (customElements.get("narvaro-karta") === undefined) customElements.define("narvaro-karta", NarvaroKarta);

if (FRAME_MODE) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startFrame);
  else startFrame();
}
