// Runs the planner's scenario in the reach worker. While a place is dragged this is asked on every
// pointer move; only one request is in flight at a time and, when it returns, only the latest pending
// request is sent (latest wins), so the figures follow the pointer as fast as the worker answers and
// requests never queue up.
import { useEffect, useRef, useState } from "react";
import type { EnginePlace, ReachKey } from "../../data/reachScenarios";
import type { ScenarioReach } from "../../geo/reachSummary";
import { reachClient } from "../../worker/reachClient";

export interface ScenarioAnswer {
  reach: ScenarioReach;
  ms: number;
  requestKey: string;
}

export type ScenarioState =
  | { status: "idle" }
  /** `previous`: the last answer (to an older request), shown until the current one lands. */
  | { status: "computing"; previous: ScenarioAnswer | null }
  | ({ status: "ready" } & ScenarioAnswer)
  | { status: "error"; reason: string; requestKey: string };

export interface ScenarioRequest {
  key: ReachKey;
  places: readonly EnginePlace[];
  /** Identifies the request; equal keys mean equal requests. */
  requestKey: string;
}

/** `request` null: no scenario (the published figures apply). */
export function useScenarioReach(request: ScenarioRequest | null): ScenarioState {
  const [answer, setAnswer] = useState<ScenarioAnswer | null>(null);
  const [failure, setFailure] = useState<{ reason: string; requestKey: string } | null>(null);
  const inFlight = useRef(false);
  const pending = useRef<ScenarioRequest | null>(null);

  useEffect(() => {
    pending.current = request;
    const pump = () => {
      const next = pending.current;
      if (inFlight.current || next === null) return;
      pending.current = null;
      inFlight.current = true;
      reachClient()
        .scenario(next.key, [...next.places])
        .then(
          ({ reach, ms }) => setAnswer({ reach, ms, requestKey: next.requestKey }),
          (error: Error) => setFailure({ reason: error.message, requestKey: next.requestKey }),
        )
        .finally(() => {
          inFlight.current = false;
          pump();
        });
    };
    pump();
  }, [request]);

  if (request === null) return { status: "idle" };
  if (answer?.requestKey === request.requestKey) return { status: "ready", ...answer };
  if (failure?.requestKey === request.requestKey) return { status: "error", ...failure };
  return { status: "computing", previous: answer };
}
