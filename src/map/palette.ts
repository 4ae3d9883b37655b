// Colours of the self-hosted base map and the place symbols. Symbol colours must keep a 3:1 contrast
// against both the land and the water colour (WCAG 2.1 SC 1.4.11); test/app/palette.test.ts checks it.
import type { MeetingKind } from "../data/schema";

export const BASE_COLOURS = {
  water: "#bdd6e8",
  land: "#f3f0e8",
  /** Neighbouring countries: greyer and darker than Sweden's land, lighter than every symbol. */
  neighbourLand: "#e2e0da",
  neighbourBorder: "#a9a59c",
  kommunBorder: "#b5ad9e",
  lanBorder: "#6f6a60",
  faBorder: "#2b6e6c",
  /** Outline that separates a filled symbol from its neighbours on the spread ring. */
  symbolOutline: "#ffffff",
  /** Dark ring marking samarbetslösningar and the selected place. */
  symbolDark: "#1f1d1a",
  /** The area within a chosen travel time: a light fill under the borders, a darker outline. */
  reachArea: "#7fb77e",
  reachAreaBorder: "#2f6b2e",
} as const;

export const KIND_COLOURS: Record<Exclude<MeetingKind, "provider">, string> = {
  spontaneous: "#6a2c91",
  booked: "#a84300",
};

/** Provider has no points; the legend shows its (disabled) swatch in a neutral grey. */
export const PROVIDER_COLOUR = "#6f6a60";

function channelToLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2.1 relative luminance of a "#rrggbb" colour. */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (
    0.2126 * channelToLinear((n >> 16) & 255) +
    0.7152 * channelToLinear((n >> 8) & 255) +
    0.0722 * channelToLinear(n & 255)
  );
}

/** WCAG 2.1 contrast ratio, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
