// The finder's answer on the map: a marker where the person searched from and a numbered pin on each
// listed result, numbered as in the result list. HTML markers rather than symbol layers because the map
// has no glyphs (nothing may leave the origin) and the numbers must stay above the place symbols.
// Decorative for assistive technology (aria-hidden): the result list carries the same numbers as text.
import * as maplibregl from "maplibre-gl";
import type { MeetingPlaceProps } from "../data/schema";
import type { FinderMapMessages } from "../i18n/finderMapMessages";
import type { FinderMapView } from "../state/finderMap";
import { KIND_COLOURS } from "./palette";

/**
 * Pins closer than this (degrees, ≈ 1 km north–south) share a spot and are fanned out side by side: at
 * the closest fitted zoom (12) that is about 60 px, at the usual city fit well under one pin's width.
 */
const SAME_SPOT_DEG = 0.01;
/** Horizontal step between fanned pins, CSS pixels (a pin is 24 px wide). */
const FAN_STEP_PX = 26;

/**
 * Horizontal offsets (CSS pixels) that fan out pins sharing a spot, so in a city where the listed
 * places lie a few hundred metres apart each number stays visible and clickable. Pure.
 */
export function fanOffsets(lonLats: readonly [number, number][]): number[] {
  // Single-link groups: a pin joins the first group with a member within SAME_SPOT_DEG on both axes.
  const groups: number[][] = [];
  lonLats.forEach(([lon, lat], index) => {
    const near = (other: number) =>
      Math.abs(lonLats[other]![0] - lon) < SAME_SPOT_DEG &&
      Math.abs(lonLats[other]![1] - lat) < SAME_SPOT_DEG;
    const group = groups.find((members) => members.some(near));
    if (group === undefined) groups.push([index]);
    else group.push(index);
  });
  const offsets = lonLats.map(() => 0);
  for (const members of groups)
    members.forEach((index, i) => {
      offsets[index] = (i - (members.length - 1) / 2) * FAN_STEP_PX;
    });
  return offsets;
}

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

    const offsets = fanOffsets(view.pins.map((pin) => pin.lonLat));
    view.pins.forEach((pin, index) => {
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
      const marker = new maplibregl.Marker({ element, anchor: "bottom", offset: [offsets[index] ?? 0, -6] })
        .setLngLat(pin.lonLat)
        .addTo(this.map);
      this.pins.set(pin.placeId, marker);
    });
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
