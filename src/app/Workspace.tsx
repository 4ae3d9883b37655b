// The page body: the finder (rendered at once, before any data arrives, so a jobseeker can start typing),
// then, once the places and summary are loaded, the map, list, planner and embed views, the side panels and "Om data".
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type RefObject } from "react";
import { DistanceServices } from "../components/DistanceServices";
import { EmbedPanel } from "../components/EmbedPanel";
import { Finder } from "../components/Finder";
import { FinderResults } from "../components/FinderResults";
import { Legend } from "../components/Legend";
import { OmBerakningen } from "../components/OmBerakningen";
import { OmData } from "../components/OmData";
import { PlaceList } from "../components/PlaceList";
import { ReachAreaControl } from "../components/ReachAreaControl";
import { PlannerView } from "../components/planner/PlannerView";
import { LoadError, LoadingMessage } from "../components/StatusMessage";
import { UrlNotices } from "../components/UrlNotices";
import { ViewSwitch } from "../components/ViewSwitch";
import { placedPlaces } from "../data/reachScenarios";
import { ImportedNearest } from "../components/import/ImportedNearest";
import { ImportedPlaceList } from "../components/import/ImportedPlaceList";
import { useImportedEnginePlaces } from "../state/importedPlaces";
import { ImportPanel } from "../components/import/ImportPanel";
import type { MeetingPlaceProps } from "../data/schema";
import { useI18n } from "../i18n/I18nProvider";
import { NO_REACH_AREA, type ReachAreaCollection } from "../map/layers";
import type { AppData } from "../state/appData";
import type { FinderAction, FinderState, PlaceKind } from "../state/finder";
import { finderMapView, type FinderMapView } from "../state/finderMap";
import { urlNotices } from "../state/urlNotices";
import { isPlaceVisible, type LayerToggles } from "../state/toggles";
import type { AppDataState } from "../state/useAppData";
import type { ViewAction, ViewMode, ViewState } from "../state/viewState";
import { MapPanel, MapUnavailable } from "./MapPanel";
import { useFinder } from "./useFinder";
import { useListGroups, useStaticDerived } from "./useDerivedData";
import type { MapStatus } from "./useBodyMapReady";

export interface WorkspaceProps {
  dataState: AppDataState;
  onRetry: () => void;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
  finder: FinderState;
  finderDispatch: Dispatch<FinderAction>;
  mapStatus: MapStatus;
  onMapStatus: (status: "ready" | "error") => void;
  omDataOpen: boolean;
  onOmDataOpenChange: (open: boolean) => void;
  omDataSummaryRef: RefObject<HTMLElement | null>;
}

const NO_PLACES: readonly MeetingPlaceProps[] = [];

export function Workspace(props: WorkspaceProps) {
  const { dataState, view, dispatch, finder, finderDispatch, mapStatus } = props;
  const { messages: m } = useI18n();
  const data = dataState.status === "ready" ? dataState.data : null;
  const mapAvailable = mapStatus !== "error";

  const places = useMemo(
    () => data?.places.features.map((feature) => feature.properties) ?? NO_PLACES,
    [data],
  );
  const placesById = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const [initialSearch] = useState(() => window.location.search);
  const notices = useMemo(
    () => urlNotices(initialSearch, data === null ? null : new Set(placesById.keys())),
    [initialSearch, data, placesById],
  );
  useOpeningPlace(data !== null, view, dispatch, placesById);
  const enginePlaces = useMemo(() => (data === null ? null : placedPlaces(data.places)), [data]);
  const finderModel = useFinder(finder, finderDispatch, places, enginePlaces);
  const onFinderSelect = useCallback(
    (placeId: string) => dispatch({ type: "select", placeId, from: "app" }),
    [dispatch],
  );
  const onShowOnMap = useCallback((placeId: string) => dispatch({ type: "showOnMap", placeId }), [dispatch]);
  const onQueryChange = useCallback(
    (query: string) => finderDispatch({ type: "type", query }),
    [finderDispatch],
  );
  const onSubmitQuery = useCallback(
    (query: string) => finderDispatch({ type: "submit", query }),
    [finderDispatch],
  );
  const onToggleExpanded = useCallback(
    (kind: PlaceKind) => finderDispatch({ type: "toggleExpanded", kind }),
    [finderDispatch],
  );
  const originKommunKod = finder.origin?.source === "search" ? finder.origin.kommunKod : null;
  const originKommunNamn = useMemo(
    () =>
      originKommunKod === null || data === null
        ? null
        : (data.summary.kommuner.find((k) => k.kod === originKommunKod)?.namn ?? null),
    [data, originKommunKod],
  );
  const finderOrigin = finder.origin;
  const finderResults = finderModel.results;
  const finderView = useMemo<FinderMapView | null>(
    () =>
      finderOrigin === null
        ? null
        : finderMapView(
            finderOrigin.lonLat,
            finderOrigin.source === "search" ? finderOrigin.label : m.finder.myPosition,
            finderResults,
            finder.expanded,
            view.toggles,
          ),
    [finderOrigin, finderResults, finder.expanded, view.toggles, m],
  );
  // A place hidden by the legend must not stay selected (LoadedViews applies the same rule to the map).
  const selectedId = useMemo(() => {
    if (view.selection === null) return null;
    const place = placesById.get(view.selection.placeId);
    return place !== undefined && isPlaceVisible(place, view.toggles) ? place.id : null;
  }, [placesById, view.selection, view.toggles]);

  // Places from the user's imported file join the planner's scenarios (kept in memory only).
  const importedPlaces = useImportedEnginePlaces();

  if (view.viewMode === "planner") {
    // The planner puts the view switch in its own heading row, so its workspace starts higher up.
    const viewSwitch = (
      <ViewSwitch
        viewMode="planner"
        mapAvailable={mapAvailable}
        onChange={(mode) => dispatch({ type: "setViewMode", viewMode: mode })}
      />
    );
    return (
      <>
        <div className="workspace workspace--planner">
          {data === null ? (
            <>
              {viewSwitch}
              {dataState.status === "error" ? (
                <LoadError error={dataState.error} onRetry={props.onRetry} />
              ) : (
                <LoadingMessage text={m.status.loading} />
              )}
            </>
          ) : (
            <PlannerView
              viewSwitch={viewSwitch}
              summary={data.summary}
              places={data.places}
              placesById={placesById}
              extraPlaces={importedPlaces}
              mapAvailable={mapAvailable}
              onMapStatus={props.onMapStatus}
            />
          )}
        </div>
        {data !== null && <AboutPanels {...props} data={data} placesById={placesById} />}
      </>
    );
  }

  return (
    <>
      <div className="workspace">
        {/* The finder comes first: on a phone the search is the first thing after the header. */}
        <div className="workspace__finder">
          <UrlNotices notices={notices} />
          <Finder
            query={finder.query}
            suggestions={finderModel.suggestions}
            indexStatus={finderModel.searchIndex.status}
            pending={finder.pendingQuery !== null}
            noMatch={finder.noMatch}
            emptySubmitted={finder.emptySubmitted}
            geolocation={finder.geolocation}
            onQueryChange={onQueryChange}
            onChoose={finderModel.chooseSuggestion}
            onSubmit={onSubmitQuery}
            onLocate={finderModel.locate}
          />
          {finder.origin !== null && data !== null && (
            <FinderResults
              origin={finder.origin}
              travelStatus={finderModel.travel.status}
              originAccessKm={
                finderModel.travel.status === "ready" ? finderModel.travel.result.accessKm : null
              }
              results={finderModel.results}
              inKommun={finderModel.inKommun}
              unreachableNearby={finderModel.unreachableNearby}
              kommunNamn={originKommunNamn}
              expanded={finder.expanded}
              selectedId={selectedId}
              contractedServices={data.summary.contractedServices}
              distanceServices={data.summary.distanceServices}
              onToggleExpanded={onToggleExpanded}
              onSelect={onFinderSelect}
              onShowOnMap={mapAvailable ? onShowOnMap : undefined}
            />
          )}
          {finder.origin !== null && data !== null && <ImportedNearest origin={finder.origin.lonLat} />}
        </div>
        {data === null ? (
          <div className="workspace__view">
            {dataState.status === "error" ? (
              <LoadError error={dataState.error} onRetry={props.onRetry} />
            ) : (
              <LoadingMessage text={m.status.loading} />
            )}
          </div>
        ) : (
          <LoadedViews
            {...props}
            data={data}
            placesById={placesById}
            selectedId={selectedId}
            finderView={finderView}
          />
        )}
      </div>
      {data !== null && <AboutPanels {...props} data={data} placesById={placesById} />}
    </>
  );
}

/**
 * A page opened with `?place=`: an unknown id is dropped (so the URL is tidied and the notice explains),
 * and a known one is brought on screen with its popup, also on a phone where the map sits below the
 * finder. Runs once, when the places have loaded.
 */
function useOpeningPlace(
  loaded: boolean,
  view: ViewState,
  dispatch: Dispatch<ViewAction>,
  placesById: ReadonlyMap<string, MeetingPlaceProps>,
) {
  const done = useRef(false);
  useEffect(() => {
    if (!loaded || done.current) return;
    done.current = true;
    const placeId = view.selection?.placeId;
    if (placeId === undefined) return;
    if (!placesById.has(placeId)) dispatch({ type: "select", placeId: null, from: "app" });
    else if (view.viewMode === "map") dispatch({ type: "showOnMap", placeId });
  }, [loaded, view, dispatch, placesById]);
}

/** The map, list and embed views and the side panels: everything that needs the loaded data. */
function LoadedViews({
  data,
  placesById,
  selectedId,
  view,
  dispatch,
  mapStatus,
  onMapStatus,
  finderView,
}: WorkspaceProps & {
  data: AppData;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
  selectedId: string | null;
  finderView: FinderMapView | null;
}) {
  const derived = useStaticDerived(data);
  const groups = useListGroups(data, view.toggles, derived.lanNames);
  const [reachArea, setReachArea] = useState<ReachAreaCollection>(NO_REACH_AREA);
  const mapAvailable = mapStatus !== "error";
  const viewMode: ViewMode = !mapAvailable && view.viewMode === "map" ? "list" : view.viewMode;
  const visibleSelection = selectedId === null ? null : view.selection;

  const onToggle = useCallback(
    (key: keyof LayerToggles, value: boolean) => dispatch({ type: "setToggle", key, value }),
    [dispatch],
  );
  const onSelectPlace = useCallback(
    (placeId: string | null) => dispatch({ type: "select", placeId, from: "map" }),
    [dispatch],
  );
  const onShowOnMap = useCallback((placeId: string) => dispatch({ type: "showOnMap", placeId }), [dispatch]);
  const onShowList = useCallback(() => dispatch({ type: "setViewMode", viewMode: "list" }), [dispatch]);
  const onViewMode = useCallback(
    (mode: ViewMode) => dispatch({ type: "setViewMode", viewMode: mode }),
    [dispatch],
  );

  return (
    <>
      {/* The view comes first in reading order so the map or list is reached without scrolling past
          the panels on a phone; on wide screens CSS places the panels to its left. */}
      <div className="workspace__view">
        <ViewSwitch viewMode={viewMode} mapAvailable={mapAvailable} onChange={onViewMode} />
        {!mapAvailable && <MapUnavailable />}
        {mapAvailable && (
          // Kept mounted while the list shows, so the map keeps its view and never reloads.
          <MapPanel
            places={derived.displayPlaces}
            reachArea={reachArea}
            toggles={view.toggles}
            selection={visibleSelection}
            lanNames={derived.lanNames}
            finderView={finderView}
            hidden={viewMode !== "map"}
            revealCount={view.mapRevealCount}
            onSelectPlace={onSelectPlace}
            onStatus={onMapStatus}
            onShowList={onShowList}
          />
        )}
        {viewMode === "list" && (
          <PlaceList
            groups={groups}
            selectedId={selectedId}
            onShowOnMap={mapAvailable ? onShowOnMap : undefined}
          />
        )}
        {viewMode === "list" && <ImportedPlaceList />}
        {viewMode === "embed" && <EmbedPanel kommuner={data.summary.kommuner} />}
      </div>
      <div className="workspace__side">
        {/* Said once: with a finder answer on the page, its own "Telefon och digitalt" section has them. */}
        {finderView === null && <DistanceServices services={data.summary.distanceServices} />}
        <Legend
          toggles={view.toggles}
          counts={derived.legendCounts}
          statusCounts={derived.statusCounts}
          onToggle={onToggle}
        />
        {mapAvailable && (
          <ReachAreaControl
            places={data.places}
            selected={selectedId === null ? null : (placesById.get(selectedId) ?? null)}
            onArea={setReachArea}
          />
        )}
        <ImportPanel services={data.summary.contractedServices} />
      </div>
    </>
  );
}

/** "Om data" and "Om beräkningen", below every view. */
function AboutPanels({
  data,
  placesById,
  omDataOpen,
  onOmDataOpenChange,
  omDataSummaryRef,
}: WorkspaceProps & { data: AppData; placesById: ReadonlyMap<string, MeetingPlaceProps> }) {
  return (
    <>
      <OmData
        summary={data.summary}
        placesById={placesById}
        open={omDataOpen}
        onOpenChange={onOmDataOpenChange}
        summaryRef={omDataSummaryRef}
      />
      <OmBerakningen model={data.summary.reachModel} transit={data.summary.transit} />
    </>
  );
}
