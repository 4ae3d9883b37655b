// Strings of the finder's map (origin marker, numbered pins, base-map labels), the phone map placeholder
// and the finder's new notices, kept apart from messages.ts so other views can grow without one shared
// file. Swedish first; English must be complete (test/i18n/finderMapMessages.test.ts).
import type { CountryCode } from "../data/basemap";
import type { MeetingPlaceProps } from "../data/schema";
import { useI18n } from "./I18nProvider";
import type { Language } from "./language";

export interface FinderMapMessages {
  /** Name of a neighbouring country on the map. */
  country: Record<CountryCode, string>;
  /** A län name as the map writes it; Swedish keeps the name, English uses "<name> County". */
  lanLabel: (swedishName: string) => string;
  originMarker: string;
  pinLabel: (number: number, place: string) => string;
  /**
   * The phone placeholder: what the map is and what it costs before it loads. 0.8 MB is the gzip sum of
   * the map chunk, MapLibre's worker and the four polygon files as `npm run bench` lists them (≈ 780 KB).
   */
  deferredTitle: string;
  deferredBody: string;
  /**
   * A place's name as the UI shows it. The product builds labels from a generic noun and the locality
   * (data/places.ts labelOf); English translates the noun, names of organisations stay as they are. A
   * planned place the report gives no locality for says so, so that three "Stockholm" rows are explained.
   */
  placeLabel: (place: MeetingPlaceProps) => string;
  /** A `?place=`, `?view=` or `?lang=` the page does not know; the URL has been tidied. */
  urlNotice: (param: "place" | "view" | "lang", value: string) => string;
  /** The folded list of contracted services under the providers' counts. */
  providerListSummary: (count: string) => string;
  /** An empty search: what to do instead. */
  emptyQuery: string;
  /** The query matched only approximately: ask, and say what the results are for. */
  didYouMean: (label: string) => string;
  approximateNote: (typed: string, label: string) => string;
  /** Said once under the results, only when a place this near has no road link from the origin. */
  unreachableNearby: (places: string) => string;
}

function where(place: MeetingPlaceProps): string {
  return place.locality ?? place.kommunNamn;
}

const sv: FinderMapMessages = {
  country: {
    NO: "Norge",
    FI: "Finland",
    AX: "Åland",
    DK: "Danmark",
    DE: "Tyskland",
    PL: "Polen",
    LT: "Litauen",
    LV: "Lettland",
    EE: "Estland",
    RU: "Ryssland",
    BY: "Belarus",
    SE: "Sverige",
  },
  lanLabel: (name) => name,
  originMarker: "Här sökte du från",
  pinLabel: (number, place) => `${number}. ${place}`,
  deferredTitle: "Kartan laddas när du vill se den",
  deferredBody:
    "Den visar samma platser som listan ovan. Kartprogrammet och gränserna är cirka 0,8 MB att hämta. Listan fungerar utan kartan.",
  urlNotice: (param, value) =>
    ({
      place: `Adressen pekade på platsen ”${value}”, som inte finns bland platserna. Den har tagits bort ur adressen.`,
      view: `Adressen bad om vyn ”${value}”, som inte finns. Kartan visas i stället.`,
      lang: `Adressen bad om språket ”${value}”, som inte finns. Sidan visas på svenska (English finns också).`,
    })[param],
  providerListSummary: (count) => `Visa de ${count} tjänsterna med antal kommuner och adresser`,
  emptyQuery: "Skriv en kommun, en ort eller ett postnummer i sökfältet först – eller använd din position.",
  didYouMean: (label) => `Menade du ${label}?`,
  approximateNote: (typed, label) =>
    `Inget namn i Sverige stavas ”${typed}”. Resultaten nedan gäller ${label}, det närmaste namnet. Sök igen om du menade något annat.`,
  unreachableNearby: (places) =>
    `Hit går det inte att köra på väg härifrån, till exempel för att platsen ligger på en ö: ${places}. Därför saknar de restid ovan.`,
  placeLabel: (place) =>
    place.form === "servicekontor" && place.status === "planned" && place.locality === null
      ? `${place.label} – rapporten anger ingen ort`
      : place.label,
};

/** A search entry's detail ("Torsby · Värmlands län") with its län name as the language writes it. */
export function localDetail(detail: string, lanLabel: (swedishName: string) => string): string {
  return detail
    .split(" · ")
    .map((part) => (part.endsWith(" län") ? lanLabel(part) : part))
    .join(" · ");
}

/**
 * English county names follow the official form "Dalarna County": drop " län" and the Swedish genitive
 * "s" that the name takes before it ("Dalarnas län"); names without it ("Skåne län") keep their ending.
 */
export function englishLanName(swedishName: string): string {
  const match = /^(.*?)(s?) län$/.exec(swedishName);
  if (match === null) return swedishName;
  // No län's own name ends in "s", so a final "s" before " län" is always the genitive.
  return `${match[1]} County`;
}

const en: FinderMapMessages = {
  country: {
    NO: "Norway",
    FI: "Finland",
    AX: "Åland",
    DK: "Denmark",
    DE: "Germany",
    PL: "Poland",
    LT: "Lithuania",
    LV: "Latvia",
    EE: "Estonia",
    RU: "Russia",
    BY: "Belarus",
    SE: "Sweden",
  },
  lanLabel: englishLanName,
  originMarker: "Where you searched from",
  pinLabel: (number, place) => `${number}. ${place}`,
  deferredTitle: "The map loads when you want to see it",
  deferredBody:
    "It shows the same places as the list above. The map software and borders are about 0.8 MB to download. The list works without the map.",
  urlNotice: (param, value) =>
    ({
      place: `The address pointed to the place “${value}”, which is not among the places. It has been removed from the address.`,
      view: `The address asked for the view “${value}”, which does not exist. The map is shown instead.`,
      lang: `The address asked for the language “${value}”, which does not exist. The page is shown in English.`,
    })[param],
  providerListSummary: (count) =>
    `Show the ${count} services with their numbers of municipalities and addresses`,
  emptyQuery: "Type a municipality, locality or postcode in the search field first – or use your position.",
  didYouMean: (label) => `Did you mean ${label}?`,
  approximateNote: (typed, label) =>
    `No name in Sweden is spelt “${typed}”. The results below are for ${label}, the closest name. Search again if you meant something else.`,
  unreachableNearby: (places) =>
    `These places cannot be reached by road from here, for example because they are on an island: ${places}. That is why they have no travel time above.`,
  placeLabel: (place) => {
    const at = where(place);
    switch (place.form) {
      case "servicekontor":
        return place.status === "planned"
          ? `Service office ${at} (planned 2022–2023${place.locality === null ? ", the report gives no locality" : ""})`
          : `Service office ${at}`;
      case "fast_bemannat":
        return `Arbetsförmedlingen ${at}`;
      case "reser_till":
        return `Arbetsförmedlingen ${at} (office staff travel to)`;
      case "samarbetslosning":
        return `Partnership solution ${at}`;
    }
  },
};

export const FINDER_MAP_MESSAGES: Record<Language, FinderMapMessages> = { sv, en };

export function useFinderMapMessages(): FinderMapMessages {
  return FINDER_MAP_MESSAGES[useI18n().language];
}
