// Runs a what-if scenario in the reach worker whenever the edits or the scenario change. The latest
// request wins: an answer to an older one is dropped.
import { useEffect, useMemo, useState } from "react";
import { placedPlaces, type EnginePlace, type ReachKey } from "../data/reachScenarios";
import type { MeetingPlaceCollection, Summary } from "../data/schema";
import type { ScenarioReach } from "../geo/reachSummary";
import { applyEdits, type WhatIfEdit } from "../state/reachTable";
import { reachClient } from "../worker/reachClient";

export type WhatIfState =
  | { status: "idle" }
  | { status: "computing" }
  | { status: "ready"; reach: ScenarioReach; ms: number }
  | { status: "error"; reason: string };

const KIND_OF: Record<ReachKey, string> = {
  spontaneous: "spontaneous",
  spontaneousIncludingPlanned: "spontaneous",
  booked: "booked",
  provider: "provider",
};

const NO_IMPORTED: readonly EnginePlace[] = [];
/** A number per imported list, so a request key names the list without serialising it. */
const importedVersions = new WeakMap<readonly EnginePlace[], number>();
let lastVersion = 0;
const versionOf = (list: readonly EnginePlace[]) => {
  if (!importedVersions.has(list)) importedVersions.set(list, ++lastVersion);
  return importedVersions.get(list)!;
};

/** `imported`: places from the user's file (state/importedPlaces.ts); those of the scenario's kind count. */
export function useWhatIf(
  key: ReachKey,
  edits: readonly WhatIfEdit[],
  places: MeetingPlaceCollection,
  summary: Summary,
  imported: readonly EnginePlace[] = NO_IMPORTED,
): WhatIfState {
  const enginePlaces = useMemo(() => placedPlaces(places), [places]);
  const seats = useMemo(() => new Map(summary.kommuner.map((k) => [k.kod, k.seat])), [summary]);
  const kindOfPlace = useMemo(
    () => new Map(enginePlaces.map((p) => [p.id, p.kind as string])),
    [enginePlaces],
  );
  const relevant = useMemo(
    () => edits.filter((e) => (e.type === "add" ? e.kind : kindOfPlace.get(e.placeId)) === KIND_OF[key]),
    [edits, key, kindOfPlace],
  );
  const importedHere = useMemo(() => imported.filter((p) => p.kind === KIND_OF[key]), [imported, key]);
  // Each result remembers the request it answers; a newer request shows "computing" until it lands.
  const requestKey = useMemo(
    () => JSON.stringify([key, relevant, importedHere.length > 0 ? versionOf(imported) : 0]),
    [key, relevant, importedHere, imported],
  );
  const [result, setResult] = useState<{ requestKey: string; state: WhatIfState } | null>(null);

  useEffect(() => {
    if (relevant.length === 0 && importedHere.length === 0) return;
    let cancelled = false;
    reachClient()
      .scenario(key, [...applyEdits(enginePlaces, relevant, seats), ...importedHere])
      .then(
        ({ reach, ms }) => {
          if (!cancelled) setResult({ requestKey, state: { status: "ready", reach, ms } });
        },
        (error: Error) => {
          if (!cancelled) setResult({ requestKey, state: { status: "error", reason: error.message } });
        },
      );
    return () => {
      cancelled = true;
    };
  }, [requestKey, key, relevant, enginePlaces, seats, importedHere]);

  if (relevant.length === 0 && importedHere.length === 0) return { status: "idle" };
  return result?.requestKey === requestKey ? result.state : { status: "computing" };
}
