// The whole map style as data: a plain self-hosted base built from the neighbouring countries (Natural
// Earth, scripts/build-basemap.ts) and the kommun and län polygons, plus the place layers. No remote source, no glyphs, no sprite, no tiles: nothing leaves the site's origin.
import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import type { CountryCollection } from "../data/basemap";
import type { KommunCollection, MeetingPlaceProps, RegionCollection } from "../data/schema";
import type { LayerToggles } from "../state/toggles";
import { BASE_COLOURS } from "./palette";
import { CENTRE_DOT_RADIUS, FORMS, STATUSES, symbolFor, type SymbolSpec } from "./symbols";

export const SOURCE = {
  kommuner: "kommuner",
  lan: "lan",
  faRegioner: "fa-regioner",
  places: "places",
  reachArea: "reach-area",
  countries: "countries",
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

export const LAYER = {
  water: "water",
  countryLand: "country-land",
  countryBorder: "country-border",
  land: "land",
  kommunBorder: "kommun-border",
  faBorder: "fa-border",
  lanBorder: "lan-border",
  reachAreaFill: "reach-area-fill",
  reachAreaLine: "reach-area-line",
  places: "places",
  placeCentreDot: "places-centre-dot",
  selectedPlace: "places-selected",
} as const;

/** Sweden's extent as [[west, south], [east, north]] in degrees, from the kommun polygons' bounding box. */
export const SWEDEN_BOUNDS: [[number, number], [number, number]] = [
  [10.95, 55.33],
  [24.18, 69.06],
];

/** Places drawn at their display position (see MeetingPlaceProps.displayLon). */
export type DisplayPlaceCollection = FeatureCollection<Point, MeetingPlaceProps>;

export interface MapLayerData {
  kommuner: KommunCollection;
  lan: RegionCollection;
  faRegioner: RegionCollection;
  places: DisplayPlaceCollection;
  /** The area within a chosen travel time (ReachService.reachArea), empty when none is shown. */
  reachArea: ReachAreaCollection;
  /** Neighbouring countries, drawn muted under Sweden. */
  countries: CountryCollection;
}

export type ReachAreaCollection = FeatureCollection<Polygon | MultiPolygon>;
export const NO_REACH_AREA: ReachAreaCollection = { type: "FeatureCollection", features: [] };

const SYMBOL_KEY: ExpressionSpecification = ["concat", ["get", "form"], "|", ["get", "status"]];

/** A `match` over every (form, status) pair, taking one property of the symbol table. */
function bySymbol<K extends keyof SymbolSpec>(key: K, fallback: SymbolSpec[K]): ExpressionSpecification {
  const branches = FORMS.flatMap((form) =>
    STATUSES.flatMap((status) => [`${form}|${status}`, symbolFor(form, status)[key]]),
  );
  return ["match", SYMBOL_KEY, ...branches, fallback] as unknown as ExpressionSpecification;
}

/** Symbols grow with zoom: small enough not to cover all of Skåne at country scale, easy to hit close up. */
function zoomScaled(base: ExpressionSpecification | number): ExpressionSpecification {
  return [
    "interpolate",
    ["linear"],
    ["zoom"],
    4,
    ["*", 0.6, base],
    6,
    ["*", 0.8, base],
    8,
    base,
    12,
    ["*", 1.4, base],
  ];
}

/** The legend toggles as a map filter; must agree with state/toggles.ts isPlaceVisible. */
export function placeFilter(toggles: LayerToggles): ExpressionSpecification {
  const kinds: string[] = [];
  if (toggles.spontaneous) kinds.push("spontaneous");
  if (toggles.booked) kinds.push("booked");
  const conditions: ExpressionSpecification[] = [["in", ["get", "kind"], ["literal", kinds]]];
  if (!toggles.showPlanned) conditions.push(["!=", ["get", "status"], "planned"]);
  return ["all", ...conditions];
}

export function centreDotFilter(toggles: LayerToggles): FilterSpecification {
  return ["all", ["==", ["get", "form"], "reser_till"], placeFilter(toggles)];
}

export function selectedFilter(toggles: LayerToggles, selectedId: string | null): FilterSpecification {
  return ["all", ["==", ["get", "id"], selectedId ?? ""], placeFilter(toggles)];
}

export function faVisibility(toggles: LayerToggles): "visible" | "none" {
  return toggles.faRegions ? "visible" : "none";
}

export function buildLayers(toggles: LayerToggles, selectedId: string | null): LayerSpecification[] {
  return [
    { id: LAYER.water, type: "background", paint: { "background-color": BASE_COLOURS.water } },
    // Neighbours in a muted land colour, so Sweden stands out but the coast and borders are recognisable.
    {
      id: LAYER.countryLand,
      type: "fill",
      source: SOURCE.countries,
      paint: {
        "fill-color": ["match", ["get", "code"], "SE", BASE_COLOURS.land, BASE_COLOURS.neighbourLand],
      },
    },
    {
      id: LAYER.countryBorder,
      type: "line",
      source: SOURCE.countries,
      filter: ["!=", ["get", "code"], "SE"],
      layout: { "line-join": "round" },
      paint: {
        "line-color": BASE_COLOURS.neighbourBorder,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.6, 8, 1.2],
      },
    },
    // Lakes Vänern and Vättern are holes in the union of kommun polygons, so the water shows through.
    { id: LAYER.land, type: "fill", source: SOURCE.kommuner, paint: { "fill-color": BASE_COLOURS.land } },
    {
      id: LAYER.kommunBorder,
      type: "line",
      source: SOURCE.kommuner,
      paint: {
        "line-color": BASE_COLOURS.kommunBorder,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.3, 8, 1],
      },
    },
    // The reach area sits on the land, under every border and place, so the map stays readable.
    {
      id: LAYER.reachAreaFill,
      type: "fill",
      source: SOURCE.reachArea,
      paint: { "fill-color": BASE_COLOURS.reachArea, "fill-opacity": 0.35 },
    },
    {
      id: LAYER.reachAreaLine,
      type: "line",
      source: SOURCE.reachArea,
      paint: { "line-color": BASE_COLOURS.reachAreaBorder, "line-width": 1.5 },
    },
    {
      id: LAYER.faBorder,
      type: "line",
      source: SOURCE.faRegioner,
      layout: { visibility: faVisibility(toggles), "line-join": "round" },
      paint: {
        "line-color": BASE_COLOURS.faBorder,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 1, 8, 2],
        "line-dasharray": [3, 2],
      },
    },
    {
      id: LAYER.lanBorder,
      type: "line",
      source: SOURCE.lan,
      layout: { "line-join": "round" },
      paint: {
        "line-color": BASE_COLOURS.lanBorder,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.8, 8, 2],
      },
    },
    {
      id: LAYER.places,
      type: "circle",
      source: SOURCE.places,
      filter: placeFilter(toggles),
      layout: { "circle-sort-key": bySymbol("sortKey", 0) },
      paint: {
        "circle-radius": zoomScaled(bySymbol("radius", 6)),
        "circle-color": bySymbol("fill", BASE_COLOURS.symbolDark),
        "circle-opacity": bySymbol("fillOpacity", 1),
        "circle-stroke-color": bySymbol("stroke", BASE_COLOURS.symbolDark),
        "circle-stroke-width": bySymbol("strokeWidth", 1),
      },
    },
    {
      id: LAYER.placeCentreDot,
      type: "circle",
      source: SOURCE.places,
      filter: centreDotFilter(toggles),
      paint: {
        "circle-radius": zoomScaled(CENTRE_DOT_RADIUS),
        "circle-color": BASE_COLOURS.symbolOutline,
      },
    },
    {
      id: LAYER.selectedPlace,
      type: "circle",
      source: SOURCE.places,
      filter: selectedFilter(toggles, selectedId),
      paint: {
        "circle-radius": zoomScaled(11),
        "circle-opacity": 0,
        "circle-stroke-color": BASE_COLOURS.symbolDark,
        "circle-stroke-width": 3,
      },
    },
  ];
}

export function buildStyle(
  data: MapLayerData,
  toggles: LayerToggles,
  selectedId: string | null,
): StyleSpecification {
  return {
    version: 8,
    // Deliberately no `glyphs` and no `sprite`: the map needs neither, and both would be remote requests.
    sources: {
      [SOURCE.kommuner]: { type: "geojson", data: data.kommuner },
      [SOURCE.lan]: { type: "geojson", data: data.lan },
      [SOURCE.faRegioner]: { type: "geojson", data: data.faRegioner },
      [SOURCE.places]: { type: "geojson", data: data.places },
      [SOURCE.reachArea]: { type: "geojson", data: data.reachArea },
      [SOURCE.countries]: { type: "geojson", data: data.countries },
    },
    layers: buildLayers(toggles, selectedId),
  };
}
