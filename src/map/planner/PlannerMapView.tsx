// React's side of the planner map: a container and effects that hand the controller new input. Loaded
// lazily so the planner's table renders before maplibre arrives.
import "maplibre-gl/dist/maplibre-gl.css";
import "../map.css";
import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";
import { PlannerMapController, type PlannerMapCallbacks, type PlannerMapInput } from "./PlannerMapController";

export interface PlannerMapViewProps {
  input: PlannerMapInput;
  callbacks: PlannerMapCallbacks;
  /** Filled with the controller once it exists (the PNG export asks it). */
  controllerRef: RefObject<PlannerMapController | null>;
}

export default function PlannerMapView({ input, callbacks, controllerRef }: PlannerMapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const latest = useRef({ input, callbacks });
  useLayoutEffect(() => {
    latest.current = { input, callbacks };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    // Callbacks go through the ref, so the map is built once and never rebuilt.
    const through: PlannerMapCallbacks = {
      onSelectArea: (kod) => latest.current.callbacks.onSelectArea(kod),
      onAddAt: (lon, lat, kod) => latest.current.callbacks.onAddAt(lon, lat, kod),
      onDragMove: (id, lon, lat) => latest.current.callbacks.onDragMove(id, lon, lat),
      onDragEnd: (id, lon, lat, kod) => latest.current.callbacks.onDragEnd(id, lon, lat, kod),
      onClosePlace: (id) => latest.current.callbacks.onClosePlace(id),
      onChoosePlace: (id) => latest.current.callbacks.onChoosePlace(id),
      onCancelAdd: () => latest.current.callbacks.onCancelAdd(),
      onReady: () => latest.current.callbacks.onReady(),
      onError: (error) => latest.current.callbacks.onError(error),
    };
    let controller: PlannerMapController;
    try {
      controller = new PlannerMapController(container, latest.current.input, through);
    } catch (error) {
      console.error(error);
      latest.current.callbacks.onError(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    controllerRef.current = controller;
    return () => {
      controllerRef.current = null;
      controller.destroy();
    };
  }, [controllerRef]);

  useEffect(() => controllerRef.current?.update(input), [input, controllerRef]);

  return <div ref={containerRef} className="planner-map__canvas" data-testid="planner-map-canvas" />;
}
