// Runs the planner's scenario in the reach worker. While a place is dragged this is asked on every
// pointer move; only one request is in flight at a time and only the latest pending one is sent when it
// returns (latest wins), so the figures follow the pointer as fast as the worker answers and never queue.
import { useEffect, useRef, useState } from "react";
import type { EnginePlace, ReachKey } from "../../data/reachScenarios";
import type { ScenarioReach } from "../../geo/reachSummary";
import { reachClient } from "../../worker/reachClient";

export type ScenarioState =
  | { status: "idle" }
  | { status: "computing"; previous: { reach: ScenarioReach; ms: number; requestKey: string } | null }
  | { status: "ready"; reach: ScenarioReach; ms: number; requestKey: string }
  | { status: "error"; reason: string };

interface Request {
  key: ReachKey;
  places: readonly EnginePlace[];
  requestKey: string;
}

/**
 * `request` null: no scenario (the published figures apply). `requestKey` identifies the request; the
 * answer says which request it belongs to, so a caller can tell a stale answer from a current one.
 */
export function useScenarioReach(request: Request | null): ScenarioState {
  const [state, setState] = useState<ScenarioState>({ status: "idle" });
  const inFlight = useRef(false);
  const pending = useRef<Request | null>(null);
  const wanted = useRef<string | null>(null);
  const last = useRef<{ reach: ScenarioReach; ms: number; requestKey: string } | null>(null);

  useEffect(() => {
    wanted.current = request?.requestKey ?? null;
    if (request === null) {
      pending.current = null;
      setState({ status: "idle" });
      return;
    }
    if (last.current?.requestKey === request.requestKey) {
      setState({ status: "ready", ...last.current });
      return;
    }
    pending.current = request;
    setState({ status: "computing", previous: last.current });
    const pump = () => {
      const next = pending.current;
      if (inFlight.current || next === null) return;
      pending.current = null;
      inFlight.current = true;
      reachClient()
        .scenario(next.key, [...next.places])
        .then(
          ({ reach, ms }) => {
            last.current = { reach, ms, requestKey: next.requestKey };
            if (wanted.current === next.requestKey) setState({ status: "ready", ...last.current });
          },
          (error: Error) => {
            if (wanted.current === next.requestKey) setState({ status: "error", reason: error.message });
          },
        )
        .finally(() => {
          inFlight.current = false;
          pump();
        });
    };
    pump();
  }, [request]);

  return state;
}
