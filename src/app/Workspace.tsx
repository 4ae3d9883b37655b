// The loaded page: panels, the map/list switch and "Om data". Wires view state to the components.
import { useCallback, useMemo, type Dispatch, type RefObject } from "react";
import { DistanceServices } from "../components/DistanceServices";
import { Legend } from "../components/Legend";
import { OmData } from "../components/OmData";
import { PlaceList } from "../components/PlaceList";
import { ViewSwitch } from "../components/ViewSwitch";
import type { AppData } from "../state/appData";
import { isPlaceVisible, type LayerToggles } from "../state/toggles";
import type { ViewAction, ViewMode, ViewState } from "../state/viewState";
import { MapPanel, MapUnavailable } from "./MapPanel";
import { useListGroups, useStaticDerived } from "./useDerivedData";
import type { MapStatus } from "./useBodyMapReady";

export interface WorkspaceProps {
  data: AppData;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
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
  mapStatus,
  onMapStatus,
  omDataOpen,
  onOmDataOpenChange,
  omDataSummaryRef,
}: WorkspaceProps) {
  const derived = useStaticDerived(data);
  const groups = useListGroups(data, view.toggles, derived.lanNames);
  const mapAvailable = mapStatus !== "error";
  const viewMode: ViewMode = mapAvailable ? view.viewMode : "list";

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

  return (
    <>
      <div className="workspace">
        {/* The view comes first in reading order so the map or list is reached without scrolling past
            the panels on a phone; on wide screens CSS places the panels to its left. */}
        <div className="workspace__view">
          <ViewSwitch viewMode={viewMode} mapAvailable={mapAvailable} onChange={onViewMode} />
          {!mapAvailable && <MapUnavailable />}
          {mapAvailable && (
            // Kept mounted while the list shows, so the map keeps its view and never reloads.
            <MapPanel
              data={derived.mapData}
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
            <PlaceList groups={groups} onShowOnMap={mapAvailable ? onShowOnMap : undefined} />
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
        </div>
      </div>
      <OmData
        summary={data.summary}
        placesById={derived.placesById}
        open={omDataOpen}
        onOpenChange={onOmDataOpenChange}
        summaryRef={omDataSummaryRef}
      />
    </>
  );
}
