// Header text → field. People name their columns in Swedish or English, in any case, sometimes with a
// unit in brackets ("Latitud (WGS84)"); each header is folded (lower case, no diacritics, no punctuation)
// and looked up in the list below. The first column that matches a field wins; later ones are reported.
import { foldName } from "../names.ts";
import type { ColumnMapping, FileNote, ImportField } from "./types.ts";

/** Folded header names per field. Documented for users in the help text and the README. */
export const COLUMN_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  name: ["namn", "name", "benamning", "platsnamn", "plats", "place", "place name", "label", "titel", "title"],
  kind: ["typ", "kind", "type", "slag", "motesform", "meeting kind"],
  service: ["tjanst", "service", "tjanstenamn", "service name", "avtalad tjanst"],
  address: ["adress", "address", "gatuadress", "besoksadress", "street", "street address", "leveransadress"],
  postnummer: [
    "postnummer",
    "postnr",
    "post nr",
    "postcode",
    "post code",
    "postal code",
    "zip",
    "zip code",
    "zipcode",
  ],
  ort: ["ort", "postort", "locality", "city", "town", "tatort"],
  kommun: [
    "kommun",
    "kommunnamn",
    "kommunkod",
    "kommun kod",
    "kommunnummer",
    "municipality",
    "municipality code",
  ],
  lat: ["lat", "latitud", "latitude", "breddgrad", "wgs84 lat"],
  lon: ["lon", "lng", "long", "longitud", "longitude", "langdgrad", "wgs84 lon"],
  northing: ["n", "northing", "nord", "nordlig", "norr"],
  easting: ["e", "easting", "ost", "ostlig", "east", "o"],
  x: ["x", "x koordinat", "koordinat x"],
  y: ["y", "y koordinat", "koordinat y"],
};

const FIELD_BY_NAME = new Map<string, ImportField>(
  Object.entries(COLUMN_NAMES).flatMap(([field, names]) => names.map((n) => [n, field as ImportField])),
);

/** The field a header names, or null. "Latitud (WGS84)" → lat, "KommunKod" → kommun. */
export function fieldOfHeader(header: string): ImportField | null {
  const folded = foldName(header);
  const withoutBrackets = foldName(header.replace(/\(.*?\)|\[.*?\]/g, " "));
  return FIELD_BY_NAME.get(folded) ?? FIELD_BY_NAME.get(withoutBrackets) ?? null;
}

export interface HeaderMap {
  /** Field → index of its column. */
  index: Partial<Record<ImportField, number>>;
  mapping: ColumnMapping;
  notes: FileNote[];
}

export function mapHeader(header: readonly string[]): HeaderMap {
  const index: Partial<Record<ImportField, number>> = {};
  const mapping: ColumnMapping = {};
  const notes: FileNote[] = [];
  const unused: string[] = [];
  header.forEach((text, i) => {
    const field = fieldOfHeader(text);
    if (field === null) {
      if (text.trim() !== "") unused.push(text.trim());
      return;
    }
    const used = mapping[field];
    if (used !== undefined) {
      notes.push({ code: "duplicate_column", field, used, ignored: text.trim() });
      return;
    }
    index[field] = i;
    mapping[field] = text.trim();
  });
  if (unused.length > 0) notes.push({ code: "unused_columns", columns: unused });
  return { index, mapping, notes };
}
