import { useCallback, useEffect, useState } from "react";
import { loadAppData, type AppData, type DataLoadError } from "./appData";

export type AppDataState =
  { status: "loading" } | { status: "error"; error: DataLoadError } | { status: "ready"; data: AppData };

/** Loads public/data once; `retry` starts a new attempt after an error. */
export function useAppData(): { state: AppDataState; retry: () => void } {
  const [state, setState] = useState<AppDataState>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void loadAppData(import.meta.env.BASE_URL, (url) => fetch(url)).then((result) => {
      if (cancelled) return;
      setState(result.ok ? { status: "ready", data: result.data } : { status: "error", error: result.error });
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
