import { useCallback, useEffect, useState } from "react";
import { afterFirstPaint } from "./afterFirstPaint";
import { loadAppData, loadMapGeometry, type AppData, type DataLoadError, type MapGeometry } from "./appData";

export type AppDataState =
  { status: "loading" } | { status: "error"; error: DataLoadError } | { status: "ready"; data: AppData };

/** Loads public/data once; `retry` starts a new attempt after an error. */
export function useAppData(): { state: AppDataState; retry: () => void } {
  const [state, setState] = useState<AppDataState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    // After the shell's first paint: the header and the finder show before any data is requested.
    const cancelStart = afterFirstPaint(() => {
      void loadAppData(import.meta.env.BASE_URL, (url) => fetch(url)).then((result) => {
        if (cancelled) return;
        setState(
          result.ok ? { status: "ready", data: result.data } : { status: "error", error: result.error },
        );
      });
    });
    return () => {
      cancelled = true;
      cancelStart();
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}

export type MapGeometryState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "error"; error: DataLoadError }
  | { status: "ready"; geometry: MapGeometry };

/** Loads the map's polygons once `wanted` turns true (the map is about to be shown), then keeps them. */
export function useMapGeometry(wanted: boolean): MapGeometryState {
  const [state, setState] = useState<MapGeometryState>({ status: "idle" });
  const started = wanted || state.status !== "idle";

  useEffect(() => {
    if (!started) return;
    let cancelled = false;
    void loadMapGeometry(import.meta.env.BASE_URL, (url) => fetch(url)).then((result) => {
      if (cancelled) return;
      setState(
        result.ok ? { status: "ready", geometry: result.geometry } : { status: "error", error: result.error },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [started]);

  return started && state.status === "idle" ? { status: "loading" } : state;
}
