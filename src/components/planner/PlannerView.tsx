// The planner view (`?view=planner`): choropleth, full table, scenario and report panels. On a desktop
// the map, table and scenario panel share one workspace that fits the screen, each scrolling in its own
// pane; on a phone, tabs choose one (CSS only: every row of the table stays in the DOM). The report
// follows below. State and derived data come from state/planner/usePlannerModel.
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent as ReactKeyboardEvent,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from "react";
import { useFillViewport } from "../../app/useFillViewport";
import type { EnginePlace } from "../../data/reachScenarios";
import type { MeetingPlaceCollection, MeetingPlaceProps, Summary } from "../../data/schema";
import { useI18n } from "../../i18n/I18nProvider";
import { usePlannerMessages } from "../../i18n/plannerMessages";
import type { PlannerMapController } from "../../map/planner/PlannerMapController";
import { useMapGeometry } from "../../state/useAppData";
import { usePlannerModel } from "../../state/planner/usePlannerModel";
import { useTransitMessages } from "../../i18n/transitMessages";
import { useTransitPlanner } from "../../state/transit/useTransitPlanner";
import { TransitSection } from "./transit/TransitSection";
import { useTransitOverlay } from "./transit/useTransitOverlay";
import { ExportButtons } from "./ExportButtons";
import { PlannerControls } from "./PlannerControls";
import { PlannerMap } from "./PlannerMap";
import { PlannerTable } from "./PlannerTable";
import { ReportPanel } from "./ReportPanel";
import { WhatIfPanel } from "./WhatIfPanel";
import "./planner.css";

export interface PlannerViewProps {
  /** The app's view switch, shown in the planner's heading row. */
  viewSwitch?: ReactNode;
  summary: Summary;
  places: MeetingPlaceCollection;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
  /** Places from elsewhere (e.g. a CSV import) that join the published ones. */
  extraPlaces?: readonly EnginePlace[];
  mapAvailable: boolean;
  onMapStatus: (status: "ready" | "error") => void;
}

type Tab = "map" | "table" | "scenario" | "transit" | "report";
/** The scenario pane's share of the desktop workspace's height, in %: default, with edits, and limits. */
const SCENARIO_SHARE = { open: 42, active: 56, min: 20, max: 80, step: 5 } as const;
const TABS: Tab[] = ["map", "table", "scenario", "transit", "report"];
const NO_EXTRA: readonly EnginePlace[] = [];

export function PlannerView({
  viewSwitch,
  summary,
  places,
  placesById,
  extraPlaces = NO_EXTRA,
  mapAvailable,
  onMapStatus,
}: PlannerViewProps) {
  const p = usePlannerMessages();
  const { formatNumber } = useI18n();
  const id = useId();
  const geometryState = useMapGeometry(true);
  const geometry = geometryState.status === "ready" ? geometryState.geometry : null;
  const model = usePlannerModel(summary, places, extraPlaces, geometry?.kommuner ?? null);
  const transit = useTransitPlanner(summary, model.choices.kind);
  const overlay = useTransitOverlay(transit, model.choices.level);
  const t = useTransitMessages();
  const [tab, setTab] = useState<Tab>("map");
  const [selectedKod, setSelectedKod] = useState<string | null>(null);
  const [selectedFrom, setSelectedFrom] = useState<"map" | "table">("table");
  const [addMode, setAddMode] = useState(false);
  const [chosenPlaceId, setChosenPlaceId] = useState("");
  const [scenarioOpen, setScenarioOpen] = useState(true);
  // Set once the planner drags or arrows the divider; until then the share follows the edits.
  const [chosenShare, setChosenShare] = useState<number | null>(null);
  const controllerRef = useRef<PlannerMapController | null>(null);
  const whatIfRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  useFillViewport(bodyRef);
  const { dispatch } = model;

  // Ctrl/⌘+Z undoes, Shift+Ctrl/⌘+Z (or Ctrl+Y) redoes, except while typing in a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable))
        return;
      if (event.key === "Escape") setAddMode(false);
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === "z") {
        event.preventDefault();
        dispatch({ type: event.shiftKey ? "redo" : "undo" });
      } else if (key === "y") {
        event.preventDefault();
        dispatch({ type: "redo" });
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [dispatch]);

  const selectArea = useCallback((kod: string | null, from: "map" | "table") => {
    setSelectedKod(kod);
    setSelectedFrom(from);
    if (from === "table") setTab("map");
  }, []);
  const choosePlace = useCallback((placeId: string) => {
    setChosenPlaceId(placeId);
    setTab("scenario");
    setScenarioOpen(true);
    requestAnimationFrame(() => whatIfRef.current?.querySelector<HTMLElement>("[data-nudge-focus]")?.focus());
  }, []);

  const { choices } = model;
  const levelName = p.levels[choices.level];
  const kindName = p.kinds[choices.kind];
  const selectedName = useMemo(() => {
    if (selectedKod === null) return null;
    const list =
      choices.level === "kommun"
        ? summary.kommuner
        : choices.level === "fa"
          ? summary.faRegioner
          : summary.lan;
    return list.find((a) => a.kod === selectedKod)?.namn ?? null;
  }, [selectedKod, choices.level, summary]);

  const status = model.scenario.status;
  const share = chosenShare ?? (model.scenarioActive ? SCENARIO_SHARE.active : SCENARIO_SHARE.open);
  const clampShare = (value: number) =>
    Math.round(Math.min(SCENARIO_SHARE.max, Math.max(SCENARIO_SHARE.min, value)));
  const onDividerKey = (event: ReactKeyboardEvent) => {
    const by = { ArrowUp: SCENARIO_SHARE.step, ArrowDown: -SCENARIO_SHARE.step }[event.key];
    const to = { Home: SCENARIO_SHARE.max, End: SCENARIO_SHARE.min }[event.key];
    if (by === undefined && to === undefined) return;
    event.preventDefault();
    setChosenShare(clampShare(to ?? share + by!));
  };
  const onDividerPointer = (event: ReactPointerEvent<HTMLDivElement>) => {
    const body = bodyRef.current;
    if (body === null) return;
    if (event.type === "pointerdown") event.currentTarget.setPointerCapture(event.pointerId);
    else if (!event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const box = body.getBoundingClientRect();
    setChosenShare(clampShare(((box.bottom - event.clientY) / box.height) * 100));
  };

  return (
    <section
      className="planner"
      aria-labelledby={`${id}-title`}
      data-testid="planner"
      data-tab={tab}
      data-scenario={scenarioOpen ? (model.scenarioActive ? "active" : "open") : "closed"}
    >
      <div className="planner__head">
        {viewSwitch}
        <div className="planner__titles">
          <h2 id={`${id}-title`}>{p.title}</h2>
          <p className="planner__intro">{p.intro}</p>
        </div>
      </div>
      {model.urlError !== null && (
        <p className="planner__error" role="alert" data-testid="planner-url-error">
          {p.scenarioError(model.urlError)}
        </p>
      )}
      <div className="planner__tabs" role="group" aria-label={p.tabs.label}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={tab === name}
            onClick={() => setTab(name)}
            data-testid={`planner-tab-${name}`}
          >
            {name === "transit" ? t.tab : p.tabs[name]}
          </button>
        ))}
      </div>
      <PlannerControls model={model} summary={summary} transit={transit} />
      <div
        className="planner__body"
        ref={bodyRef}
        data-testid="planner-workspace"
        style={{ "--scenario-share": `${share}%` } as CSSProperties}
      >
        <div className="planner__pane planner__pane--map">
          <PlannerMap
            model={model}
            geometryState={geometryState}
            mapAvailable={mapAvailable}
            onMapStatus={onMapStatus}
            placesById={placesById}
            selectedKod={selectedKod}
            selectedName={selectedName}
            addMode={addMode}
            onAddMode={setAddMode}
            onSelectArea={(kod) => selectArea(kod, "map")}
            onChoosePlace={choosePlace}
            controllerRef={controllerRef}
            overlay={overlay}
          />
        </div>
        <div className="planner__pane planner__pane--table">
          <PlannerTable
            model={model}
            placesById={placesById}
            selectedKod={selectedKod}
            scrollToSelected={selectedFrom === "map"}
            onSelect={(kod) => selectArea(kod, "table")}
            caption={p.table.caption(levelName, kindName, model.rows.length, model.allRowsCount)}
            tools={
              <ExportButtons
                model={model}
                summary={summary}
                geometry={geometry}
                controllerRef={controllerRef}
                overlay={overlay}
              />
            }
            footer={
              <p className="planner__status" aria-live="polite" data-testid="planner-status">
                {status === "computing" && p.whatIf.computing}
                {status === "ready" && p.whatIf.computed(formatNumber(model.scenario.ms, 0))}
                {status === "error" && p.whatIf.error(model.scenario.reason)}
              </p>
            }
          />
        </div>
        {/* Desktop only: drag, or focus and use the arrow keys, to share the height between the table
            and the scenario panel. */}
        <div
          className="planner__divider"
          role="separator"
          aria-orientation="horizontal"
          aria-label={p.scenarioPane.divider}
          aria-controls={`${id}-what-if`}
          aria-valuemin={SCENARIO_SHARE.min}
          aria-valuemax={SCENARIO_SHARE.max}
          aria-valuenow={share}
          aria-valuetext={p.scenarioPane.share(share)}
          tabIndex={0}
          onKeyDown={onDividerKey}
          onPointerDown={onDividerPointer}
          onPointerMove={onDividerPointer}
          data-testid="planner-divider"
        />
        <div className="planner__pane planner__pane--scenario" data-testid="planner-scenario-pane">
          {/* On a desktop the scenario pane can be folded to its title, giving the table the height. */}
          <button
            type="button"
            className="planner__fold"
            aria-expanded={scenarioOpen}
            aria-controls={`${id}-what-if`}
            onClick={() => setScenarioOpen(!scenarioOpen)}
            data-testid="planner-scenario-fold"
          >
            {scenarioOpen ? p.scenarioPane.hide : p.scenarioPane.show}
          </button>
          <WhatIfPanel
            ref={whatIfRef}
            id={`${id}-what-if`}
            model={model}
            summary={summary}
            placesById={placesById}
            addMode={addMode}
            onAddMode={setAddMode}
            chosenPlaceId={chosenPlaceId}
            onChosenPlace={setChosenPlaceId}
          />
        </div>
      </div>
      {/* Outside the grid: the table pane is sticky within the grid and would slide over it. */}
      <div className="planner__pane planner__pane--transit">
        <TransitSection transit={transit} placesById={placesById} />
      </div>
      <div className="planner__pane planner__pane--report">
        <ReportPanel model={model} summary={summary} />
      </div>
    </section>
  );
}
