// Everything the panels and the map derive from the loaded files, memoised so each is computed once per
// data load (or per toggle change), never on every render.
import { useMemo } from "react";
import type { MeetingStatus } from "../data/schema";
import { toDisplayCollection } from "../map/displayPoints";
import type { DisplayPlaceCollection } from "../map/layers";
import type { AppData } from "../state/appData";
import { groupPlacesByLanKommun, lanNameIndex, type LanGroup } from "../state/groupPlaces";
import { legendCounts, type LegendCounts } from "../state/legendCounts";
import { filterPlaces, type LayerToggles } from "../state/toggles";

export interface StaticDerived {
  /** Places at their display position, for the map. */
  displayPlaces: DisplayPlaceCollection;
  lanNames: ReadonlyMap<string, string>;
  legendCounts: LegendCounts;
  statusCounts: Record<MeetingStatus, number>;
}

export function useStaticDerived(data: AppData): StaticDerived {
  return useMemo(() => {
    const statusCounts: Record<MeetingStatus, number> = { current: 0, planned: 0, pending: 0 };
    for (const feature of data.places.features) statusCounts[feature.properties.status] += 1;
    return {
      displayPlaces: toDisplayCollection(data.places),
      // Län names come with the summary, so the list needs no polygons.
      lanNames: lanNameIndex(data.summary.lan.map((lan) => ({ properties: lan }))),
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
