// One table of how each (form, status) is drawn. The map's paint expressions and the legend's SVG swatches
// are both generated from it, so the legend is exactly what the map shows. Circle layers only: there is no
// sprite or glyph server, so shapes come from radius, stroke and a centre dot.
import type { MeetingForm, MeetingKind, MeetingStatus } from "../data/schema";
import { BASE_COLOURS, KIND_COLOURS } from "./palette";

export interface SymbolSpec {
  /** Circle radius in CSS pixels at the reference zoom (see map/layers.ts for zoom scaling). */
  radius: number;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  /** A white dot in the centre marks "Kontor vi reser till". */
  centreDot: boolean;
  /** Draw order within the layer (higher on top): small symbols above large ones so none is buried. */
  sortKey: number;
}

export const FORM_KIND: Record<MeetingForm, Exclude<MeetingKind, "provider">> = {
  servicekontor: "spontaneous",
  fast_bemannat: "booked",
  reser_till: "booked",
  samarbetslosning: "booked",
};

export const FORMS: readonly MeetingForm[] = [
  "servicekontor",
  "fast_bemannat",
  "reser_till",
  "samarbetslosning",
];
export const STATUSES: readonly MeetingStatus[] = ["current", "planned", "pending"];

const FORM_RADIUS: Record<MeetingForm, number> = {
  servicekontor: 6,
  fast_bemannat: 7.5,
  reser_till: 6,
  samarbetslosning: 6,
};

const FORM_SORT_KEY: Record<MeetingForm, number> = {
  fast_bemannat: 0,
  samarbetslosning: 1,
  reser_till: 2,
  servicekontor: 3,
};

export const CENTRE_DOT_RADIUS = 2.2;

/**
 * Form is told apart by size (fast bemannat is largest), a centre dot (reser till) and a dark outer ring
 * (samarbetslösning). Status: current is filled; planned is a hollow ring; pending is a pale fill with a
 * thick ring in the kind colour, so the ring keeps the 3:1 contrast even where the fill does not.
 */
export function symbolFor(form: MeetingForm, status: MeetingStatus): SymbolSpec {
  const colour = KIND_COLOURS[FORM_KIND[form]];
  const shared = { centreDot: form === "reser_till", sortKey: FORM_SORT_KEY[form] };
  const radius = FORM_RADIUS[form];
  // Samarbetslösningar keep their dark ring in every status so the form stays readable.
  const isSamarbete = form === "samarbetslosning";
  switch (status) {
    case "current":
      return {
        ...shared,
        radius,
        fill: colour,
        fillOpacity: 1,
        stroke: isSamarbete ? BASE_COLOURS.symbolDark : BASE_COLOURS.symbolOutline,
        strokeWidth: isSamarbete ? 2 : 1.5,
      };
    case "planned":
      return {
        ...shared,
        radius: radius - 1,
        fill: colour,
        fillOpacity: 0,
        stroke: colour,
        strokeWidth: 2.5,
      };
    case "pending":
      return {
        ...shared,
        radius: radius - 1,
        fill: colour,
        fillOpacity: 0.3,
        stroke: isSamarbete ? BASE_COLOURS.symbolDark : colour,
        strokeWidth: 3,
      };
  }
}
