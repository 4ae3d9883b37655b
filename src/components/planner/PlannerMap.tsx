// The planner's map panel: loads the map chunk lazily, hands it the model's classes and places, and
// turns its events (click an area, click to add, drag, close from the popup) into model edits.
import { lazy, Suspense, useCallback, useId, useMemo, useState, type RefObject } from "react";
import type { CountryCode } from "../../data/basemap";
import { inScenario } from "../../data/reachScenarios";
import type { MeetingPlaceProps } from "../../data/schema";
import { useFinderMapMessages } from "../../i18n/finderMapMessages";
import { usePlannerMessages } from "../../i18n/plannerMessages";
import { useTransitMessages } from "../../i18n/transitMessages";
import type {
  PlannerMapCallbacks,
  PlannerMapController,
  PlannerMapInput,
  PlannerPlaceCollection,
} from "../../map/planner/PlannerMapController";
import type { MapGeometryState } from "../../state/useAppData";
import type { PlannerModel } from "../../state/planner/usePlannerModel";
import { PlannerLegend } from "./PlannerLegend";
import type { TransitOverlay } from "./transit/useTransitOverlay";

const PlannerMapView = lazy(() => import("../../map/planner/PlannerMapView"));

export interface PlannerMapProps {
  model: PlannerModel;
  geometryState: MapGeometryState;
  mapAvailable: boolean;
  onMapStatus: (status: "ready" | "error") => void;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
  selectedKod: string | null;
  selectedName: string | null;
  addMode: boolean;
  onAddMode: (on: boolean) => void;
  onSelectArea: (kod: string | null) => void;
  onChoosePlace: (placeId: string) => void;
  controllerRef: RefObject<PlannerMapController | null>;
  /** A public-transport indicator shown instead of the car figures (kommun level only). */
  overlay?: TransitOverlay | null;
}

export function PlannerMap(props: PlannerMapProps) {
  const p = usePlannerMessages();
  const t = useTransitMessages();
  const id = useId();
  const { model, geometryState, placesById, selectedKod, addMode, onAddMode } = props;
  const overlay = props.overlay ?? null;
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(!props.mapAvailable);
  const [refused, setRefused] = useState(false);
  const { key, scenarioPlaces, kommunNames, choices } = model;

  const places = useMemo<PlannerPlaceCollection>(
    () => ({
      type: "FeatureCollection",
      features: scenarioPlaces
        .filter((place) => inScenario(key, place))
        .map((place) => {
          const added = place.id.startsWith("ny-");
          return {
            type: "Feature" as const,
            geometry: { type: "Point" as const, coordinates: [place.lon, place.lat] },
            properties: {
              id: place.id,
              label: added
                ? p.map.addedLabel(place.id.slice(3))
                : (placesById.get(place.id)?.label ?? place.id),
              kind: place.kind,
              kommunNamn: kommunNames.get(place.kommunKod) ?? place.kommunKod,
              added,
            },
          };
        }),
    }),
    [scenarioPlaces, key, placesById, kommunNames, p],
  );
  const popupText = useMemo(
    () => ({ close: p.map.closePlace, move: p.map.movePlace, inKommun: p.map.popupKommun }),
    [p],
  );
  const finderMap = useFinderMapMessages();
  const labelNames = useMemo(
    () => ({ lan: finderMap.lanLabel, country: (code: CountryCode) => finderMap.country[code] }),
    [finderMap],
  );
  const geometry = geometryState.status === "ready" ? geometryState.geometry : null;
  const input = useMemo<PlannerMapInput | null>(
    () =>
      geometry === null
        ? null
        : {
            geometry,
            level: overlay ? "kommun" : choices.level,
            mode: overlay ? "value" : model.mapMode,
            classes: overlay?.classes ?? model.classes,
            places,
            outlines: choices.outlines,
            selectedKod,
            addMode,
            popupText,
            ariaLabel: p.map.label,
            labelNames,
            focus: overlay?.focus ?? null,
          },
    [
      geometry,
      choices.level,
      model.mapMode,
      model.classes,
      overlay,
      places,
      choices.outlines,
      selectedKod,
      addMode,
      popupText,
      p,
      labelNames,
    ],
  );

  const { addPlace, setDrag, movePlace, closePlace } = model;
  const addKind = choices.kind === "spontaneous" ? "spontaneous" : "booked";
  const { onSelectArea, onChoosePlace, onMapStatus } = props;
  const onReady = useCallback(() => {
    setReady(true);
    onMapStatus("ready");
  }, [onMapStatus]);
  const callbacks = useMemo<PlannerMapCallbacks>(
    () => ({
      onSelectArea,
      onAddAt: (lon, lat, kod) => {
        if (addPlace(lon, lat, kod, addKind)) onAddMode(false);
      },
      onDragMove: (placeId, lon, lat) => setDrag({ placeId, lon, lat }),
      onDragEnd: (placeId, lon, lat, kod) => {
        setDrag(null);
        setRefused(!movePlace(placeId, lon, lat, kod));
      },
      onClosePlace: closePlace,
      onChoosePlace,
      onCancelAdd: () => onAddMode(false),
      onReady,
      onError: () => {
        setFailed(true);
        onMapStatus("error");
      },
    }),
    [
      onSelectArea,
      addPlace,
      addKind,
      onAddMode,
      setDrag,
      movePlace,
      closePlace,
      onChoosePlace,
      onReady,
      onMapStatus,
    ],
  );

  return (
    <div
      className={`planner-map${addMode ? " planner-map--adding" : ""}`}
      role="region"
      aria-label={p.map.label}
      aria-describedby={`${id}-alt`}
      data-testid="planner-map"
      data-ready={ready ? "true" : "false"}
    >
      <p id={`${id}-alt`} className="visually-hidden">
        {overlay ? t.map.alt : p.map.alt} {p.map.dragHint}
      </p>
      <div className="planner-map__frame">
        {failed ? (
          <p className="planner-map__loading" role="alert">
            {p.map.unavailable}
          </p>
        ) : input === null ? (
          <p className="planner-map__loading">
            {geometryState.status === "error" ? geometryState.error.reason : p.map.loading}
          </p>
        ) : (
          <Suspense fallback={<p className="planner-map__loading">{p.map.loading}</p>}>
            <PlannerMapView input={input} callbacks={callbacks} controllerRef={props.controllerRef} />
          </Suspense>
        )}
        {input !== null && !failed && choices.kind !== "provider" && (
          <button
            type="button"
            className="planner-map__add"
            aria-pressed={addMode}
            onClick={() => onAddMode(!addMode)}
            data-testid="planner-map-add"
          >
            {addMode ? p.whatIf.addOnMapActive : p.whatIf.addOnMap}
          </button>
        )}
        {refused && !addMode && (
          <p className="planner-map__hint" role="alert" data-testid="planner-move-refused">
            {p.map.outsideKommun}
          </p>
        )}
        {addMode && (
          <p className="planner-map__hint" role="status">
            {p.map.addHint}
          </p>
        )}
        {props.selectedName !== null && (
          <p className="planner-map__selected" data-testid="planner-map-selected">
            {p.map.selectedArea(props.selectedName)}
          </p>
        )}
      </div>
      <PlannerLegend model={model} overlay={overlay} />
    </div>
  );
}
