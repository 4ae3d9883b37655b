// The planner's state and memoised derived data: choices (level, kind, indicator, time, filters), the
// scenario's edit history (from and to `?s=`), the what-if run in the worker, and every figure the map
// and the table show. Components render what this returns; nothing here touches the DOM except the URL.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { inScenario, placedPlaces, type EnginePlace } from "../../data/reachScenarios";
import type { KommunCollection, MeetingPlaceCollection, Summary } from "../../data/schema";
import { distanceOutsideM } from "../../geo/inside";
import {
  applyPlannerEdits,
  editKind,
  EMPTY_HISTORY,
  historyReducer,
  nextAddedId,
  roundCoord,
  type EditableKind,
  type PlannerEdit,
} from "./edits";
import {
  changedAreas,
  figuresFromScenario,
  figuresFromSummary,
  filterPlannerRows,
  footnote48Check,
  plannedChange,
  plannerRows,
  reachKeyOf,
  sortPlannerRows,
  type AreaFigures,
  type RowFilter,
  type SortOrder,
} from "./figures";
import {
  classOf,
  diffClassOf,
  indicatorValue,
  type Indicator,
  type PlannerKind,
  type PlannerLevel,
  type PlannerTime,
} from "./indicators";
import { decodeScenario, encodeScenario, type CodecContext, type DecodeError } from "./scenarioCodec";
import { useScenarioReach } from "./useScenarioReach";

export interface PlannerChoices {
  level: PlannerLevel;
  kind: PlannerKind;
  indicator: Indicator;
  time: PlannerTime;
  mapMode: "value" | "difference";
  outlines: { glesbygd: boolean; landsbygd: boolean };
  filter: RowFilter;
  text: string;
  sort: SortOrder;
}

export const INITIAL_CHOICES: PlannerChoices = {
  level: "kommun",
  kind: "booked",
  indicator: "medianMin",
  time: "2021",
  mapMode: "value",
  outlines: { glesbygd: false, landsbygd: false },
  filter: "all",
  text: "",
  sort: { key: "namn", descending: false },
};

/** The kommun whose polygon contains [lon, lat], or null (sea, abroad). */
export function kommunAtPoint(kommuner: KommunCollection | null, lon: number, lat: number): string | null {
  if (kommuner === null) return null;
  for (const f of kommuner.features)
    if (distanceOutsideM([lon, lat], f.geometry) === 0) return f.properties.kod;
  return null;
}

/** 1 km north–south and east–west at a latitude, in degrees. */
export function kmInDegrees(lat: number): { dLat: number; dLon: number } {
  return { dLat: 1 / 111.32, dLon: 1 / (111.32 * Math.cos((lat * Math.PI) / 180)) };
}

export interface DragPreview {
  placeId: string;
  lon: number;
  lat: number;
}

const readS = () => new URLSearchParams(window.location.search).get("s");

export function usePlannerModel(
  summary: Summary,
  places: MeetingPlaceCollection,
  /** More places to plan with (e.g. imported from CSV); they join the published ones. */
  extraPlaces: readonly EnginePlace[],
  kommuner: KommunCollection | null,
) {
  const [choices, setChoices] = useState<PlannerChoices>(INITIAL_CHOICES);
  const choose = useCallback(
    <K extends keyof PlannerChoices>(key: K, value: PlannerChoices[K]) =>
      setChoices((c) => (c[key] === value ? c : { ...c, [key]: value })),
    [],
  );
  const { level, kind, indicator, time } = choices;

  const basePlaces = useMemo(() => [...placedPlaces(places), ...extraPlaces], [places, extraPlaces]);
  const codecContext = useMemo<CodecContext>(
    () => ({
      placeIds: places.features.map((f) => f.properties.id),
      kommunKoder: summary.kommuner.map((k) => k.kod),
    }),
    [places, summary],
  );
  // The scenario in the link is read once; a bad one leaves the baseline and a message.
  const [initial] = useState(() => {
    const s = readS();
    if (s === null || s === "") return { edits: [] as PlannerEdit[], error: null as DecodeError | null };
    const result = decodeScenario(s, codecContext);
    return result.ok
      ? { edits: result.edits, error: null }
      : { edits: [] as PlannerEdit[], error: result.error };
  });
  const [history, dispatch] = useReducer(historyReducer, { ...EMPTY_HISTORY, present: initial.edits });
  const [urlError, setUrlError] = useState<DecodeError | null>(initial.error);
  const [drag, setDrag] = useState<DragPreview | null>(null);

  const edits = history.present;
  const effectiveEdits = useMemo(
    () =>
      drag === null
        ? edits
        : [
            ...edits,
            {
              op: "move" as const,
              placeId: drag.placeId,
              lon: drag.lon,
              lat: drag.lat,
              kommunKod: kommunOfPlace(edits, basePlaces, drag.placeId),
            },
          ],
    [edits, drag, basePlaces],
  );
  const key = reachKeyOf(kind, time);
  const kindOf = useMemo(() => new Map(basePlaces.map((p) => [p.id, p.kind as string])), [basePlaces]);
  const relevant = useMemo(
    () => effectiveEdits.filter((e) => editKind(e, effectiveEdits, kindOf) === kind),
    [effectiveEdits, kindOf, kind],
  );
  const scenarioPlaces = useMemo(
    () => applyPlannerEdits(basePlaces, effectiveEdits),
    [basePlaces, effectiveEdits],
  );
  // Places from an imported file of this scenario's kind are a change against the report's places, like
  // an edit: with them the figures come from the worker, and the difference map shows what they add.
  const importedOfKind = useMemo(
    () => extraPlaces.filter((p) => inScenario(key, p)).map((p) => [p.id, p.lon, p.lat]),
    [extraPlaces, key],
  );
  const request = useMemo(
    () =>
      relevant.length === 0 && importedOfKind.length === 0
        ? null
        : {
            key,
            places: scenarioPlaces.filter((p) => inScenario(key, p)),
            requestKey: JSON.stringify([key, relevant, importedOfKind]),
          },
    [relevant, importedOfKind, key, scenarioPlaces],
  );
  const scenario = useScenarioReach(request);
  const scenarioActive = request !== null;

  const baseline = useMemo(() => figuresFromSummary(summary, key), [summary, key]);
  const scenarioFigures = useMemo<AreaFigures | null>(() => {
    if (!scenarioActive) return null;
    if (scenario.status === "ready") return figuresFromScenario(scenario.reach);
    // While a new answer is computed (e.g. during a drag) the last one of the same scenario key stays.
    if (scenario.status === "computing" && scenario.previous?.requestKey.startsWith(`["${key}"`))
      return figuresFromScenario(scenario.previous.reach);
    return null;
  }, [scenario, scenarioActive, key]);
  const shown = scenarioFigures ?? baseline;

  /** What the difference map compares against: the published figures in a scenario, else 2021 for the planned offices. */
  const comparison = useMemo<{ before: AreaFigures; against: "baseline" | "planned" } | null>(() => {
    if (scenarioFigures) return { before: baseline, against: "baseline" };
    if (key === "spontaneousIncludingPlanned")
      return { before: figuresFromSummary(summary, "spontaneous"), against: "planned" };
    return null;
  }, [scenarioFigures, baseline, key, summary]);
  const mapMode = comparison === null ? "value" : choices.mapMode;

  const kommunNames = useMemo(() => new Map(summary.kommuner.map((k) => [k.kod, k.namn])), [summary]);
  const changes = useMemo(
    () =>
      scenarioFigures ? changedAreas(kommunNames, baseline.kommun, scenarioFigures.kommun, indicator) : [],
    [scenarioFigures, baseline, kommunNames, indicator],
  );
  const changedKoder = useMemo(() => new Set(changes.map((c) => c.kod)), [changes]);

  const allRows = useMemo(() => plannerRows(summary, level, shown, kind), [summary, level, shown, kind]);
  const filter = level === "kommun" ? choices.filter : "all";
  const rows = useMemo(
    () => sortPlannerRows(filterPlannerRows(allRows, filter, choices.text, changedKoder), choices.sort),
    [allRows, filter, choices.text, changedKoder, choices.sort],
  );

  const classes = useMemo(() => {
    const now = shown[level];
    const before = comparison?.before[level];
    const out = new Map<string, number>();
    for (const [kod, stats] of now) {
      const value = indicatorValue(stats, indicator);
      out.set(
        kod,
        mapMode === "difference" && before
          ? diffClassOf(indicatorValue(before.get(kod), indicator), value, indicator)
          : classOf(value, indicator),
      );
    }
    return out;
  }, [shown, level, comparison, indicator, mapMode]);

  const bookedFigures = kind === "booked" ? shown : null;
  const baselineBooked = useMemo(() => figuresFromSummary(summary, "booked"), [summary]);
  const footnote48 = useMemo(
    () => footnote48Check(summary, (bookedFigures ?? baselineBooked).kommun),
    [summary, bookedFigures, baselineBooked],
  );
  const planned = useMemo(() => plannedChange(summary), [summary]);

  // The link follows the committed edits (not every pointer move of a drag).
  // An edit the link cannot hold (e.g. of a place imported from a file, which another page does not
  // have) leaves the link without `s` rather than failing; `shareable` says so.
  const encoded = useMemo(() => {
    try {
      return encodeScenario(edits, codecContext);
    } catch {
      return null;
    }
  }, [edits, codecContext]);
  const shareable = encoded !== null;
  const firstWrite = useRef(true);
  useEffect(() => {
    if (firstWrite.current && urlError !== null) {
      firstWrite.current = false;
      return;
    }
    firstWrite.current = false;
    const params = new URLSearchParams(window.location.search);
    if (encoded === "" || encoded === null) params.delete("s");
    else params.set("s", encoded);
    const search = params.toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ""}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
      window.history.replaceState(window.history.state, "", url);
  }, [encoded, urlError]);

  const edit = useCallback((e: PlannerEdit) => {
    setUrlError(null);
    dispatch({ type: "edit", edit: e });
  }, []);

  const addPlace = useCallback(
    (lon: number, lat: number, kommunKod: string | null, addKind: EditableKind) => {
      const kod = kommunKod ?? kommunAtPoint(kommuner, lon, lat);
      if (kod === null) return false;
      edit({
        op: "add",
        id: nextAddedId(edits),
        kind: addKind,
        lon: roundCoord(lon),
        lat: roundCoord(lat),
        kommunKod: kod,
      });
      return true;
    },
    [edit, edits, kommuner],
  );
  /** A move that ends outside every kommun (sea, Norway) is refused: the place stays where it was. */
  const movePlace = useCallback(
    (placeId: string, lon: number, lat: number, kommunKod: string | null) => {
      const kod =
        kommunKod ??
        (kommuner === null ? kommunOfPlace(edits, basePlaces, placeId) : kommunAtPoint(kommuner, lon, lat));
      if (kod === null || kod === "") return false;
      edit({ op: "move", placeId, lon: roundCoord(lon), lat: roundCoord(lat), kommunKod: kod });
      return true;
    },
    [edit, edits, kommuner, basePlaces],
  );
  const closePlace = useCallback((placeId: string) => edit({ op: "close", placeId }), [edit]);
  const nudge = useCallback(
    (placeId: string, dx: number, dy: number) => {
      const place = applyPlannerEdits(basePlaces, edits).find((p) => p.id === placeId);
      if (!place) return;
      const { dLat, dLon } = kmInDegrees(place.lat);
      movePlace(placeId, place.lon + dx * dLon, place.lat + dy * dLat, null);
    },
    [basePlaces, edits, movePlace],
  );

  return {
    choices,
    choose,
    key,
    history,
    edits,
    dispatch,
    urlError,
    drag,
    setDrag,
    basePlaces,
    scenarioPlaces,
    scenario,
    scenarioActive,
    baseline,
    shown,
    comparison,
    mapMode,
    changes,
    rows,
    allRowsCount: allRows.length,
    classes,
    footnote48,
    planned,
    encoded,
    shareable,
    addPlace,
    movePlace,
    closePlace,
    nudge,
    kommunNames,
  };
}

export type PlannerModel = ReturnType<typeof usePlannerModel>;

function kommunOfPlace(edits: readonly PlannerEdit[], base: readonly EnginePlace[], placeId: string): string {
  return applyPlannerEdits(base, edits).find((p) => p.id === placeId)?.kommunKod ?? "";
}
