// Travel from one point (a search hit or the user's position) to every published meeting place, computed
// by the reach worker on the road model. Results are cached per origin for the page's lifetime.
import { useEffect, useState } from "react";
import { reachClient } from "../worker/reachClient";
import type { LonLat, PlaceTravel, TravelFromResult, TravelState } from "../worker/travelTypes";

const cache = new Map<string, Promise<{ accessKm: number; travel: PlaceTravel[] }>>();

export function useTravelFrom(origin: LonLat | null): TravelState {
  const key = origin ? `${origin[0].toFixed(5)},${origin[1].toFixed(5)}` : null;
  const [state, setState] = useState<{ key: string | null; state: TravelState }>({
    key: null,
    state: { status: "idle" },
  });

  useEffect(() => {
    if (!origin || !key) return;
    let cancelled = false;
    let request = cache.get(key);
    if (!request) {
      request = reachClient().travelFrom(origin);
      cache.set(key, request);
      request.catch(() => cache.delete(key));
    }
    request.then(
      ({ accessKm, travel }) => {
        if (cancelled) return;
        const result: TravelFromResult = {
          origin,
          accessKm,
          byPlaceId: new Map(travel.map((t) => [t.placeId, t])),
        };
        setState({ key, state: { status: "ready", result } });
      },
      (error: Error) => {
        if (!cancelled) setState({ key, state: { status: "error", reason: error.message } });
      },
    );
    return () => {
      cancelled = true;
    };
    // The origin is identified by its key (rounded to 1 m).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (!origin) return { status: "idle" };
  return state.key === key ? state.state : { status: "loading" };
}
