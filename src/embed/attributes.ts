// The attributes of <narvaro-karta>, parsed forgivingly: a webmaster's typo never breaks the host page,
// it falls back to the default (and an unknown kommun is shown as a message inside the widget).
import type { MeetingKind } from "../data/schema";
import type { Language } from "../i18n/language";
import { searchKey } from "../search/normalize";
import type { EmbedIndex } from "./data/types";

export const ALL_KINDS: readonly MeetingKind[] = ["spontaneous", "booked", "provider"];
/** The widget's height when the attribute is missing or unreadable, CSS px. */
export const DEFAULT_HEIGHT_PX = 640;
const MIN_HEIGHT_PX = 240;

export interface WidgetOptions {
  /** The kommun attribute as written (trimmed); "" when missing. */
  kommun: string;
  lang: Language;
  kinds: MeetingKind[];
  /** A CSS length: "640px" or "40rem". */
  height: string;
  map: boolean;
}

export const OBSERVED_ATTRIBUTES = ["kommun", "lang", "kinds", "height", "map"] as const;

export function parseLang(value: string | null): Language {
  return value?.trim().toLowerCase().startsWith("en") ? "en" : "sv";
}

/** "booked, spontaneous" → in the canonical order; unknown words are ignored; nothing valid → all. */
export function parseKinds(value: string | null): MeetingKind[] {
  if (value === null) return [...ALL_KINDS];
  const words = new Set(value.toLowerCase().split(/[\s,;]+/));
  const kinds = ALL_KINDS.filter((kind) => words.has(kind));
  return kinds.length > 0 ? kinds : [...ALL_KINDS];
}

/** "480", "480px" or "30rem"/"30em" (at least 240 px or 15 rem); anything else → the default. */
export function parseHeight(value: string | null): string {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px|rem|em)?\s*$/i.exec(value ?? "");
  if (match === null) return `${DEFAULT_HEIGHT_PX}px`;
  const amount = Number(match[1]);
  const unit = (match[2] ?? "px").toLowerCase();
  const px = unit === "px" ? amount : amount * 16;
  return px < MIN_HEIGHT_PX ? `${MIN_HEIGHT_PX}px` : `${amount}${unit}`;
}

export function parseMap(value: string | null): boolean {
  return !/^\s*(off|false|no|0|nej|av)\s*$/i.test(value ?? "");
}

export function parseOptions(get: (name: string) => string | null): WidgetOptions {
  return {
    kommun: get("kommun")?.trim() ?? "",
    lang: parseLang(get("lang")),
    kinds: parseKinds(get("kinds")),
    height: parseHeight(get("height")),
    map: parseMap(get("map")),
  };
}

/** A four-digit kommunkod as written ("0180", or "180" with the leading zero lost by a spreadsheet). */
export function asKommunKod(value: string): string | null {
  const digits = value.trim();
  return /^\d{3,4}$/.test(digits) ? digits.padStart(4, "0") : null;
}

/**
 * The kommunkod for a name, forgiving case, diacritics and the word "kommun" ("ORSA", "Malmo",
 * "Goteborg", "Orsa kommun", "Göteborgs kommun"). null when no kommun matches.
 */
export function resolveKommunName(value: string, index: EmbedIndex): string | null {
  const key = searchKey(value);
  const bare = key.replace(/ kommun$|^kommun /, "");
  // The genitive of "Göteborgs kommun", tried only after the name as written ("Grums" ends in s).
  const candidates = [key, bare, bare.replace(/s$/, "")].filter((candidate) => candidate !== "");
  for (const candidate of candidates) {
    const match = index.kommuner.find(([, namn]) => searchKey(namn) === candidate);
    if (match !== undefined) return match[0];
  }
  return null;
}
