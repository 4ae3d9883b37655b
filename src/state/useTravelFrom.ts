// Travel from one point (a search hit or the user's position) to every published meeting place, computed
// by the reach worker on the road model. The page hands the worker the places it has already loaded, so
// meeting-places.geojson is fetched once. Results are cached per origin for the page's lifetime.
import { useEffect, useState } from "react";
import type { EnginePlace } from "../worker/reachService";
import { reachClient } from "../worker/reachClient";
import type { LonLat, PlaceTravel, TravelFromResult, TravelState } from "../worker/travelTypes";

// Components read the travel contract from here, not from worker/ (components → state → worker).
export { FAR_FROM_ROADS_KM, type PlaceTravel } from "../worker/travelTypes";

const cache = new Map<string, Promise<{ accessKm: number; travel: PlaceTravel[] }>>();

/**
 * `places`: the published places as the engine takes them (placedPlaces of the loaded collection); the
 * request waits for them (null while the page is still loading its data).
 */
export function useTravelFrom(origin: LonLat | null, places: EnginePlace[] | null): TravelState {
  const key = origin && places ? `${origin[0].toFixed(5)},${origin[1].toFixed(5)}` : null;
  const [state, setState] = useState<{ key: string | null; state: TravelState }>({
    key: null,
    state: { status: "idle" },
  });

  useEffect(() => {
    if (!origin || !key || !places) return;
    let cancelled = false;
    let request = cache.get(key);
    if (!request) {
      request = reachClient().travelFrom(origin, places);
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
    // The origin is identified by its key (rounded to 1 m); the published places do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (!origin) return { status: "idle" };
  return state.key === key ? state.state : { status: "loading" };
}
