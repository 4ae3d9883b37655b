// The list view's structure: län (in SCB code order) → kommun (alphabetical, Swedish collation) → places.
import type { MeetingForm, MeetingPlaceProps } from "../data/schema";

export interface KommunGroup {
  kommunKod: string;
  kommunNamn: string;
  places: MeetingPlaceProps[];
}

export interface LanGroup {
  lanKod: string;
  lanNamn: string;
  placeCount: number;
  kommuner: KommunGroup[];
}

/** Order within a kommun: walk-in offices first, then the booked forms from most to least staffed. */
const FORM_ORDER: Record<MeetingForm, number> = {
  servicekontor: 0,
  fast_bemannat: 1,
  reser_till: 2,
  samarbetslosning: 3,
};

const collator = new Intl.Collator("sv");

export function groupPlacesByLanKommun(
  places: readonly MeetingPlaceProps[],
  lanNames: ReadonlyMap<string, string>,
): LanGroup[] {
  const byLan = new Map<string, Map<string, MeetingPlaceProps[]>>();
  for (const place of places) {
    let byKommun = byLan.get(place.lanKod);
    if (byKommun === undefined) {
      byKommun = new Map();
      byLan.set(place.lanKod, byKommun);
    }
    const list = byKommun.get(place.kommunKod);
    if (list === undefined) byKommun.set(place.kommunKod, [place]);
    else list.push(place);
  }

  return [...byLan.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lanKod, byKommun]) => {
      const kommuner = [...byKommun.entries()]
        .map(([kommunKod, kommunPlaces]) => ({
          kommunKod,
          kommunNamn: kommunPlaces[0]?.kommunNamn ?? kommunKod,
          places: [...kommunPlaces].sort(
            (a, b) => FORM_ORDER[a.form] - FORM_ORDER[b.form] || collator.compare(a.label, b.label),
          ),
        }))
        .sort((a, b) => collator.compare(a.kommunNamn, b.kommunNamn));
      return {
        lanKod,
        // A missing name is shown as the code rather than hiding the group.
        lanNamn: lanNames.get(lanKod) ?? lanKod,
        placeCount: kommuner.reduce((sum, k) => sum + k.places.length, 0),
        kommuner,
      };
    });
}

/** Län code → name from the län polygons' properties. */
export function lanNameIndex(
  lan: readonly { properties: { kod: string; namn: string } }[],
): Map<string, string> {
  return new Map(lan.map((feature) => [feature.properties.kod, feature.properties.namn]));
}
