// Colours of the planner's choropleth. Value classes: viridis (perceptually uniform, readable with the
// common colour-vision deficiencies and in greyscale), class 0 = best. Difference classes: ColorBrewer
// RdBu (marked colour-blind safe), blue = better, red = worse, a near-white middle for "no change".
import { CLASS_COUNT, DIFF_CLASS_COUNT } from "../../state/planner/indicators";
import { NO_CONNECTION_CLASS } from "../../state/transit/transitFigures";

export const VALUE_COLOURS: readonly string[] = [
  "#fde725",
  "#7ad151",
  "#22a884",
  "#2a788e",
  "#414487",
  "#440154",
];
export const DIFF_COLOURS: readonly string[] = [
  "#2166ac",
  "#67a9cf",
  "#d1e5f0",
  "#f7f7f7",
  "#fddbc7",
  "#ef8a62",
  "#b2182b",
];
/** No data / no road link (Gotland for a kind that has no place there): neutral grey, named in the legend. */
export const NO_DATA_COLOUR = "#b8b8b8";
/**
 * Public transport: the median inhabitant has no connection within the window. Near-black, darker than
 * viridis' worst class, so "no connection" reads as beyond the slowest and never as a mere long time.
 */
export const NO_CONNECTION_COLOUR = "#262421";
export { NO_CONNECTION_CLASS };

export const PLANNER_COLOURS = {
  water: "#dfe9f0",
  kommunBorder: "#ffffff",
  lanBorder: "#1f1d1a",
  outline: "#1f1d1a",
  outlineCasing: "#ffffff",
  selected: "#e8175d",
  placeFill: "#ffffff",
  placeStroke: "#1f1d1a",
  addedFill: "#1f1d1a",
  addedStroke: "#ffffff",
} as const;

if (
  VALUE_COLOURS.length !== CLASS_COUNT ||
  NO_CONNECTION_CLASS !== CLASS_COUNT ||
  DIFF_COLOURS.length !== DIFF_CLASS_COUNT
)
  throw new Error("planner palette does not match the class counts");

export function classColour(cls: number, mode: "value" | "difference"): string {
  if (mode === "value" && cls === NO_CONNECTION_CLASS) return NO_CONNECTION_COLOUR;
  const colours = mode === "value" ? VALUE_COLOURS : DIFF_COLOURS;
  return colours[cls] ?? NO_DATA_COLOUR;
}
