// Everything the panels and the map derive from the loaded files, memoised so each is computed once per
// data load (or per toggle change), never on every render.
import { useMemo } from "react";
import type { MeetingPlaceProps, MeetingStatus } from "../data/schema";
import { toDisplayCollection } from "../map/displayPoints";
import { NO_REACH_AREA, type MapLayerData } from "../map/layers";
import type { AppData } from "../state/appData";
import { groupPlacesByLanKommun, lanNameIndex, type LanGroup } from "../state/groupPlaces";
import { legendCounts, type LegendCounts } from "../state/legendCounts";
import { filterPlaces, type LayerToggles } from "../state/toggles";

export interface StaticDerived {
  mapData: MapLayerData;
  lanNames: ReadonlyMap<string, string>;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
  legendCounts: LegendCounts;
  statusCounts: Record<MeetingStatus, number>;
}

export function useStaticDerived(data: AppData): StaticDerived {
  return useMemo(() => {
    const statusCounts: Record<MeetingStatus, number> = { current: 0, planned: 0, pending: 0 };
    for (const feature of data.places.features) statusCounts[feature.properties.status] += 1;
    return {
      mapData: {
        kommuner: data.kommuner,
        lan: data.lan,
        faRegioner: data.faRegioner,
        places: toDisplayCollection(data.places),
        reachArea: NO_REACH_AREA,
      },
      lanNames: lanNameIndex(data.lan.features),
      placesById: new Map(data.places.features.map((f) => [f.properties.id, f.properties])),
      legendCounts: legendCounts(data.summary, data.places.features),
      statusCounts,
    };
  }, [data]);
}

export function useListGroups(
  data: AppData,
  toggles: LayerToggles,
  lanNames: ReadonlyMap<string, string>,
): LanGroup[] {
  return useMemo(
    () =>
      groupPlacesByLanKommun(
        filterPlaces(data.places.features, toggles).map((feature) => feature.properties),
        lanNames,
      ),
    [data, toggles, lanNames],
  );
}
