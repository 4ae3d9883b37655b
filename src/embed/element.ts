// <narvaro-karta>: a custom element with its own shadow root. Each instance renders independently; an
// attribute change re-renders it (batched per microtask). The text renders as soon as its kommun's
// file arrives; the map module loads only when the map area is on screen and `map` is not off.
import type { EmbedMessages } from "../i18n/embedMessages";
import { OBSERVED_ATTRIBUTES, asKommunKod, parseOptions, resolveKommunName } from "./attributes";
import { loadIndex, loadKommun } from "./data/load";
import type { EmbedKommunData } from "./data/types";
import { h } from "./dom";
import type { EmbedMapModule } from "./map/types";
import { renderContent, renderContext, type RenderContext } from "./render";
import { assetUrl } from "./scriptUrl";
import widgetCss from "./widget.css?inline";

const widgetSheet = new CSSStyleSheet();
widgetSheet.replaceSync(widgetCss);

let mapModule: Promise<EmbedMapModule> | undefined;
/** The map bundle (MapLibre and its CSS), an ES module next to embed.js; fetched once per page. */
function loadMapModule(): Promise<EmbedMapModule> {
  mapModule ??= import(/* @vite-ignore */ assetUrl(__EMBED_MAP_FILE__)) as Promise<EmbedMapModule>;
  mapModule.catch(() => (mapModule = undefined));
  return mapModule;
}

export type KommunLookup =
  { status: "found"; data: EmbedKommunData } | { status: "missing" } | { status: "unknown"; value: string };

export async function lookUpKommun(value: string): Promise<KommunLookup> {
  if (value === "") return { status: "missing" };
  const kod = asKommunKod(value) ?? resolveKommunName(value, await loadIndex());
  const data = kod === null ? null : await loadKommun(kod);
  return data === null ? { status: "unknown", value } : { status: "found", data };
}

let instances = 0;

export class NarvaroKarta extends HTMLElement {
  static observedAttributes = [...OBSERVED_ATTRIBUTES];
  readonly #shadow: ShadowRoot;
  readonly #sizeSheet = new CSSStyleSheet();
  readonly #id = `nk${++instances}`;
  #generation = 0;
  #scheduled = false;
  #cleanups: (() => void)[] = [];

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: "open" });
    this.#shadow.adoptedStyleSheets = [widgetSheet, this.#sizeSheet];
  }

  connectedCallback(): void {
    this.#schedule();
  }

  disconnectedCallback(): void {
    this.#generation += 1;
    this.#teardown();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      void this.#render();
    });
  }

  #teardown(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
  }

  async #render(): Promise<void> {
    const generation = ++this.#generation;
    this.#teardown();
    const options = parseOptions((name) => this.getAttribute(name));
    // data-flow (embed.html): as high as the content, since the iframe follows the announced height.
    const flow = this.hasAttribute("data-flow");
    this.#sizeSheet.replaceSync(`:host { block-size: ${flow ? "auto" : options.height}; }`);
    const ctx = renderContext(options.lang, options.kinds);
    const root = h("div", { class: "root", lang: options.lang, "data-state": "loading" });
    const status = h("p", { class: "status", role: "status" }, ctx.m.loading);
    root.append(status);
    this.#shadow.replaceChildren(root);

    let lookup: KommunLookup;
    try {
      lookup = await lookUpKommun(options.kommun);
    } catch {
      if (generation === this.#generation) this.#fail(root, status, ctx.m.loadError);
      return;
    }
    if (generation !== this.#generation) return;
    if (lookup.status !== "found") {
      this.#fail(
        root,
        status,
        lookup.status === "missing" ? ctx.m.missingKommun : ctx.m.unknownKommun(lookup.value),
      );
      return;
    }
    const { data } = lookup;
    const scroll = h(
      "div",
      { class: "scroll", tabindex: "0", role: "region", "aria-labelledby": `${this.#id}-title` },
      renderContent(data, ctx, this.#id),
    );
    root.replaceChildren(scroll);
    root.dataset.map = options.map ? "on" : "off";
    if (options.map) root.append(this.#mapSection(data, ctx, generation));
    root.dataset.state = "ready";
    root.dataset.kommun = data.kod;
    this.dispatchEvent(
      new CustomEvent("narvaro-karta-ready", { detail: { kod: data.kod, namn: data.namn } }),
    );
  }

  #fail(root: HTMLElement, status: HTMLElement, text: string): void {
    root.dataset.state = "error";
    status.dataset.state = "error";
    status.textContent = text;
  }

  #mapSection(data: EmbedKommunData, ctx: RenderContext, generation: number): HTMLElement {
    const m: EmbedMessages = ctx.m;
    const canvas = h("div", { class: "map__canvas" });
    const mapStatus = h("p", { class: "map__status", role: "status" }, m.mapLoading);
    const section = h(
      "div",
      { class: "map", "data-testid": "embed-map" },
      h("p", { class: "map__caption" }, m.mapAlternative),
      canvas,
      mapStatus,
    );
    let destroyMap: (() => void) | undefined;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      loadMapModule()
        // A task of its own after the module's evaluation (itself a long task on a slow phone).
        .then((module) => new Promise<EmbedMapModule>((resolve) => setTimeout(() => resolve(module), 0)))
        .then((module) => {
          if (generation !== this.#generation) return;
          if (!this.#shadow.adoptedStyleSheets.includes(module.mapSheet))
            this.#shadow.adoptedStyleSheets = [module.mapSheet, ...this.#shadow.adoptedStyleSheets];
          const handle = module.mountMap(canvas, data, {
            kinds: ctx.kinds,
            messages: m,
            number: ctx.number,
            onReady: () => {
              mapStatus.remove();
              section.dataset.ready = "true";
            },
            onError: () => (mapStatus.textContent = m.mapError),
          });
          destroyMap = handle.destroy;
        })
        .catch(() => {
          if (generation === this.#generation) mapStatus.textContent = m.mapError;
        });
    });
    observer.observe(section);
    this.#cleanups.push(() => {
      observer.disconnect();
      destroyMap?.();
    });
    return section;
  }
}
