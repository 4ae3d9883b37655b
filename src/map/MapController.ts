// The single imperative owner of the maplibregl.Map (STYLE habit 3). React hands it data and view state
// through the setters below; each setter compares with what the map already has, so sources are only
// re-uploaded when their data object changed and the map is never rebuilt.
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { MeetingPlaceProps } from "../data/schema";
import type { Messages } from "../i18n/messages";
import { describePlace } from "../state/describePlace";
import type { LayerToggles } from "../state/toggles";
import {
  buildStyle,
  centreDotFilter,
  faVisibility,
  LAYER,
  placeFilter,
  selectedFilter,
  SOURCE,
  SWEDEN_BOUNDS,
  type MapLayerData,
  type SourceId,
} from "./layers";
import { IMPORTED_LAYER, IMPORTED_SOURCE, showImported } from "./importedLayer";
import { HtmlLabelLayer, mapLabels } from "./labels";
import { popupContent } from "./popupContent";

// MapLibre 6 runs its worker from a separate file; without this a production build fails at runtime.
maplibregl.setWorkerUrl(workerUrl);

export interface MapCallbacks {
  /** A place was opened (click, Enter) or its popup closed (null) by the user on the map. */
  onSelectPlace: (placeId: string | null) => void;
  /** `load` fired, the data layers are in, and the first frame with them has rendered. */
  onReady: () => void;
  /** Rendering failed after construction (e.g. the WebGL context could not be restored). */
  onError: (error: Error) => void;
}

export interface MapInput {
  data: MapLayerData;
  toggles: LayerToggles;
  selectedId: string | null;
  messages: Messages;
  lanNames: ReadonlyMap<string, string>;
}

export interface ImportedLayerInput {
  /** blob: URL of the GeoJSON, or null for none. */
  data: string | null;
  visible: boolean;
  /** Popup content for an imported place's id. */
  describe: ((id: string) => HTMLElement) | null;
}

/** How far from the map centre (CSS pixels) Enter looks for a place. */
const KEYBOARD_PICK_RADIUS_PX = 48;

export class MapController {
  private readonly map: maplibregl.Map;
  private data: MapLayerData;
  private toggles: LayerToggles;
  private selectedId: string | null;
  private messages: Messages;
  private lanNames: ReadonlyMap<string, string>;
  private placesById = new Map<string, MeetingPlaceProps>();
  private popup: maplibregl.Popup | null = null;
  private popupPlaceId: string | null = null;
  private loaded = false;
  private readonly labels: HtmlLabelLayer;
  /** The imported list's layer: data URL, visibility and how to describe one of its places. */
  private imported: ImportedLayerInput = { data: null, visible: false, describe: null };

  /** Throws maplibregl.GPUInitializationError when WebGL 2 is unavailable; the caller shows the list. */
  constructor(
    container: HTMLElement,
    input: MapInput,
    private readonly callbacks: MapCallbacks,
  ) {
    this.data = input.data;
    this.toggles = input.toggles;
    this.selectedId = input.selectedId;
    this.messages = input.messages;
    this.lanNames = input.lanNames;
    this.indexPlaces();

    this.map = new maplibregl.Map({
      container,
      style: buildStyle(input.data, input.toggles, input.selectedId),
      bounds: SWEDEN_BOUNDS,
      fitBoundsOptions: { padding: 16 },
      // Keep the view around Scandinavia; there is nothing to see elsewhere.
      maxBounds: [
        [-5, 50],
        [42, 73],
      ],
      minZoom: 2,
      maxZoom: 13,
      dragRotate: false,
      pitchWithRotate: false,
      // Sources are credited in HTML under the map (MapPanel) and in "Om data": an overlay control would
      // cover Skåne at 320 px and repeat text the page already shows.
      attributionControl: false,
      locale: input.messages.map.maplibreLocale,
    });
    this.map.touchZoomRotate.disableRotation();
    this.labels = new HtmlLabelLayer(this.map);
    this.labels.setLabels(mapLabels(input.data.kommuner, input.data.lan));
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");

    this.map.once("load", () => {
      this.loaded = true;
      this.applyImported();
      this.map.once("idle", () => this.callbacks.onReady());
    });
    this.map.on("error", (event) => {
      // Data or render errors are logged; only a lost GPU makes the map unusable.
      console.error(event.error);
      if (event.error instanceof maplibregl.GPUInitializationError) this.callbacks.onError(event.error);
    });
    this.map.on("click", LAYER.places, (event) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === "string") this.userSelects(id);
    });
    this.map.on("mouseenter", LAYER.places, () => {
      this.map.getCanvas().style.cursor = "pointer";
    });
    this.map.on("mouseleave", LAYER.places, () => {
      this.map.getCanvas().style.cursor = "";
    });
    this.map.getCanvas().addEventListener("keydown", this.onKeyDown);
    this.map.on("click", IMPORTED_LAYER, (event) => {
      const feature = event.features?.[0];
      if (!feature || !this.imported.describe || feature.geometry.type !== "Point") return;
      this.closePopupSilently();
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      this.popup = new maplibregl.Popup({
        closeButton: true,
        focusAfterOpen: true,
        maxWidth: "320px",
        offset: 12,
      })
        .setLngLat([lon, lat])
        .setDOMContent(this.imported.describe(String(feature.properties.id)))
        .addTo(this.map);
    });
  }

  /** The places imported from the user's file (see map/importedLayer.ts). */
  setImported(input: ImportedLayerInput): void {
    this.imported = input;
    if (this.loaded) this.applyImported();
  }

  private applyImported(): void {
    showImported(this.map, this.imported.data, this.imported.visible);
    // Once drawn, the container says how many imported places the map holds (for people's tools and
    // the e2e test; MapLibre's canvas has no other readable trace of them).
    this.map.once("idle", () => {
      const ids = new Set(this.map.querySourceFeatures(IMPORTED_SOURCE).map((f) => String(f.properties.id)));
      this.map.getContainer().dataset.importedPlaces = String(this.imported.data ? ids.size : 0);
    });
  }

  setData(data: MapLayerData): void {
    const previous = this.data;
    this.data = data;
    if (data.places !== previous.places) this.indexPlaces();
    if (data.kommuner !== previous.kommuner || data.lan !== previous.lan)
      this.labels.setLabels(mapLabels(data.kommuner, data.lan));
    this.updateSource(SOURCE.kommuner, previous.kommuner, data.kommuner);
    this.updateSource(SOURCE.lan, previous.lan, data.lan);
    this.updateSource(SOURCE.faRegioner, previous.faRegioner, data.faRegioner);
    this.updateSource(SOURCE.places, previous.places, data.places);
    this.updateSource(SOURCE.reachArea, previous.reachArea, data.reachArea);
  }

  setToggles(toggles: LayerToggles): void {
    if (toggles === this.toggles) return;
    this.toggles = toggles;
    this.map.setFilter(LAYER.places, placeFilter(toggles));
    this.map.setFilter(LAYER.placeCentreDot, centreDotFilter(toggles));
    this.map.setFilter(LAYER.selectedPlace, selectedFilter(toggles, this.selectedId));
    this.map.setLayoutProperty(LAYER.faBorder, "visibility", faVisibility(toggles));
  }

  /**
   * Shows the selection. `fly` is true when the selection came from the app (the list), false when the
   * map made it and its popup is already open.
   */
  setSelection(placeId: string | null, fly: boolean): void {
    if (placeId !== this.selectedId) {
      this.selectedId = placeId;
      this.map.setFilter(LAYER.selectedPlace, selectedFilter(this.toggles, placeId));
    }
    if (placeId === null) {
      this.closePopupSilently();
      return;
    }
    const place = this.placesById.get(placeId);
    if (place === undefined) return;
    if (fly) {
      this.map.flyTo({ center: [place.displayLon, place.displayLat], zoom: Math.max(this.map.getZoom(), 9) });
    }
    if (this.popupPlaceId !== placeId) this.openPopup(place);
  }

  setMessages(messages: Messages, lanNames: ReadonlyMap<string, string>): void {
    if (messages === this.messages && lanNames === this.lanNames) return;
    this.messages = messages;
    this.lanNames = lanNames;
    const open = this.popupPlaceId === null ? undefined : this.placesById.get(this.popupPlaceId);
    if (open !== undefined && this.popup !== null) this.popup.setDOMContent(this.describe(open));
  }

  /** Points the focusable canvas at the element that explains keyboard use. */
  setCanvasDescription(elementId: string): void {
    this.map.getCanvas().setAttribute("aria-describedby", elementId);
  }

  isLoaded(): boolean {
    return this.loaded;
  }

  destroy(): void {
    this.map.getCanvas().removeEventListener("keydown", this.onKeyDown);
    this.closePopupSilently();
    this.labels.destroy();
    this.map.remove();
  }

  private indexPlaces(): void {
    this.placesById = new Map(
      this.data.places.features.map((feature) => [feature.properties.id, feature.properties]),
    );
  }

  private updateSource(id: SourceId, previous: unknown, next: MapLayerData[keyof MapLayerData]): void {
    if (previous === next) return;
    this.map.getSource<maplibregl.GeoJSONSource>(id)?.setData(next);
  }

  private describe(place: MeetingPlaceProps): HTMLElement {
    return popupContent(describePlace(place, this.messages, this.lanNames.get(place.lanKod)));
  }

  /** A selection made on the map: show it here, then tell React (which will not fly back to it). */
  private userSelects(placeId: string): void {
    const place = this.placesById.get(placeId);
    if (place === undefined) return;
    this.selectedId = placeId;
    this.map.setFilter(LAYER.selectedPlace, selectedFilter(this.toggles, placeId));
    this.openPopup(place);
    this.callbacks.onSelectPlace(placeId);
  }

  private openPopup(place: MeetingPlaceProps): void {
    this.closePopupSilently();
    const popup = new maplibregl.Popup({
      closeButton: true,
      focusAfterOpen: true,
      maxWidth: "320px",
      offset: 12,
    })
      .setLngLat([place.displayLon, place.displayLat])
      .setDOMContent(this.describe(place));
    popup.on("close", () => {
      // closePopupSilently forgets the popup before removing it, so this only acts on a user's close.
      if (this.popup !== popup) return;
      this.popup = null;
      this.popupPlaceId = null;
      this.selectedId = null;
      this.map.setFilter(LAYER.selectedPlace, selectedFilter(this.toggles, null));
      this.callbacks.onSelectPlace(null);
      this.map.getCanvas().focus();
    });
    this.popup = popup;
    this.popupPlaceId = place.id;
    popup.addTo(this.map);
  }

  private closePopupSilently(): void {
    const popup = this.popup;
    if (popup === null) return;
    this.popup = null;
    this.popupPlaceId = null;
    popup.remove();
  }

  /** Enter on the focused map opens the place nearest the centre, so places are reachable without a mouse. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== "Enter" || !this.loaded) return;
    const canvas = this.map.getCanvas();
    const centre = { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 };
    const r = KEYBOARD_PICK_RADIUS_PX;
    const features = this.map.queryRenderedFeatures(
      [
        [centre.x - r, centre.y - r],
        [centre.x + r, centre.y + r],
      ],
      { layers: [LAYER.places] },
    );
    let best: { id: string; distance: number } | null = null;
    for (const feature of features) {
      const place = this.placesById.get(String(feature.properties.id));
      if (place === undefined) continue;
      const point = this.map.project([place.displayLon, place.displayLat]);
      const distance = Math.hypot(point.x - centre.x, point.y - centre.y);
      if (best === null || distance < best.distance) best = { id: place.id, distance };
    }
    if (best !== null) {
      event.preventDefault();
      this.userSelects(best.id);
    }
  };
}
