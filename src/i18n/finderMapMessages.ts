// Strings of the finder's map (origin marker, numbered pins, base-map labels), the phone map placeholder
// and the finder's new notices, kept apart from messages.ts so other views can grow without one shared
// file. Swedish first; English must be complete (test/i18n/finderMapMessages.test.ts).
import type { CountryCode } from "../data/basemap";
import { useI18n } from "./I18nProvider";
import type { Language } from "./language";

export interface FinderMapMessages {
  /** Name of a neighbouring country on the map. */
  country: Record<CountryCode, string>;
  /** A län name as the map writes it; Swedish keeps the name, English uses "<name> County". */
  lanLabel: (swedishName: string) => string;
  originMarker: string;
  pinLabel: (number: number, place: string) => string;
  /** The phone placeholder: what the map is and what it costs before it loads. */
  deferredTitle: string;
  deferredBody: string;
  /** "Servicekontor" is the report's own word; the UI's generic noun in running text. */
  serviceOffice: string;
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
  },
  lanLabel: (name) => name,
  originMarker: "Här sökte du från",
  pinLabel: (number, place) => `${number}. ${place}`,
  deferredTitle: "Kartan laddas när du vill se den",
  deferredBody:
    "Den visar samma platser som listan ovan och använder cirka 0,5 MB. Listan fungerar utan kartan.",
  serviceOffice: "Servicekontor",
};

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
  },
  lanLabel: englishLanName,
  originMarker: "Where you searched from",
  pinLabel: (number, place) => `${number}. ${place}`,
  deferredTitle: "The map loads when you want to see it",
  deferredBody:
    "It shows the same places as the list above and uses about 0.5 MB. The list works without the map.",
  serviceOffice: "Service office",
};

export const FINDER_MAP_MESSAGES: Record<Language, FinderMapMessages> = { sv, en };

export function useFinderMapMessages(): FinderMapMessages {
  return FINDER_MAP_MESSAGES[useI18n().language];
}
