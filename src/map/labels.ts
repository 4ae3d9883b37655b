// Place names on the map without a glyph server: plain HTML spans over the canvas. Län names at country
// scale, kommun names when zoomed in; a greedy pass by population keeps them from overlapping.
// The spans are decorative (aria-hidden): the list view and popups carry the same names as text.
import type * as maplibregl from "maplibre-gl";
import type { KommunCollection, RegionCollection } from "../data/schema";

export interface MapLabel {
  id: string;
  text: string;
  /** [lon, lat] in degrees. */
  lonLat: [number, number];
  /** Larger first: wins a collision. Population. */
  rank: number;
  level: "lan" | "kommun";
}

/** Below this zoom the län are named, from it on the kommuner. */
export const KOMMUN_LABEL_MIN_ZOOM = 6.5;

/** Approximate box of a 12 px label: average glyph width of the UI's sans-serif, plus padding. */
const CHAR_WIDTH_PX = 7;
const LABEL_HEIGHT_PX = 16;
const LABEL_PADDING_PX = 6;

export function mapLabels(kommuner: KommunCollection, lan: RegionCollection): MapLabel[] {
  return [
    ...lan.features.map(({ properties: p }) => ({
      id: `lan-${p.kod}`,
      text: p.namn,
      lonLat: [p.labelLon, p.labelLat] as [number, number],
      rank: p.befolkning,
      level: "lan" as const,
    })),
    ...kommuner.features.map(({ properties: p }) => ({
      id: `kommun-${p.kod}`,
      text: p.namn,
      lonLat: [p.labelLon, p.labelLat] as [number, number],
      rank: p.befolkning,
      level: "kommun" as const,
    })),
  ];
}

export interface PlacedCandidate {
  id: string;
  text: string;
  /** Screen position of the label's centre, CSS pixels. */
  x: number;
  y: number;
  rank: number;
}

/**
 * Greedy label placement: highest rank first, a label is kept when its box is inside the viewport and
 * overlaps no kept box. Returns the ids to show.
 */
export function chooseLabels(
  candidates: readonly PlacedCandidate[],
  viewport: { width: number; height: number },
): Set<string> {
  const kept: { left: number; right: number; top: number; bottom: number }[] = [];
  const shown = new Set<string>();
  for (const c of [...candidates].sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id))) {
    const halfWidth = (c.text.length * CHAR_WIDTH_PX) / 2 + LABEL_PADDING_PX;
    const halfHeight = LABEL_HEIGHT_PX / 2 + LABEL_PADDING_PX / 2;
    const box = {
      left: c.x - halfWidth,
      right: c.x + halfWidth,
      top: c.y - halfHeight,
      bottom: c.y + halfHeight,
    };
    const inside =
      box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height;
    const overlaps = kept.some(
      (k) => box.left < k.right && box.right > k.left && box.top < k.bottom && box.bottom > k.top,
    );
    if (inside && !overlaps) {
      kept.push(box);
      shown.add(c.id);
    }
  }
  return shown;
}

/** Owns the label spans of one map; repositions them once per frame while the map moves. */
export class HtmlLabelLayer {
  private readonly overlay: HTMLDivElement;
  private readonly spans = new Map<string, HTMLSpanElement>();
  private labels: MapLabel[] = [];
  private frame: number | null = null;

  constructor(private readonly map: maplibregl.Map) {
    this.overlay = document.createElement("div");
    this.overlay.className = "map-labels";
    this.overlay.setAttribute("aria-hidden", "true");
    map.getCanvasContainer().appendChild(this.overlay);
    map.on("move", this.schedule);
    map.on("resize", this.schedule);
  }

  setLabels(labels: MapLabel[]): void {
    this.labels = labels;
    this.spans.clear();
    this.overlay.replaceChildren(
      ...labels.map((label) => {
        const span = document.createElement("span");
        span.className = `map-label map-label--${label.level}`;
        span.textContent = label.text;
        this.spans.set(label.id, span);
        return span;
      }),
    );
    this.schedule();
  }

  setVisible(visible: boolean): void {
    this.overlay.hidden = !visible;
  }

  destroy(): void {
    this.map.off("move", this.schedule);
    this.map.off("resize", this.schedule);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.overlay.remove();
  }

  private readonly schedule = (): void => {
    if (this.frame === null) this.frame = requestAnimationFrame(this.update);
  };

  private readonly update = (): void => {
    this.frame = null;
    const level = this.map.getZoom() < KOMMUN_LABEL_MIN_ZOOM ? "lan" : "kommun";
    const canvas = this.map.getCanvas();
    const candidates: PlacedCandidate[] = this.labels
      .filter((label) => label.level === level)
      .map((label) => {
        const { x, y } = this.map.project(label.lonLat);
        return { id: label.id, text: label.text, x, y, rank: label.rank };
      });
    const shown = chooseLabels(candidates, { width: canvas.clientWidth, height: canvas.clientHeight });
    for (const candidate of candidates) {
      const span = this.spans.get(candidate.id);
      if (span) span.style.transform = `translate(${candidate.x}px, ${candidate.y}px) translate(-50%, -50%)`;
    }
    for (const [id, span] of this.spans) span.hidden = !shown.has(id);
  };
}
