// The single imperative owner of the planner's maplibregl.Map (STYLE habit 3). React hands it the area
// classes, the places and the modes through setters; the polygons are uploaded once and the colours
// change through feature state, so a what-if answer during a drag recolours 290 areas without
// re-uploading any geometry. User actions (select an area, add, drag, close) go back through callbacks.
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import type { LayerSpecification, StyleSpecification, ExpressionSpecification } from "maplibre-gl";
import type { MapGeometry } from "../../state/appData";
import type { PlannerLevel } from "../../state/planner/indicators";
import { chooseLabels, HtmlLabelLayer, mapLabels, type MapLabelNames } from "../labels";
import { SWEDEN_BOUNDS } from "../layers";
import { KIND_COLOURS } from "../palette";
import {
  DIFF_COLOURS,
  NO_CONNECTION_CLASS,
  NO_CONNECTION_COLOUR,
  NO_DATA_COLOUR,
  PLANNER_COLOURS,
  VALUE_COLOURS,
} from "./plannerPalette";

maplibregl.setWorkerUrl(workerUrl);

export interface PlannerPlaceProps {
  id: string;
  label: string;
  kind: "booked" | "spontaneous" | "provider";
  kommunNamn: string;
  added: boolean;
}
export type PlannerPlaceCollection = FeatureCollection<Point, PlannerPlaceProps>;

export interface PlannerMapCallbacks {
  onSelectArea: (kod: string | null) => void;
  onAddAt: (lon: number, lat: number, kommunKod: string | null) => void;
  onDragMove: (placeId: string, lon: number, lat: number) => void;
  onDragEnd: (placeId: string, lon: number, lat: number, kommunKod: string | null) => void;
  onClosePlace: (placeId: string) => void;
  onChoosePlace: (placeId: string) => void;
  onCancelAdd: () => void;
  onReady: () => void;
  onError: (error: Error) => void;
}

export interface PopupText {
  close: string;
  move: string;
  inKommun: (kommun: string) => string;
}

export interface LegendForExport {
  title: string;
  items: { colour: string; label: string }[];
  notes: string[];
}

const SOURCE: Record<PlannerLevel, string> = { kommun: "p-kommuner", fa: "p-fa", lan: "p-lan" };
const PLACES = "p-places";
const FILL: Record<PlannerLevel, string> = { kommun: "p-kommun-fill", fa: "p-fa-fill", lan: "p-lan-fill" };
const L = {
  hit: "p-kommun-hit",
  kommunBorder: "p-kommun-border",
  regionBorder: "p-region-border",
  lanBorder: "p-lan-border",
  glesbygdCasing: "p-glesbygd-casing",
  glesbygd: "p-glesbygd",
  landsbygdCasing: "p-landsbygd-casing",
  landsbygd: "p-landsbygd",
  selected: "p-selected",
  places: "p-places",
} as const;
const LEVELS: PlannerLevel[] = ["kommun", "fa", "lan"];

function fillColour(): ExpressionSpecification {
  // The public-transport map adds one class: no connection within the window.
  const valueBranches = [
    ...VALUE_COLOURS.flatMap((c, i) => [i, c]),
    NO_CONNECTION_CLASS,
    NO_CONNECTION_COLOUR,
  ];
  const diffBranches = DIFF_COLOURS.flatMap((c, i) => [i, c]);
  return [
    "case",
    ["==", ["feature-state", "mode"], "difference"],
    ["match", ["coalesce", ["feature-state", "cls"], -1], ...diffBranches, NO_DATA_COLOUR],
    ["match", ["coalesce", ["feature-state", "cls"], -1], ...valueBranches, NO_DATA_COLOUR],
  ] as unknown as ExpressionSpecification;
}

function buildStyle(geometry: MapGeometry, level: PlannerLevel): StyleSpecification {
  const fills: LayerSpecification[] = LEVELS.map((l) => ({
    id: FILL[l],
    type: "fill",
    source: SOURCE[l],
    layout: { visibility: l === level ? "visible" : "none" },
    paint: { "fill-color": fillColour(), "fill-antialias": false },
  }));
  return {
    version: 8,
    sources: {
      [SOURCE.kommun]: { type: "geojson", data: geometry.kommuner, promoteId: "kod" },
      [SOURCE.fa]: { type: "geojson", data: geometry.faRegioner, promoteId: "kod" },
      [SOURCE.lan]: { type: "geojson", data: geometry.lan, promoteId: "kod" },
      [PLACES]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
    },
    layers: [
      { id: "p-water", type: "background", paint: { "background-color": PLANNER_COLOURS.water } },
      ...fills,
      // Invisible but queryable: which kommun a click or a drop lands in, whatever level is shown.
      { id: L.hit, type: "fill", source: SOURCE.kommun, paint: { "fill-opacity": 0 } },
      {
        id: L.kommunBorder,
        type: "line",
        source: SOURCE.kommun,
        paint: {
          "line-color": PLANNER_COLOURS.kommunBorder,
          "line-opacity": level === "kommun" ? 0.7 : 0.35,
          "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.3, 8, 1],
        },
      },
      {
        id: L.regionBorder,
        type: "line",
        source: SOURCE.fa,
        layout: { visibility: level === "fa" ? "visible" : "none", "line-join": "round" },
        paint: {
          "line-color": PLANNER_COLOURS.kommunBorder,
          "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.8, 8, 2],
        },
      },
      {
        id: L.lanBorder,
        type: "line",
        source: SOURCE.lan,
        layout: { "line-join": "round" },
        paint: {
          "line-color": PLANNER_COLOURS.lanBorder,
          "line-opacity": 0.55,
          "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.6, 8, 1.6],
        },
      },
      // Glesbygd: dashed black on a white casing; landsbygd: dotted. Visible on every fill colour.
      ...(["glesbygd", "landsbygd"] as const).flatMap((flag): LayerSpecification[] => [
        {
          id: flag === "glesbygd" ? L.glesbygdCasing : L.landsbygdCasing,
          type: "line",
          source: SOURCE.kommun,
          filter: ["==", ["get", flag], true],
          layout: { visibility: "none", "line-join": "round" },
          paint: { "line-color": PLANNER_COLOURS.outlineCasing, "line-width": 3.2 },
        },
        {
          id: flag === "glesbygd" ? L.glesbygd : L.landsbygd,
          type: "line",
          source: SOURCE.kommun,
          filter: ["==", ["get", flag], true],
          layout: {
            visibility: "none",
            "line-join": "round",
            "line-cap": flag === "landsbygd" ? "round" : "butt",
          },
          paint: {
            "line-color": PLANNER_COLOURS.outline,
            "line-width": 1.8,
            "line-dasharray": flag === "glesbygd" ? [3, 1.5] : [0.1, 1.6],
          },
        },
      ]),
      {
        id: L.selected,
        type: "line",
        source: SOURCE[level],
        filter: ["==", ["get", "kod"], ""],
        layout: { "line-join": "round" },
        paint: { "line-color": PLANNER_COLOURS.selected, "line-width": 3.5 },
      },
      {
        id: L.places,
        type: "circle",
        source: PLACES,
        paint: {
          "circle-radius": [
            "interpolate",
            ["linear"],
            ["zoom"],
            4,
            ["case", ["get", "added"], 5.5, 2.6],
            6,
            ["case", ["get", "added"], 7, 4],
            9,
            ["case", ["get", "added"], 10, 7],
          ],
          "circle-color": [
            "case",
            ["get", "added"],
            ["match", ["get", "kind"], "spontaneous", KIND_COLOURS.spontaneous, KIND_COLOURS.booked],
            PLANNER_COLOURS.placeFill,
          ],
          "circle-stroke-color": [
            "case",
            ["get", "added"],
            PLANNER_COLOURS.addedStroke,
            PLANNER_COLOURS.placeStroke,
          ],
          "circle-stroke-width": [
            "interpolate",
            ["linear"],
            ["zoom"],
            4,
            ["case", ["get", "added"], 2, 1],
            8,
            ["case", ["get", "added"], 2.5, 1.5],
          ],
        },
      },
    ],
  };
}

export interface PlannerMapInput {
  geometry: MapGeometry;
  level: PlannerLevel;
  mode: "value" | "difference";
  /** Class per area code at the current level; missing or -1: no data. */
  classes: ReadonlyMap<string, number>;
  places: PlannerPlaceCollection;
  outlines: { glesbygd: boolean; landsbygd: boolean };
  selectedKod: string | null;
  addMode: boolean;
  popupText: PopupText;
  ariaLabel: string;
  /** Län and country names in the page's language. */
  labelNames: MapLabelNames;
  /** Kommun codes to fit the view to when this changes (a public-transport feed's area), or null. */
  focus?: readonly string[] | null;
}

/** Extends `bounds` by the outer rings of a (Multi)Polygon. */
function extendBounds(bounds: maplibregl.LngLatBounds, geometry: Polygon | MultiPolygon): void {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const ring of polygons.map((p) => p[0]!)) for (const c of ring) bounds.extend([c[0]!, c[1]!]);
}

/** A pointer that moves less than this between press and release is a click, not a drag. */
const DRAG_THRESHOLD_PX = 3;

export class PlannerMapController {
  private readonly map: maplibregl.Map;
  private input: PlannerMapInput;
  private loaded = false;
  private appliedClasses = new Map<string, { cls: number; mode: string }>();
  private appliedLevel: PlannerLevel;
  private readonly labels: HtmlLabelLayer;
  private popup: maplibregl.Popup | null = null;
  private drag: { placeId: string; start: maplibregl.Point; moved: boolean } | null = null;
  private suppressClick = false;

  constructor(
    container: HTMLElement,
    input: PlannerMapInput,
    private readonly callbacks: PlannerMapCallbacks,
  ) {
    this.input = input;
    this.appliedLevel = input.level;
    this.map = new maplibregl.Map({
      container,
      style: buildStyle(input.geometry, input.level),
      bounds: SWEDEN_BOUNDS,
      fitBoundsOptions: { padding: 12 },
      maxBounds: [
        [-5, 50],
        [42, 73],
      ],
      minZoom: 2,
      maxZoom: 12,
      dragRotate: false,
      pitchWithRotate: false,
      attributionControl: false,
      // The PNG export reads the canvas after it has been drawn.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    this.labels = new HtmlLabelLayer(this.map);
    this.labels.setLabels(
      mapLabels(input.geometry.kommuner, input.geometry.lan, input.geometry.countries, input.labelNames),
    );
    this.map.getCanvas().setAttribute("aria-label", input.ariaLabel);

    this.map.once("load", () => {
      this.loaded = true;
      this.applyAll();
      this.map.once("idle", () => this.callbacks.onReady());
    });
    this.map.on("error", (event) => {
      console.error(event.error);
      if (event.error instanceof maplibregl.GPUInitializationError) this.callbacks.onError(event.error);
    });
    this.map.on("click", this.onClick);
    this.map.on("mousedown", L.places, this.onPressPlace);
    this.map.on("touchstart", L.places, this.onPressPlace);
    this.map.on("mousemove", this.onPointerMove);
    this.map.on("touchmove", this.onPointerMove);
    this.map.on("mouseup", this.onRelease);
    this.map.on("touchend", this.onRelease);
    this.map.on("mouseenter", L.places, () => this.setCursor("grab"));
    this.map.on("mouseleave", L.places, () => this.setCursor(this.input.addMode ? "crosshair" : ""));
    this.map.getCanvas().addEventListener("keydown", this.onKeyDown);
  }

  update(next: PlannerMapInput): void {
    const previous = this.input;
    this.input = next;
    if (!this.loaded) return;
    if (next.level !== previous.level) this.applyLevel();
    if (next.classes !== previous.classes || next.mode !== previous.mode || next.level !== previous.level)
      this.applyClasses();
    if (next.places !== previous.places)
      this.map.getSource<maplibregl.GeoJSONSource>(PLACES)?.setData(next.places);
    if (next.outlines !== previous.outlines) this.applyOutlines();
    if (next.selectedKod !== previous.selectedKod || next.level !== previous.level)
      this.applySelection(next.selectedKod !== previous.selectedKod);
    if (next.addMode !== previous.addMode) this.setCursor(next.addMode ? "crosshair" : "");
    if (next.ariaLabel !== previous.ariaLabel)
      this.map.getCanvas().setAttribute("aria-label", next.ariaLabel);
    if (next.focus !== previous.focus && next.focus && next.focus.length > 0) this.fitKommuner(next.focus);
  }

  /** Fits the view to the given kommuner (e.g. the area of a public-transport feed). */
  private fitKommuner(koder: readonly string[]): void {
    const wanted = new Set(koder);
    const bounds = new maplibregl.LngLatBounds();
    for (const f of this.input.geometry.kommuner.features)
      if (wanted.has(f.properties.kod)) extendBounds(bounds, f.geometry);
    if (!bounds.isEmpty()) this.map.fitBounds(bounds, { padding: 30, maxZoom: 8, duration: 600 });
  }

  destroy(): void {
    this.map.getCanvas().removeEventListener("keydown", this.onKeyDown);
    this.popup?.remove();
    this.labels.destroy();
    this.map.remove();
  }

  /** The map as drawn, with title, legend, data date and attribution burned in, as a PNG of width × height. */
  async exportPng(
    size: { width: number; height: number },
    text: { title: string; dataDate: string; attribution: string },
    legend: LegendForExport,
  ): Promise<Blob> {
    await new Promise<void>((resolve) => {
      this.map.once("render", () => resolve());
      this.map.triggerRepaint();
    });
    const mapCanvas = this.map.getCanvas();
    const out = document.createElement("canvas");
    out.width = size.width;
    out.height = size.height;
    const ctx = out.getContext("2d");
    if (ctx === null) throw new Error("no 2D canvas");
    const top = 64;
    const bottom = 150;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, size.width, size.height);
    // The map, scaled to fit the middle band without distortion.
    const areaW = size.width;
    const areaH = size.height - top - bottom;
    const scale = Math.min(areaW / mapCanvas.width, areaH / mapCanvas.height);
    const w = mapCanvas.width * scale;
    const h = mapCanvas.height * scale;
    const x0 = (areaW - w) / 2;
    const y0 = top + (areaH - h) / 2;
    ctx.fillStyle = PLANNER_COLOURS.water;
    ctx.fillRect(0, top, areaW, areaH);
    ctx.drawImage(mapCanvas, x0, y0, w, h);
    // Län names (the HTML labels are not on the canvas), in CSS pixels scaled like the map.
    const cssScale = (mapCanvas.width / mapCanvas.clientWidth) * scale;
    ctx.font = "600 13px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    // Only labels that do not overlap, biggest län first (the same rule as the on-screen labels).
    const candidates = this.input.geometry.lan.features.map((f) => {
      const p = this.map.project([f.properties.labelLon, f.properties.labelLat]);
      return {
        id: f.properties.kod,
        text: f.properties.namn,
        x: p.x * cssScale,
        y: p.y * cssScale,
        rank: f.properties.befolkning,
      };
    });
    const shown = chooseLabels(candidates, { width: w, height: h });
    for (const c of candidates) {
      if (!shown.has(c.id)) continue;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "#ffffff";
      ctx.strokeText(c.text, x0 + c.x, y0 + c.y);
      ctx.fillStyle = "#1f1d1a";
      ctx.fillText(c.text, x0 + c.x, y0 + c.y);
    }
    ctx.textAlign = "left";
    ctx.textBaseline = "alphabetic";
    ctx.fillStyle = "#1f1d1a";
    ctx.font = "700 24px system-ui, sans-serif";
    ctx.fillText(text.title, 20, 40, size.width - 40);
    // Legend: swatches in one row, wrapping if needed.
    let lx = 20;
    let ly = size.height - bottom + 30;
    ctx.font = "600 15px system-ui, sans-serif";
    ctx.fillText(legend.title, lx, ly, size.width - 40);
    ly += 14;
    ctx.font = "14px system-ui, sans-serif";
    for (const item of legend.items) {
      const width = 26 + ctx.measureText(item.label).width + 18;
      if (lx + width > size.width - 20) {
        lx = 20;
        ly += 24;
      }
      ctx.fillStyle = item.colour;
      ctx.fillRect(lx, ly, 20, 16);
      ctx.strokeStyle = "#6f6a60";
      ctx.lineWidth = 1;
      ctx.strokeRect(lx + 0.5, ly + 0.5, 19, 15);
      ctx.fillStyle = "#1f1d1a";
      ctx.fillText(item.label, lx + 26, ly + 13);
      lx += width;
    }
    ctx.font = "13px system-ui, sans-serif";
    ctx.fillStyle = "#3b3833";
    const notes = [...legend.notes, text.dataDate, text.attribution];
    let ny = size.height - 14 - (notes.length - 1) * 17;
    for (const line of notes) {
      ctx.fillText(line, 20, ny, size.width - 40);
      ny += 17;
    }
    return new Promise((resolve, reject) =>
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  }

  private applyAll(): void {
    this.appliedClasses.clear();
    this.applyLevel();
    this.applyClasses();
    this.map.getSource<maplibregl.GeoJSONSource>(PLACES)?.setData(this.input.places);
    this.applyOutlines();
    this.applySelection(false);
    this.setCursor(this.input.addMode ? "crosshair" : "");
    if (this.input.focus && this.input.focus.length > 0) this.fitKommuner(this.input.focus);
  }

  private applyLevel(): void {
    const level = this.input.level;
    for (const l of LEVELS)
      this.map.setLayoutProperty(FILL[l], "visibility", l === level ? "visible" : "none");
    this.map.setLayoutProperty(L.regionBorder, "visibility", level === "fa" ? "visible" : "none");
    this.map.setPaintProperty(L.kommunBorder, "line-opacity", level === "kommun" ? 0.7 : 0.35);
    if (this.appliedLevel !== level) {
      this.appliedLevel = level;
      this.appliedClasses.clear();
    }
  }

  /** Sets feature state only where the class or mode changed. */
  private applyClasses(): void {
    const { level, classes, mode } = this.input;
    const source = SOURCE[level];
    const features =
      level === "kommun"
        ? this.input.geometry.kommuner.features
        : level === "fa"
          ? this.input.geometry.faRegioner.features
          : this.input.geometry.lan.features;
    for (const f of features) {
      const kod = f.properties.kod;
      const cls = classes.get(kod) ?? -1;
      const applied = this.appliedClasses.get(kod);
      if (applied && applied.cls === cls && applied.mode === mode) continue;
      this.map.setFeatureState({ source, id: kod }, { cls, mode });
      this.appliedClasses.set(kod, { cls, mode });
    }
  }

  private applyOutlines(): void {
    const { glesbygd, landsbygd } = this.input.outlines;
    for (const id of [L.glesbygdCasing, L.glesbygd])
      this.map.setLayoutProperty(id, "visibility", glesbygd ? "visible" : "none");
    for (const id of [L.landsbygdCasing, L.landsbygd])
      this.map.setLayoutProperty(id, "visibility", landsbygd ? "visible" : "none");
  }

  private applySelection(fly: boolean): void {
    const { selectedKod, level } = this.input;
    // The selection outline follows the shown level's source.
    const layer = this.map.getLayer(L.selected);
    if (layer && layer.source !== SOURCE[level]) {
      this.map.removeLayer(L.selected);
      this.map.addLayer(
        {
          id: L.selected,
          type: "line",
          source: SOURCE[level],
          filter: ["==", ["get", "kod"], selectedKod ?? ""],
          layout: { "line-join": "round" },
          paint: { "line-color": PLANNER_COLOURS.selected, "line-width": 3.5 },
        },
        L.places,
      );
    } else this.map.setFilter(L.selected, ["==", ["get", "kod"], selectedKod ?? ""]);
    if (!fly || selectedKod === null) return;
    const features =
      level === "kommun"
        ? this.input.geometry.kommuner.features
        : level === "fa"
          ? this.input.geometry.faRegioner.features
          : this.input.geometry.lan.features;
    const feature = features.find((f) => f.properties.kod === selectedKod);
    if (feature) {
      const bounds = new maplibregl.LngLatBounds();
      extendBounds(bounds, feature.geometry);
      this.map.fitBounds(bounds, { padding: 40, maxZoom: 8, duration: 600 });
    }
  }

  private setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = cursor;
  }

  private kommunAt(point: maplibregl.PointLike): string | null {
    const hit = this.map.queryRenderedFeatures(point, { layers: [L.hit] })[0];
    const kod = hit?.properties?.kod;
    return typeof kod === "string" ? kod : null;
  }

  private readonly onPressPlace = (
    event: (maplibregl.MapMouseEvent | maplibregl.MapTouchEvent) & {
      features?: maplibregl.MapGeoJSONFeature[];
    },
  ): void => {
    if (this.input.addMode) return;
    if ("points" in event && event.points.length !== 1) return;
    const id = event.features?.[0]?.properties?.id;
    if (typeof id !== "string") return;
    event.preventDefault();
    this.drag = { placeId: id, start: event.point, moved: false };
    this.setCursor("grabbing");
  };

  private readonly onPointerMove = (event: maplibregl.MapMouseEvent | maplibregl.MapTouchEvent): void => {
    const drag = this.drag;
    if (drag === null) return;
    if (!drag.moved && event.point.dist(drag.start) < DRAG_THRESHOLD_PX) return;
    if (!drag.moved) {
      drag.moved = true;
      this.popup?.remove();
    }
    this.callbacks.onDragMove(drag.placeId, event.lngLat.lng, event.lngLat.lat);
  };

  private readonly onRelease = (event: maplibregl.MapMouseEvent | maplibregl.MapTouchEvent): void => {
    const drag = this.drag;
    if (drag === null) return;
    this.drag = null;
    this.setCursor("");
    if (!drag.moved) return;
    this.suppressClick = true;
    setTimeout(() => (this.suppressClick = false), 0);
    this.callbacks.onDragEnd(drag.placeId, event.lngLat.lng, event.lngLat.lat, this.kommunAt(event.point));
  };

  private readonly onClick = (event: maplibregl.MapMouseEvent): void => {
    if (this.suppressClick) return;
    if (this.input.addMode) {
      this.callbacks.onAddAt(event.lngLat.lng, event.lngLat.lat, this.kommunAt(event.point));
      return;
    }
    const place = this.map.queryRenderedFeatures(event.point, { layers: [L.places] })[0];
    if (place) {
      this.openPopup(place.properties as PlannerPlaceProps, event.lngLat);
      return;
    }
    const area = this.map.queryRenderedFeatures(event.point, { layers: [FILL[this.input.level]] })[0];
    const kod = area?.properties?.kod;
    this.callbacks.onSelectArea(typeof kod === "string" ? kod : null);
  };

  private openPopup(place: PlannerPlaceProps, at: maplibregl.LngLatLike): void {
    this.popup?.remove();
    const text = this.input.popupText;
    const root = document.createElement("div");
    root.className = "planner-popup";
    const title = document.createElement("p");
    title.className = "planner-popup__title";
    title.textContent = place.label;
    const where = document.createElement("p");
    where.textContent = text.inKommun(place.kommunNamn);
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = text.close;
    close.dataset.testid = "planner-popup-close";
    close.addEventListener("click", () => {
      this.popup?.remove();
      this.callbacks.onClosePlace(place.id);
    });
    const move = document.createElement("button");
    move.type = "button";
    move.textContent = text.move;
    move.addEventListener("click", () => {
      this.popup?.remove();
      this.callbacks.onChoosePlace(place.id);
    });
    root.append(title, where, close, move);
    this.popup = new maplibregl.Popup({
      closeButton: true,
      focusAfterOpen: true,
      maxWidth: "280px",
      offset: 10,
    })
      .setLngLat(at)
      .setDOMContent(root)
      .addTo(this.map);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === "Escape" && this.input.addMode) this.callbacks.onCancelAdd();
  };
}
