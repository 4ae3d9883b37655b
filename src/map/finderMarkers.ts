// The finder's answer on the map: a marker where the person searched from and a numbered pin on each
// listed result, numbered as in the result list. HTML markers rather than symbol layers because the map
// has no glyphs (nothing may leave the origin) and the numbers must stay above the place symbols.
// Decorative for assistive technology (aria-hidden): the result list carries the same numbers as text.
import * as maplibregl from "maplibre-gl";
import type { MeetingPlaceProps } from "../data/schema";
import type { FinderMapMessages } from "../i18n/finderMapMessages";
import type { FinderMapView } from "../state/finderMap";
import { KIND_COLOURS } from "./palette";

export class FinderMarkers {
  private origin: maplibregl.Marker | null = null;
  private pins = new Map<string, maplibregl.Marker>();
  private shownKey: string | null = null;

  constructor(
    private readonly map: maplibregl.Map,
    private readonly onPick: (placeId: string) => void,
  ) {}

  show(
    view: FinderMapView | null,
    messages: FinderMapMessages,
    places: ReadonlyMap<string, MeetingPlaceProps>,
    selectedId: string | null,
  ): void {
    this.clear();
    if (view === null) return;
    this.shownKey = view.key;
    const originElement = document.createElement("div");
    originElement.className = "map-origin";
    originElement.dataset.testid = "origin-marker";
    originElement.setAttribute("aria-hidden", "true");
    originElement.title = messages.originMarker;
    const dot = document.createElement("span");
    dot.className = "map-origin__dot";
    const name = document.createElement("span");
    name.className = "map-origin__name";
    name.textContent = view.originLabel;
    originElement.append(dot, name);
    // Anchored at the dot's centre (the element's left-middle plus half the dot).
    this.origin = new maplibregl.Marker({ element: originElement, anchor: "left", offset: [-9, 0] })
      .setLngLat(view.origin)
      .addTo(this.map);

    for (const pin of view.pins) {
      const element = document.createElement("div");
      element.className = `map-pin map-pin--${pin.kind}`;
      element.dataset.placeId = pin.placeId;
      element.setAttribute("aria-hidden", "true");
      element.style.background = KIND_COLOURS[pin.kind];
      element.textContent = String(pin.number);
      const place = places.get(pin.placeId);
      if (place !== undefined) element.title = messages.pinLabel(pin.number, messages.placeLabel(place));
      element.addEventListener("click", (event) => {
        event.stopPropagation();
        this.onPick(pin.placeId);
      });
      const marker = new maplibregl.Marker({ element, anchor: "bottom", offset: [0, -6] })
        .setLngLat(pin.lonLat)
        .addTo(this.map);
      this.pins.set(pin.placeId, marker);
    }
    this.setSelected(selectedId);
  }

  /** Highlights the selected place's pin (the list's selection), if it has one. */
  setSelected(placeId: string | null): void {
    for (const [id, marker] of this.pins) {
      const selected = id === placeId;
      marker.getElement().classList.toggle("is-selected", selected);
      // The selected pin is drawn above its neighbours.
      marker.getElement().style.zIndex = selected ? "2" : "";
    }
  }

  get key(): string | null {
    return this.shownKey;
  }

  destroy(): void {
    this.clear();
  }

  private clear(): void {
    this.origin?.remove();
    this.origin = null;
    for (const marker of this.pins.values()) marker.remove();
    this.pins.clear();
    this.shownKey = null;
  }
}
