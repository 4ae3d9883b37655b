// embed.html, the iframe fallback for CMSs that allow no script: one widget built from the page's query
// (?kommun=…&lang=…&kinds=…&map=…&height=…&id=…), the page title and lang set for it, and the content
// height announced to the host page in Datawrapper's convention: {"datawrapper-height": {<id>: px}}.
// The host checks event.source against its iframes (README "Bädda in"), so any page may receive it:
// a height says nothing private.
import { EMBED_MESSAGES } from "../i18n/embedMessages";
import { OBSERVED_ATTRIBUTES, parseLang } from "./attributes";

export function startFrame(): void {
  const params = new URLSearchParams(window.location.search);
  const lang = parseLang(params.get("lang"));
  document.documentElement.lang = lang;
  const widget = document.createElement("narvaro-karta");
  widget.setAttribute("data-flow", "");
  for (const name of OBSERVED_ATTRIBUTES) {
    const value = params.get(name);
    if (value !== null) widget.setAttribute(name, value.slice(0, 100));
  }
  const id = (params.get("id") ?? `narvaro-${params.get("kommun") ?? ""}`).slice(0, 100);
  widget.addEventListener("narvaro-karta-ready", (event) => {
    const { namn } = (event as CustomEvent<{ namn: string }>).detail;
    document.title = EMBED_MESSAGES[lang].frameTitle(namn);
  });
  (document.querySelector("main") ?? document.body).append(widget);

  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ "datawrapper-height": { [id]: height } }, "*");
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
