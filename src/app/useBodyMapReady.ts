import { useEffect } from "react";

export type MapStatus = "pending" | "ready" | "error";

/**
 * Publishes the map's state as `<body data-map-ready>` for the browser smoke test: "true" once `load`
 * fired and the data layers have rendered, "error" when the map cannot be shown.
 */
export function useBodyMapReady(status: MapStatus): void {
  useEffect(() => {
    if (status === "pending") delete document.body.dataset.mapReady;
    else document.body.dataset.mapReady = status === "ready" ? "true" : "error";
  }, [status]);
}
