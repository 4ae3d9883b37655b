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

export function mapStyle(data: EmbedKommunData): StyleSpecification {
  return {
    version: 8,
    // Deliberately no glyphs, sprite or tiles: all would be requests, and none is needed.
    sources: {
      neighbours: {
        type: "geojson",
        data: {
          type: "FeatureCollection",
          features: data.map.neighbours.map((n) => ({
            type: "Feature",
            properties: { kod: n.kod },
            geometry: n.geometry,
          })),
        },
      },
      kommun: { type: "geojson", data: { type: "Feature", properties: {}, geometry: data.map.kommun } },
    },
    layers: [
      // Neutral, not water: beyond the neighbours lie Norway, Finland and the sea alike.
      { id: "background", type: "background", paint: { "background-color": "#e8ebee" } },
      { id: "neighbours-fill", type: "fill", source: "neighbours", paint: { "fill-color": "#e4dfd3" } },
      {
        id: "neighbours-line",
        type: "line",
        source: "neighbours",
        paint: { "line-color": BASE_COLOURS.kommunBorder, "line-width": 1 },
      },
      { id: "kommun-fill", type: "fill", source: "kommun", paint: { "fill-color": BASE_COLOURS.land } },
      {
        id: "kommun-line",
        type: "line",
        source: "kommun",
        paint: { "line-color": BASE_COLOURS.lanBorder, "line-width": 2.5 },
      },
    ],
  };
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

export function mountMap(container: HTMLElement, data: EmbedKommunData, options: MountOptions) {
  const m = options.messages;
  let failed = false;
  const fail = () => {
    if (failed) return;
    failed = true;
    options.onError();
  };
  let map: MapLibreMap;
  try {
    map = new MapLibreMap({
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
      // keeps the first frame cheap on phones (a 3× screen would draw 4× the pixels of 1.5×).
      fadeDuration: 0,
      renderWorldCopies: false,
      pixelRatio: Math.min(window.devicePixelRatio || 1, 1.5),
    });
  } catch {
    fail();
    return { destroy: () => undefined };
  }
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), "top-right");
  // An error event without a listener is logged as a console error by MapLibre; report it instead.
  map.on("error", fail);
  // Fit again once drawn, and on each resize until the reader moves the map (the container may have
  // grown since the map was created, e.g. when a closed <details> opened).
  let moved = false;
  let fittedSize = "";
  const fit = () => {
    const size = `${container.clientWidth}x${container.clientHeight}`;
    if (moved || size === fittedSize) return;
    fittedSize = size;
    map.fitBounds(data.map.bbox, { padding: FIT_PADDING, animate: false });
  };
  map.on("dragstart", () => (moved = true));
  map.on("zoomstart", (event: { originalEvent?: Event }) => {
    if (event.originalEvent !== undefined) moved = true;
  });
  map.on("resize", fit);
  map.once("load", () => {
    // On a narrow map MapLibre opens the compact attribution over a third of it; the widget's text
    // already credits the sources, and the (i) button still opens it.
    const attribution = container.querySelector(".maplibregl-ctrl-attrib.maplibregl-compact");
    attribution?.removeAttribute("open");
    attribution?.classList.remove("maplibregl-compact-show");
    fit();
    options.onReady();
  });

  const markers: Marker[] = [];
  for (const neighbour of data.map.neighbours)
    markers.push(new Marker({ element: label(neighbour.namn, false) }).setLngLat(neighbour.label).addTo(map));
  markers.push(new Marker({ element: label(data.namn, true) }).setLngLat(data.map.label).addTo(map));

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
  for (const { place, text, outside } of places) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = `marker marker--${place.kind} marker--${place.status}${outside ? " marker--outside" : ""}`;
    button.setAttribute("aria-label", place.label);
    button.dataset.placeId = place.id;
    const popup = new Popup({ offset: 12, maxWidth: "16em", focusAfterOpen: true }).setDOMContent(
      popupContent(place, text),
    );
    markers.push(new Marker({ element: button }).setLngLat(place.lonLat).setPopup(popup).addTo(map));
  }

  return {
    destroy: () => {
      for (const marker of markers) marker.remove();
      map.remove();
    },
  };
}

// The module's shape is checked against the shell's expectation at compile time.
export const module: EmbedMapModule = { mapSheet, mountMap };
