// Place names on the map without a glyph server: plain HTML spans over the canvas, in the page's own font
// (so they work offline and in every language). Country names around Sweden, län names at country scale,
// kommun names when zoomed in; a greedy pass by rank keeps them from overlapping each other, and each
// label moves up or down a line when that keeps it off the place symbols (which stay clickable).
// The spans are decorative (aria-hidden): the list view and popups carry the same names as text.
import type * as maplibregl from "maplibre-gl";
import type { CountryCode, CountryCollection } from "../data/basemap";
import type { KommunCollection, RegionCollection } from "../data/schema";

export interface MapLabel {
  id: string;
  text: string;
  /** [lon, lat] in degrees. */
  lonLat: [number, number];
  /** Larger first: wins a collision. Population. */
  rank: number;
  level: "country" | "lan" | "kommun";
}

/** How the current language names what the map labels (Swedish names are the data's own). */
export interface MapLabelNames {
  lan: (swedishName: string) => string;
  country: (code: CountryCode) => string;
}

/** Countries outrank every län and kommun: they are few and frame the map. */
const COUNTRY_RANK = 1e9;

/** Below this zoom the län are named, from it on the kommuner. */
export const KOMMUN_LABEL_MIN_ZOOM = 6.5;

/** Approximate box of a 12 px label: average glyph width of the UI's sans-serif, plus padding. */
const CHAR_WIDTH_PX = 7;
const LABEL_HEIGHT_PX = 16;
const LABEL_PADDING_PX = 6;

export function mapLabels(
  kommuner: KommunCollection,
  lan: RegionCollection,
  countries: CountryCollection,
  names: MapLabelNames,
): MapLabel[] {
  return [
    ...countries.features
      .filter(({ properties: p }) => p.code !== "SE")
      .map(({ properties: p }) => ({
        id: `country-${p.code}`,
        text: names.country(p.code),
        lonLat: [p.labelLon, p.labelLat] as [number, number],
        rank: COUNTRY_RANK,
        level: "country" as const,
      })),
    ...lan.features.map(({ properties: p }) => ({
      id: `lan-${p.kod}`,
      text: names.lan(p.namn),
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

/** Vertical shifts (CSS pixels) tried in order for a label that would sit on place symbols. */
export const LABEL_SHIFTS_PX = [
  0,
  -LABEL_HEIGHT_PX,
  LABEL_HEIGHT_PX,
  -2 * LABEL_HEIGHT_PX,
  2 * LABEL_HEIGHT_PX,
];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Greedy label placement: highest rank first. For each label the shifts of LABEL_SHIFTS_PX are tried and
 * the first that covers no obstacle (a place symbol's screen position) wins; when every shift covers some,
 * the one covering fewest. A label is kept when its box is inside the viewport and overlaps no kept box.
 * Returns the shown ids with their vertical shift.
 */
export function placeLabels(
  candidates: readonly PlacedCandidate[],
  viewport: { width: number; height: number },
  obstacles: readonly { x: number; y: number }[] = [],
): Map<string, number> {
  const kept: Box[] = [];
  const shown = new Map<string, number>();
  const halfHeight = LABEL_HEIGHT_PX / 2 + LABEL_PADDING_PX / 2;
  for (const c of [...candidates].sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id))) {
    const halfWidth = (c.text.length * CHAR_WIDTH_PX) / 2 + LABEL_PADDING_PX;
    let best: { box: Box; shift: number; covered: number } | null = null;
    // Without obstacles a label stays on its point: a shift exists only to keep off the symbols.
    for (const shift of obstacles.length === 0 ? [0] : LABEL_SHIFTS_PX) {
      const box = {
        left: c.x - halfWidth,
        right: c.x + halfWidth,
        top: c.y + shift - halfHeight,
        bottom: c.y + shift + halfHeight,
      };
      const inside =
        box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height;
      const overlaps = kept.some(
        (k) => box.left < k.right && box.right > k.left && box.top < k.bottom && box.bottom > k.top,
      );
      if (!inside || overlaps) continue;
      const covered = obstacles.filter(
        (o) => o.x >= box.left && o.x <= box.right && o.y >= box.top && o.y <= box.bottom,
      ).length;
      if (best === null || covered < best.covered) best = { box, shift, covered };
      if (covered === 0) break;
    }
    if (best !== null) {
      kept.push(best.box);
      shown.set(c.id, best.shift);
    }
  }
  return shown;
}

/** The ids placeLabels would show, without obstacles. */
export function chooseLabels(
  candidates: readonly PlacedCandidate[],
  viewport: { width: number; height: number },
): Set<string> {
  return new Set(placeLabels(candidates, viewport).keys());
}

/** Owns the label spans of one map; repositions them once per frame while the map moves. */
export class HtmlLabelLayer {
  private readonly overlay: HTMLDivElement;
  private readonly spans = new Map<string, HTMLSpanElement>();
  private labels: MapLabel[] = [];
  private obstacles: readonly [number, number][] = [];
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

  /** The [lon, lat] of the place symbols labels should keep off. */
  setObstacles(lonLats: readonly [number, number][]): void {
    this.obstacles = lonLats;
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
      .filter((label) => label.level === level || label.level === "country")
      .map((label) => {
        const { x, y } = this.map.project(label.lonLat);
        return { id: label.id, text: label.text, x, y, rank: label.rank };
      });
    const viewport = { width: canvas.clientWidth, height: canvas.clientHeight };
    const obstacles = this.obstacles
      .map((lonLat) => this.map.project(lonLat))
      .filter(({ x, y }) => x >= 0 && y >= 0 && x <= viewport.width && y <= viewport.height);
    const shown = placeLabels(candidates, viewport, obstacles);
    for (const candidate of candidates) {
      const span = this.spans.get(candidate.id);
      const shift = shown.get(candidate.id) ?? 0;
      if (span)
        span.style.transform = `translate(${candidate.x}px, ${candidate.y + shift}px) translate(-50%, -50%)`;
    }
    for (const [id, span] of this.spans) span.hidden = !shown.has(id);
  };
}
