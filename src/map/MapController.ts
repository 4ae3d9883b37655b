// The single imperative owner of the maplibregl.Map (STYLE habit 3). React hands it data and view state
// through the setters below; each setter compares with what the map already has, so sources are only
// re-uploaded when their data object changed and the map is never rebuilt.
import * as maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import type { MeetingPlaceProps } from "../data/schema";
import type { FinderMapMessages } from "../i18n/finderMapMessages";
import type { Messages } from "../i18n/messages";
import { describePlace } from "../state/describePlace";
import type { FinderMapView } from "../state/finderMap";
import { isPlaceVisible, type LayerToggles } from "../state/toggles";
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
import { FinderMarkers } from "./finderMarkers";
import { HtmlLabelLayer, mapLabels, type MapLabelNames } from "./labels";
import { IMPORTED_LAYER, IMPORTED_SOURCE, showImported } from "./importedLayer";
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
  mapMessages: FinderMapMessages;
  /** The finder's answer to show (origin, numbered pins, extent), or null before a search. */
  finderView: FinderMapView | null;
}

/** Padding (CSS pixels) kept around a fitted finder answer, so pins and the origin are not at the edge. */
const FIT_PADDING_PX = 48;

/** Space (CSS pixels) a popup keeps from the map's edges. */
const POPUP_MARGIN_PX = 12;

function labelNames(m: FinderMapMessages): MapLabelNames {
  return { lan: m.lanLabel, country: (code) => m.country[code] };
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
  private readonly markers: FinderMarkers;
  private mapMessages: FinderMapMessages;
  private finderView: FinderMapView | null = null;
  /** The element that asked for the open popup (a result's button), to get focus back when it closes. */
  private popupOpener: HTMLElement | null = null;
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
    this.mapMessages = input.mapMessages;
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
    this.setLabels();
    this.updateObstacles();
    this.markers = new FinderMarkers(this.map, (placeId) => this.userSelects(placeId));
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    // The view the map shows, for tests and tools: [[west, south], [east, north]] after every move.
    this.map.on("moveend", this.recordBounds);
    this.recordBounds();
    this.setFinderView(input.finderView);

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
    // Counted from the source's loaded data, not from the rendered tiles: the finder may have zoomed the
    // map to a place far from the imported ones.
    this.map.once("idle", () => {
      const source = this.map.getSource<maplibregl.GeoJSONSource>(IMPORTED_SOURCE);
      const container = this.map.getContainer();
      if (!source || !this.imported.data) {
        container.dataset.importedPlaces = "0";
        return;
      }
      void source.getData().then((data) => {
        const features = "features" in data ? data.features : [];
        container.dataset.importedPlaces = String(
          new Set(features.map((f) => String(f.properties?.id))).size,
        );
      });
    });
  }

  setData(data: MapLayerData): void {
    const previous = this.data;
    this.data = data;
    if (data.places !== previous.places) this.indexPlaces();
    if (data.places !== previous.places) this.updateObstacles();
    if (
      data.kommuner !== previous.kommuner ||
      data.lan !== previous.lan ||
      data.countries !== previous.countries
    )
      this.setLabels();
    this.updateSource(SOURCE.kommuner, previous.kommuner, data.kommuner);
    this.updateSource(SOURCE.lan, previous.lan, data.lan);
    this.updateSource(SOURCE.faRegioner, previous.faRegioner, data.faRegioner);
    this.updateSource(SOURCE.places, previous.places, data.places);
    this.updateSource(SOURCE.reachArea, previous.reachArea, data.reachArea);
    this.updateSource(SOURCE.countries, previous.countries, data.countries);
  }

  /**
   * Shows a finder answer: the origin marker and numbered pins, and fits the map to the origin and the
   * nearest place of each kind whenever the answer is a new one (not on every re-render).
   */
  setFinderView(view: FinderMapView | null): void {
    const previous = this.finderView;
    this.finderView = view;
    this.markers.show(view, this.mapMessages, this.placesById, this.selectedId);
    if (view === null || view.key === previous?.key) return;
    this.map.fitBounds(view.bounds, { padding: this.fitPadding(), maxZoom: view.maxZoom, duration: 0 });
  }

  setToggles(toggles: LayerToggles): void {
    if (toggles === this.toggles) return;
    this.toggles = toggles;
    this.map.setFilter(LAYER.places, placeFilter(toggles));
    this.map.setFilter(LAYER.placeCentreDot, centreDotFilter(toggles));
    this.map.setFilter(LAYER.selectedPlace, selectedFilter(toggles, this.selectedId));
    this.map.setLayoutProperty(LAYER.faBorder, "visibility", faVisibility(toggles));
    this.updateObstacles();
  }

  /**
   * Shows the selection. `fly` is true when the selection came from the app (the list), false when the
   * map made it and its popup is already open.
   */
  setSelection(placeId: string | null, fly: boolean): void {
    if (placeId !== this.selectedId) {
      this.selectedId = placeId;
      this.map.setFilter(LAYER.selectedPlace, selectedFilter(this.toggles, placeId));
      this.markers.setSelected(placeId);
    }
    if (placeId === null) {
      this.closePopupSilently();
      return;
    }
    const place = this.placesById.get(placeId);
    if (place === undefined) return;
    if (fly) {
      // Remember who asked (a "Visa på kartan" or result button) so closing the popup returns there.
      const active = document.activeElement;
      this.popupOpener =
        active instanceof HTMLElement && !this.map.getContainer().contains(active) ? active : null;
      const lonLat: [number, number] = [place.displayLon, place.displayLat];
      // A numbered pin already on screen is only highlighted: flying away would lose the fitted answer.
      const onFinderPin = this.finderView?.pins.some((pin) => pin.placeId === placeId) ?? false;
      if (!(onFinderPin && this.map.getBounds().contains(lonLat)))
        this.map.flyTo({ center: lonLat, zoom: Math.max(this.map.getZoom(), 9) });
    }
    if (this.popupPlaceId !== placeId) this.openPopup(place);
  }

  setMessages(
    messages: Messages,
    lanNames: ReadonlyMap<string, string>,
    mapMessages: FinderMapMessages,
  ): void {
    if (messages === this.messages && lanNames === this.lanNames && mapMessages === this.mapMessages) return;
    this.messages = messages;
    this.lanNames = lanNames;
    if (mapMessages !== this.mapMessages) {
      this.mapMessages = mapMessages;
      this.setLabels();
      this.markers.show(this.finderView, mapMessages, this.placesById, this.selectedId);
    }
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
    this.map.off("moveend", this.recordBounds);
    this.closePopupSilently();
    this.markers.destroy();
    this.labels.destroy();
    this.map.remove();
  }

  private indexPlaces(): void {
    this.placesById = new Map(
      this.data.places.features.map((feature) => [feature.properties.id, feature.properties]),
    );
  }

  private setLabels(): void {
    this.labels.setLabels(
      mapLabels(this.data.kommuner, this.data.lan, this.data.countries, labelNames(this.mapMessages)),
    );
  }

  /** Labels keep off the visible place symbols. */
  private updateObstacles(): void {
    this.labels.setObstacles(
      this.data.places.features
        .filter((feature) => isPlaceVisible(feature.properties, this.toggles))
        .map((feature) => [feature.properties.displayLon, feature.properties.displayLat]),
    );
  }

  private fitPadding(): number {
    const canvas = this.map.getCanvas();
    // A small map (a phone) cannot spare 48 px on each side.
    return Math.min(FIT_PADDING_PX, Math.floor(Math.min(canvas.clientWidth, canvas.clientHeight) / 8));
  }

  private readonly recordBounds = (): void => {
    const bounds = this.map.getBounds();
    const round = (n: number) => Math.round(n * 1e4) / 1e4;
    this.map.getContainer().dataset.mapBounds = JSON.stringify([
      [round(bounds.getWest()), round(bounds.getSouth())],
      [round(bounds.getEast()), round(bounds.getNorth())],
    ]);
  };

  private updateSource(id: SourceId, previous: unknown, next: MapLayerData[keyof MapLayerData]): void {
    if (previous === next) return;
    this.map.getSource<maplibregl.GeoJSONSource>(id)?.setData(next);
  }

  private describe(place: MeetingPlaceProps): HTMLElement {
    const description = describePlace(place, this.messages, this.lanNames.get(place.lanKod));
    return popupContent({ ...description, title: this.mapMessages.placeLabel(place) });
  }

  /** A selection made on the map: show it here, then tell React (which will not fly back to it). */
  private userSelects(placeId: string): void {
    const place = this.placesById.get(placeId);
    if (place === undefined) return;
    this.selectedId = placeId;
    this.map.setFilter(LAYER.selectedPlace, selectedFilter(this.toggles, placeId));
    this.markers.setSelected(placeId);
    this.popupOpener = null;
    this.openPopup(place);
    this.callbacks.onSelectPlace(placeId);
  }

  private openPopup(place: MeetingPlaceProps): void {
    this.closePopupSilently();
    // The popup must fit inside the map on every side: MapLibre picks the anchor that fits, given a
    // width and height that can fit at all (half the map's height above or below the place).
    const container = this.map.getContainer();
    const maxWidth = Math.max(160, Math.min(320, container.clientWidth - 2 * POPUP_MARGIN_PX));
    const maxHeight = Math.max(120, Math.floor(container.clientHeight / 2) - 24 - POPUP_MARGIN_PX);
    container.style.setProperty("--map-popup-max-height", `${maxHeight}px`);
    const popup = new maplibregl.Popup({
      closeButton: true,
      focusAfterOpen: true,
      maxWidth: `${maxWidth}px`,
      offset: 12,
      padding: {
        top: POPUP_MARGIN_PX,
        bottom: POPUP_MARGIN_PX,
        left: POPUP_MARGIN_PX,
        right: POPUP_MARGIN_PX,
      },
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
      this.markers.setSelected(null);
      this.callbacks.onSelectPlace(null);
      // Back to the result that opened it, if it is still on the page; otherwise to the map.
      const opener = this.popupOpener;
      this.popupOpener = null;
      if (opener !== null && opener.isConnected) opener.focus();
      else this.map.getCanvas().focus();
    });
    this.popup = popup;
    this.popupPlaceId = place.id;
    popup.addTo(this.map);
    // Escape closes it, wherever focus is inside the popup.
    popup.getElement()?.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      popup.remove();
    });
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
    if (event.key === "Escape" && this.popup !== null) {
      this.popup.remove();
      return;
    }
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
