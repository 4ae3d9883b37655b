// Travel from the finder's origin to the places imported from the user's file: the reach worker's
// travelFrom with `places`, nearest first per kind.
import { useEffect, useState } from "react";
import type { ImportedKind, ImportedPlace } from "../data/import/types";
import { reachClient } from "../worker/reachClient";
import type { LonLat, PlaceTravel } from "../worker/travelTypes";
import { importedEnginePlaces, type ImportedList } from "./importedPlaces";

export interface ImportedNearest {
  place: ImportedPlace;
  travel: PlaceTravel;
}

export type ImportedTravelState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; byKind: Record<ImportedKind, ImportedNearest[]> }
  | { status: "error"; reason: string };

const PER_KIND = 3;

export function useImportedTravel(origin: LonLat | null, list: ImportedList | null): ImportedTravelState {
  const key = origin && list ? `${origin[0].toFixed(5)},${origin[1].toFixed(5)}` : null;
  const [result, setResult] = useState<{
    key: string;
    list: ImportedList;
    state: ImportedTravelState;
  } | null>(null);
  useEffect(() => {
    if (!origin || !list || !key) return;
    let cancelled = false;
    reachClient()
      .travelFrom(origin, importedEnginePlaces(list))
      .then(
        ({ travel }) => {
          if (cancelled) return;
          const byId = new Map(list.places.map((p) => [p.id, p]));
          const byKind: Record<ImportedKind, ImportedNearest[]> = {
            spontaneous: [],
            booked: [],
            provider: [],
          };
          for (const t of [...travel].sort((a, b) => a.minutes - b.minutes)) {
            const place = byId.get(t.placeId);
            if (place && byKind[place.kind].length < PER_KIND) byKind[place.kind].push({ place, travel: t });
          }
          setResult({ key, list, state: { status: "ready", byKind } });
        },
        (error: Error) =>
          !cancelled && setResult({ key, list, state: { status: "error", reason: error.message } }),
      );
    return () => {
      cancelled = true;
    };
    // The origin is identified by its key (rounded to 1 m).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, list]);
  if (!key || !list) return { status: "idle" };
  return result?.key === key && result.list === list ? result.state : { status: "loading" };
}
