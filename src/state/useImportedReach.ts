// Travel time from where people live to the nearest provider in the user's imported list (the reach
// worker's "provider" scenario; report 004 has no provider points of its own to compare with).
import { useEffect, useState } from "react";
import type { ReachStats } from "../data/schema";
import { importedEnginePlaces, type ImportedList } from "./importedPlaces";
import { reachClient } from "../worker/reachClient";

export type ImportedReachState =
  | { status: "none" }
  | { status: "computing" }
  | { status: "ready"; sverige: ReachStats }
  | { status: "error"; reason: string };

export function useImportedReach(list: ImportedList): ImportedReachState {
  const [result, setResult] = useState<{ list: ImportedList; state: ImportedReachState } | null>(null);
  const providers = importedEnginePlaces(list, "provider").length;
  useEffect(() => {
    const places = importedEnginePlaces(list, "provider");
    if (places.length === 0) return;
    let cancelled = false;
    reachClient()
      .scenario("provider", places)
      .then(
        ({ reach }) => !cancelled && setResult({ list, state: { status: "ready", sverige: reach.sverige } }),
        (error: Error) =>
          !cancelled && setResult({ list, state: { status: "error", reason: error.message } }),
      );
    return () => {
      cancelled = true;
    };
  }, [list]);
  if (providers === 0) return { status: "none" };
  return result?.list === list ? result.state : { status: "computing" };
}
