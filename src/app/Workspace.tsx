// The loaded page: panels, the map/list switch and "Om data". Wires view state to the components.
import { useCallback, useMemo, useState, type Dispatch, type RefObject } from "react";
import { DistanceServices } from "../components/DistanceServices";
import { Finder } from "../components/Finder";
import { FinderResults } from "../components/FinderResults";
import { Legend } from "../components/Legend";
import { OmData } from "../components/OmData";
import { OmBerakningen } from "../components/OmBerakningen";
import { PlaceList } from "../components/PlaceList";
import { ReachAreaControl } from "../components/ReachAreaControl";
import { ReachPanel } from "../components/ReachPanel";
import { ViewSwitch } from "../components/ViewSwitch";
import type { AppData } from "../state/appData";
import type { FinderAction, FinderState, PlaceKind } from "../state/finder";
import { isPlaceVisible, type LayerToggles } from "../state/toggles";
import type { ViewAction, ViewMode, ViewState } from "../state/viewState";
import { NO_REACH_AREA, type ReachAreaCollection } from "../map/layers";
import { MapPanel, MapUnavailable } from "./MapPanel";
import { useFinder } from "./useFinder";
import { useListGroups, useStaticDerived } from "./useDerivedData";
import type { MapStatus } from "./useBodyMapReady";

export interface WorkspaceProps {
  data: AppData;
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

export function Workspace({
  data,
  view,
  dispatch,
  finder,
  finderDispatch,
  mapStatus,
  onMapStatus,
  omDataOpen,
  onOmDataOpenChange,
  omDataSummaryRef,
}: WorkspaceProps) {
  const derived = useStaticDerived(data);
  const [reachArea, setReachArea] = useState<ReachAreaCollection>(NO_REACH_AREA);
  const mapData = useMemo(() => ({ ...derived.mapData, reachArea }), [derived.mapData, reachArea]);
  const groups = useListGroups(data, view.toggles, derived.lanNames);
  const mapAvailable = mapStatus !== "error";
  const viewMode: ViewMode = !mapAvailable && view.viewMode === "map" ? "list" : view.viewMode;

  // A place hidden by the legend must not keep its popup open on the map.
  const { selection, toggles } = view;
  const visibleSelection = useMemo(() => {
    const place = selection === null ? undefined : derived.placesById.get(selection.placeId);
    return place !== undefined && isPlaceVisible(place, toggles) ? selection : null;
  }, [selection, toggles, derived.placesById]);

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

  const places = useMemo(() => data.places.features.map((feature) => feature.properties), [data]);
  const finderModel = useFinder(finder, finderDispatch, places);
  const onFinderSelect = useCallback(
    (placeId: string) => dispatch({ type: "select", placeId, from: "app" }),
    [dispatch],
  );
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
      originKommunKod === null
        ? null
        : (data.summary.kommuner.find((k) => k.kod === originKommunKod)?.namn ?? null),
    [data, originKommunKod],
  );

  return (
    <>
      <div className="workspace">
        {/* The finder comes first: on a phone the search is the first thing after the header. */}
        <div className="workspace__finder">
          <Finder
            query={finder.query}
            suggestions={finderModel.suggestions}
            indexStatus={finderModel.searchIndex.status}
            pending={finder.pendingQuery !== null}
            noMatch={finder.noMatch}
            geolocation={finder.geolocation}
            onQueryChange={onQueryChange}
            onChoose={finderModel.chooseSuggestion}
            onSubmit={onSubmitQuery}
            onLocate={finderModel.locate}
          />
          {finder.origin !== null && (
            <FinderResults
              origin={finder.origin}
              travelStatus={finderModel.travel.status}
              results={finderModel.results}
              inKommun={finderModel.inKommun}
              kommunNamn={originKommunNamn}
              expanded={finder.expanded}
              selectedId={visibleSelection?.placeId ?? null}
              contractedServices={data.summary.contractedServices}
              distanceServices={data.summary.distanceServices}
              onToggleExpanded={onToggleExpanded}
              onSelect={onFinderSelect}
              onShowOnMap={mapAvailable ? onShowOnMap : undefined}
            />
          )}
        </div>
        {/* The view comes first in reading order so the map or list is reached without scrolling past
            the panels on a phone; on wide screens CSS places the panels to its left. */}
        <div className="workspace__view">
          <ViewSwitch viewMode={viewMode} mapAvailable={mapAvailable} onChange={onViewMode} />
          {!mapAvailable && <MapUnavailable />}
          {mapAvailable && (
            // Kept mounted while the list shows, so the map keeps its view and never reloads.
            <MapPanel
              data={mapData}
              toggles={view.toggles}
              selection={visibleSelection}
              lanNames={derived.lanNames}
              hidden={viewMode !== "map"}
              onSelectPlace={onSelectPlace}
              onStatus={onMapStatus}
              onShowList={onShowList}
            />
          )}
          {viewMode === "list" && (
            <PlaceList
              groups={groups}
              selectedId={visibleSelection?.placeId ?? null}
              onShowOnMap={mapAvailable ? onShowOnMap : undefined}
            />
          )}
          {viewMode === "reach" && (
            <ReachPanel summary={data.summary} places={data.places} placesById={derived.placesById} />
          )}
        </div>
        <div className="workspace__side">
          <DistanceServices services={data.summary.distanceServices} />
          <Legend
            toggles={view.toggles}
            counts={derived.legendCounts}
            statusCounts={derived.statusCounts}
            onToggle={onToggle}
          />
          {mapAvailable && (
            <ReachAreaControl
              places={data.places}
              selected={visibleSelection ? (derived.placesById.get(visibleSelection.placeId) ?? null) : null}
              onArea={setReachArea}
            />
          )}
        </div>
      </div>
      <OmData
        summary={data.summary}
        placesById={derived.placesById}
        open={omDataOpen}
        onOpenChange={onOmDataOpenChange}
        summaryRef={omDataSummaryRef}
      />
      <OmBerakningen model={data.summary.reachModel} />
    </>
  );
}
