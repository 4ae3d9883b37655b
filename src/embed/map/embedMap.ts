// The widget's map, loaded only when a widget's map area comes on screen: the kommun and its neighbours
// from the kommun's own data file, its meeting places and the nearest ones outside. No tiles, glyphs or
// sprites (nothing leaves embed.js's origin); names are HTML labels and places are HTML buttons, so
// every place is reachable by keyboard and opens a popup. MapLibre's CSS is adopted into each widget's
// shadow root (maplibre-gl.css is all .maplibregl-* rules), and its worker loads from next to this file.
import {
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  Popup,
  setWorkerUrl,
  type FilterSpecification,
  type LayerSpecification,
  type StyleSpecification,
} from "maplibre-gl";
import mapCss from "maplibre-gl/dist/maplibre-gl.css?inline";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url&no-inline";
import { BASE_COLOURS } from "../../map/palette";
import type { EmbedKommunData, EmbedPlace } from "../data/types";
import type { EmbedMapModule, MountOptions } from "./types";

setWorkerUrl(workerUrl);

/** Room for the zoom buttons (right) and the attribution (bottom), px. */
const FIT_PADDING = { top: 24, right: 56, bottom: 64, left: 24 };

export const mapSheet = new CSSStyleSheet();
mapSheet.replaceSync(mapCss);

/** The kommun (own: true) and its neighbours in one source: one set of tiles to cut, load and draw. */
export function mapStyle(data: EmbedKommunData): StyleSpecification {
  const own: FilterSpecification = ["==", ["get", "own"], true];
  const others: FilterSpecification = ["!=", ["get", "own"], true];
  return {
    version: 8,
    // Deliberately no glyphs, sprite or tiles: all would be requests, and none is needed.
    sources: {
      areas: {
        type: "geojson",
        data: {
          type: "FeatureCollection",
          features: [
            ...data.map.neighbours.map((n) => ({
              type: "Feature" as const,
              properties: { kod: n.kod },
              geometry: n.geometry,
            })),
            { type: "Feature", properties: { kod: data.kod, own: true }, geometry: data.map.kommun },
          ],
        },
      },
    },
    // No background layer: the map area's own CSS background shows through the clear canvas, and the
    // GPU has one shader program fewer to build before the first frame. Neutral, not water: beyond the
    // neighbours lie Norway, Finland and the sea alike. The borders come later (borderLayers).
    layers: [
      {
        id: "neighbours-fill",
        type: "fill",
        source: "areas",
        filter: others,
        // No antialiased outline (its own shader program): the border lines cover every edge.
        paint: { "fill-color": "#e4dfd3", "fill-antialias": false },
      },
      {
        id: "kommun-fill",
        type: "fill",
        source: "areas",
        filter: own,
        paint: { "fill-color": BASE_COLOURS.land, "fill-antialias": false },
      },
    ],
  };
}

/**
 * The border lines, each with the layer it goes below. Added once the fills have drawn, so that the
 * GPU builds the line shader in a frame of its own rather than in the same long first frame.
 */
export function borderLayers(): { layer: LayerSpecification; before?: string }[] {
  return [
    {
      layer: {
        id: "neighbours-line",
        type: "line",
        source: "areas",
        filter: ["!=", ["get", "own"], true],
        paint: { "line-color": BASE_COLOURS.kommunBorder, "line-width": 1 },
      },
      before: "kommun-fill",
    },
    {
      layer: {
        id: "kommun-line",
        type: "line",
        source: "areas",
        filter: ["==", ["get", "own"], true],
        paint: { "line-color": BASE_COLOURS.lanBorder, "line-width": 2.5 },
      },
    },
  ];
}

function popupContent(place: EmbedPlace, text: string | null): HTMLElement {
  const box = document.createElement("p");
  box.className = "popup";
  const label = document.createElement("strong");
  label.lang = "sv";
  label.textContent = place.label;
  box.append(label);
  if (text !== null) box.append(document.createElement("br"), text);
  return box;
}

function label(text: string, own: boolean): HTMLElement {
  const span = document.createElement("span");
  span.className = own ? "label label--own" : "label";
  span.textContent = text;
  // Decorative: the widget's text names every kommun and place.
  span.setAttribute("aria-hidden", "true");
  return span;
}

/**
 * Calls `done` once the GPU has carried out everything drawn so far, asking with a WebGL2 fence and never
 * waiting for it on the main thread. The shell shows the canvas only then: a canvas shown earlier makes
 * the compositor read its pixels back at once, and that read blocks the page until the GPU has compiled
 * its pipelines and drawn (in software rendering, hundreds of milliseconds of a frozen page).
 * Returns a function that stops asking.
 */
function whenGpuDone(canvas: HTMLCanvasElement, done: () => void): () => void {
  const gl = canvas.getContext("webgl2");
  const sync = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) ?? null;
  if (gl === null || sync === null) {
    done();
    return () => undefined;
  }
  gl.flush();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A safety net, never a delay: should a driver never report the fence, show the map after about 2 s
  // of asking and let the compositor wait for the GPU as it would have anyway.
  let polls = 0;
  const poll = () => {
    // Non-blocking in WebGL2 (the status is cached and refreshed between tasks).
    if (gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED || ++polls >= 120) {
      gl.deleteSync(sync);
      done();
    } else timer = setTimeout(poll, 16);
  };
  timer = setTimeout(poll, 16);
  return () => clearTimeout(timer);
}

/** Resolves in a later task, after the browser has had a chance to render and handle input. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function markerElements(
  data: EmbedKommunData,
  options: MountOptions,
): { element: HTMLElement; lonLat: [number, number]; popup?: Popup }[] {
  const m = options.messages;
  const places: { place: EmbedPlace; text: string | null; outside: boolean }[] = [
    ...data.places
      .filter((place) => options.kinds.includes(place.kind))
      .map((place) => ({ place, text: m.ownPlacesTitle(data.namn), outside: false })),
    ...(["spontaneous", "booked"] as const).flatMap((kind) => {
      const nearest = data.nearest[kind];
      if (nearest === null || !options.kinds.includes(kind)) return [];
      const text = `${m.nearestTitle(data.seat.name)}: ${m.travel(options.number(Math.round(nearest.minutes)), options.number(nearest.km, nearest.km < 10 ? 1 : 0))}`;
      return [{ place: nearest.place, text, outside: true }];
    }),
  ];
  return [
    ...data.map.neighbours.map((n) => ({ element: label(n.namn, false), lonLat: n.label })),
    { element: label(data.namn, true), lonLat: data.map.label },
    ...places.map(({ place, text, outside }) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = `marker marker--${place.kind} marker--${place.status}${outside ? " marker--outside" : ""}`;
      button.setAttribute("aria-label", place.label);
      button.dataset.placeId = place.id;
      const popup = new Popup({ offset: 12, maxWidth: "16em", focusAfterOpen: true }).setDOMContent(
        popupContent(place, text),
      );
      return { element: button, lonLat: place.lonLat, popup };
    }),
  ];
}

/**
 * Builds the map in steps, each in a task of its own (creating the map and its WebGL context; the
 * zoom buttons; the places and labels once the polygons have loaded), so that a slow phone never has
 * its page frozen for the sum of them; the map shows when the GPU has drawn it (whenGpuDone).
 */
export function mountMap(container: HTMLElement, data: EmbedKommunData, options: MountOptions) {
  const m = options.messages;
  let destroyed = false;
  let map: MapLibreMap | undefined;
  let stopWaiting = () => undefined as void;
  const markers: Marker[] = [];
  let failed = false;
  const fail = () => {
    if (failed || destroyed) return;
    failed = true;
    options.onError();
  };

  const build = async () => {
    await nextTask();
    if (destroyed) return;
    const created = new MapLibreMap({
      container,
      style: mapStyle(data),
      bounds: data.map.bbox,
      fitBoundsOptions: { padding: FIT_PADDING },
      cooperativeGestures: true,
      locale: { ...m.mapLocale, "Map.Title": m.mapLabel(data.namn) },
      // compact left undefined: MapLibre folds the attribution into a button on narrow maps.
      attributionControl: { customAttribution: m.attribution },
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 13,
      // A flat polygon map: no label fades, one world, and at most 1.5 device pixels per CSS pixel, which
      // keeps each frame cheap on phones (a 3× screen would draw 4× the pixels of 1.5×).
      fadeDuration: 0,
      renderWorldCopies: false,
      pixelRatio: Math.min(window.devicePixelRatio || 1, 1.5),
      // The style is this file's own, typed by StyleSpecification: no need to validate it at run time.
      validateStyle: false,
    });
    map = created;
    // An error event without a listener is logged as a console error by MapLibre; report it instead.
    created.on("error", fail);
    const loaded = new Promise<void>((resolve) => created.once("load", () => resolve()));
    // Fit again on each resize until the reader moves the map (the container may have grown since the
    // map was created, e.g. when a closed <details> opened). The constructor fitted the current size.
    let moved = false;
    let fittedSize = `${container.clientWidth}x${container.clientHeight}`;
    const fit = () => {
      const size = `${container.clientWidth}x${container.clientHeight}`;
      if (moved || size === fittedSize) return;
      fittedSize = size;
      created.fitBounds(data.map.bbox, { padding: FIT_PADDING, animate: false });
    };
    created.on("dragstart", () => (moved = true));
    created.on("zoomstart", (event: { originalEvent?: Event }) => {
      if (event.originalEvent !== undefined) moved = true;
    });
    created.on("resize", fit);

    await nextTask();
    if (destroyed) return;
    created.touchZoomRotate.disableRotation();
    created.keyboard.disableRotation();
    created.addControl(new NavigationControl({ showCompass: false }), "top-right");

    await loaded;
    if (destroyed) return;
    for (const { layer, before } of borderLayers()) created.addLayer(layer, before);
    await new Promise<void>((resolve) => created.once("idle", () => resolve()));
    await nextTask();
    if (destroyed) return;
    // On a narrow map MapLibre opens the compact attribution over a third of it; the widget's text
    // already credits the sources, and the (i) button still opens it.
    const attribution = container.querySelector(".maplibregl-ctrl-attrib.maplibregl-compact");
    attribution?.removeAttribute("open");
    attribution?.classList.remove("maplibregl-compact-show");
    for (const { element, lonLat, popup } of markerElements(data, options)) {
      const marker = new Marker({ element }).setLngLat(lonLat);
      if (popup !== undefined) marker.setPopup(popup);
      markers.push(marker.addTo(created));
    }
    fit();
    stopWaiting = whenGpuDone(created.getCanvas(), () => {
      if (!destroyed) options.onReady();
    });
  };
  build().catch(fail);

  return {
    destroy: () => {
      destroyed = true;
      stopWaiting();
      for (const marker of markers) marker.remove();
      map?.remove();
    },
  };
}

// The module's shape is checked against the shell's expectation at compile time.
export const module: EmbedMapModule = { mapSheet, mountMap };
