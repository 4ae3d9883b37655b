// Strings of the place-list import (panel, row report, help text), Swedish first. Pure: the CLI
// (scripts/import.ts) prints the same reasons as the app. The React hook is useImportMessages in
// components/import/.
import type {
  CoordinateForm,
  FileNote,
  FileProblem,
  ImportDelimiter,
  ImportEncoding,
  ImportPrecision,
  ImportedKind,
  RowProblem,
  RowWarning,
} from "../data/import/types";
import type { Language } from "./language";

export interface ImportMessages {
  title: string;
  intro: string;
  privacy: string;
  chooseFile: string;
  dropHere: string;
  dropActive: string;
  reading: string;
  fileLabel: (name: string) => string;
  encodingLabel: string;
  encodings: Record<ImportEncoding, string>;
  delimiterLabel: string;
  delimiters: Record<ImportDelimiter, string>;
  coordinatesLabel: string;
  coordinateForms: Record<CoordinateForm, string>;
  defaultKindLabel: string;
  detected: string;
  confirmNote: string;
  summary: (accepted: number, rejected: number, rows: number) => string;
  acceptedTitle: string;
  rejectedTitle: string;
  notesTitle: string;
  columns: { line: string; name: string; kind: string; position: string; kommun: string; reason: string };
  kinds: Record<ImportedKind, string>;
  kindsPlural: Record<ImportedKind, string>;
  precisions: Record<ImportPrecision, string>;
  fromFile: string;
  clear: string;
  exportCsv: string;
  templateTitle: string;
  templateSemicolon: string;
  templateComma: string;
  helpTitle: string;
  help: string[];
  helpColumns: [string, string][];
  helpCoordinates: [string, string][];
  layerLegend: string;
  bilaga3: (fileCount: number, services: string) => string;
  bilaga3Service: (name: string, addresses: string, kommuner: string) => string;
  nothingChanged: string;
  confirm: (count: number) => string;
  more: (count: string) => string;
  helpColumnsCaption: string;
  helpCoordinatesCaption: string;
  reachComputing: string;
  providerReach: (median: string, share30: string, share60: string) => string;
  reachError: (reason: string) => string;
  showLayer: string;
  popupFrom: string;
  travel: (minutes: string, km: string) => string;
  noRoad: string;
  listTitle: (count: number) => string;
  gazetteerError: (reason: string) => string;
  line: (line: number) => string;
  warningsPrefix: string;
  nearestFromFile: string;
  whatIfIncluded: (count: number) => string;
  row: (p: RowProblem) => string;
  warning: (w: RowWarning) => string;
  file: (p: FileProblem) => string;
  note: (n: FileNote) => string;
}

const list = (items: readonly string[], or: string) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${or} ${items.at(-1)}`;
const q = (text: string) => `'${text}'`;

const SV_KINDS: Record<ImportedKind, string> = {
  spontaneous: "spontanbesök (servicekontor)",
  booked: "bokat möte",
  provider: "leverantör",
};

const svRow = (p: RowProblem): string => {
  switch (p.code) {
    case "no_name":
      return "namn saknas";
    case "quote_error":
      return 'ett citattecken (") öppnas men stängs inte: en cell inom citattecken måste sluta med ett citattecken';
    case "cell_count":
      return (
        `raden har ${p.found} celler men rubrikraden har ${p.expected}` +
        (p.decimalCommaHint
          ? " (decimalkomma i en kommaseparerad fil? sätt talet inom citattecken eller använd semikolon)"
          : "")
      );
    case "empty_kind":
      return "typ saknas (spontanbesök, bokat möte, leverantör eller en tjänst i Bilaga 3)";
    case "unknown_kind":
      return (
        `okänd typ ${q(p.value)}` +
        (p.suggestions.length ? ` — menade du ${list(p.suggestions, "eller")}?` : "")
      );
    case "not_a_number":
      return `${q(p.value)} i kolumnen ${q(p.column)} är inget tal`;
    case "half_coordinate":
      return `koordinaten i ${q(p.missing)} saknas (${q(p.present)} är ifylld)`;
    case "not_sweref99tm":
      return `${q(p.first)}, ${q(p.second)} är inte SWEREF 99 TM (nordlig koordinat med 7 siffror och östlig med 6)`;
    case "outside_sweden":
      return `punkten ligger utanför Sverige (${p.lat.toFixed(4)} N, ${p.lon.toFixed(4)} E)`;
    case "postnummer_digits":
      return `postnummer ${q(p.value)} har ${p.digits} siffror (ska ha 5)`;
    case "unknown_postnummer":
      return `postnummer ${q(p.value)} finns inte i GeoNames postnummerlista`;
    case "unknown_locality":
      return (
        `okänd ort ${q(p.value)}` +
        (p.suggestions.length ? ` — menade du ${list(p.suggestions, "eller")}?` : "")
      );
    case "ambiguous_locality":
      return `orten ${q(p.value)} finns i flera kommuner (${p.kommuner.join(", ")}): fyll i kommun`;
    case "unknown_kommun":
      return (
        `okänd kommun ${q(p.value)}` +
        (p.suggestions.length ? ` — menade du ${list(p.suggestions, "eller")}?` : "")
      );
    case "no_position":
      return "ingen position: varken koordinater, postnummer, ort eller kommun";
  }
};

const enRow = (p: RowProblem): string => {
  switch (p.code) {
    case "no_name":
      return "no name";
    case "quote_error":
      return 'a quote (") is opened but not closed: a quoted cell must end with a quote';
    case "cell_count":
      return (
        `the row has ${p.found} cells but the header has ${p.expected}` +
        (p.decimalCommaHint
          ? " (decimal comma in a comma-separated file? quote the number or use semicolons)"
          : "")
      );
    case "empty_kind":
      return "no kind (spontaneous, booked, provider or a Bilaga 3 service)";
    case "unknown_kind":
      return (
        `unknown kind ${q(p.value)}` +
        (p.suggestions.length ? ` — did you mean ${list(p.suggestions, "or")}?` : "")
      );
    case "not_a_number":
      return `${q(p.value)} in column ${q(p.column)} is not a number`;
    case "half_coordinate":
      return `the coordinate in ${q(p.missing)} is missing (${q(p.present)} is filled in)`;
    case "not_sweref99tm":
      return `${q(p.first)}, ${q(p.second)} is not SWEREF 99 TM (a 7-digit northing and a 6-digit easting)`;
    case "outside_sweden":
      return `point lies outside Sweden (${p.lat.toFixed(4)} N, ${p.lon.toFixed(4)} E)`;
    case "postnummer_digits":
      return `postnummer ${q(p.value)} has ${p.digits} digits (it needs 5)`;
    case "unknown_postnummer":
      return `postnummer ${q(p.value)} is not in the GeoNames postal code list`;
    case "unknown_locality":
      return (
        `unknown ort ${q(p.value)}` +
        (p.suggestions.length ? ` — did you mean ${list(p.suggestions, "or")}?` : "")
      );
    case "ambiguous_locality":
      return `ort ${q(p.value)} exists in several kommuner (${p.kommuner.join(", ")}): add the kommun`;
    case "unknown_kommun":
      return (
        `unknown kommun ${q(p.value)}` +
        (p.suggestions.length ? ` — did you mean ${list(p.suggestions, "or")}?` : "")
      );
    case "no_position":
      return "no position: no coordinates, postnummer, ort or kommun";
  }
};

const SV_PRECISIONS: Record<ImportPrecision, string> = {
  coordinates: "egna koordinater",
  postnummer: "postnumrets ort",
  locality: "ortens punkt",
  kommun_seat: "kommunens centralort",
};
const EN_PRECISIONS: Record<ImportPrecision, string> = {
  coordinates: "own coordinates",
  postnummer: "the postnummer's postort",
  locality: "the locality's point",
  kommun_seat: "the kommun seat",
};

const sv: ImportMessages = {
  title: "Importera en egen lista",
  intro:
    "Lägg till platser från en egen fil (CSV från Excel), till exempel leverantörers leveransadresser eller kontorets egen lista. De visas på kartan, i listan, i sökningen av närmaste plats och i restidsberäkningen.",
  privacy:
    "Filen läses bara i din webbläsare och sparas endast i minnet: ingenting skickas någonstans och listan försvinner när du stänger sidan, om du inte själv exporterar den.",
  chooseFile: "Välj fil",
  dropHere: "eller släpp en CSV-fil här",
  dropActive: "Släpp filen för att läsa den",
  reading: "Läser filen …",
  fileLabel: (name) => `Fil: ${name}`,
  encodingLabel: "Teckenkodning",
  encodings: {
    "utf-8": "UTF-8",
    "utf-8-bom": "UTF-8 med BOM (Excel ”CSV UTF-8”)",
    "windows-1252": "Windows-1252 (Excel ”CSV”)",
    "utf-16le": "UTF-16 (Excel ”Unicode-text”)",
  },
  delimiterLabel: "Avgränsare",
  delimiters: { ";": "semikolon (;)", ",": "komma (,)", "\t": "tabb" },
  coordinatesLabel: "Koordinater",
  coordinateForms: {
    "wgs84-latlon": "WGS84, latitud först",
    "wgs84-lonlat": "WGS84, longitud först",
    sweref99tm: "SWEREF 99 TM (N/E i meter)",
    none: "inga koordinater (placera efter postnummer, ort eller kommun)",
  },
  defaultKindLabel: "Typ för rader utan typkolumn",
  detected: "(upptäckt)",
  confirmNote: "Kontrollera valen: det som upptäcktes i filen är förvalt. Ändra ett val så läses filen om.",
  summary: (accepted, rejected, rows) => `${accepted} av ${rows} rader lästes in, ${rejected} avvisades.`,
  acceptedTitle: "Inlästa platser",
  rejectedTitle: "Avvisade rader",
  notesTitle: "Om filen",
  columns: {
    line: "Rad",
    name: "Namn",
    kind: "Typ",
    position: "Position",
    kommun: "Kommun",
    reason: "Orsak",
  },
  kinds: SV_KINDS,
  kindsPlural: { spontaneous: "spontanbesök", booked: "bokade möten", provider: "leverantörer" },
  precisions: SV_PRECISIONS,
  fromFile: "från din fil",
  clear: "Ta bort den importerade listan",
  exportCsv: "Exportera som CSV",
  templateTitle: "Mall",
  templateSemicolon: "Mall med semikolon (Excel på svenska)",
  templateComma: "Mall med komma",
  helpTitle: "Hjälp: kolumner och koordinater",
  help: [
    "Första raden är rubriker. Kolumnnamn på svenska eller engelska, stora eller små bokstäver.",
    "Varje rad behöver ett namn och en position: koordinater, eller postnummer, ort eller kommun. Utan koordinater placeras platsen vid postnumrets ort, ortens punkt eller kommunens centralort (GeoNames), och det står vilket.",
    "Avvisade rader visas med radnummer och orsak; de andra raderna läses ändå. Förslag på stavning visas men används aldrig automatiskt.",
  ],
  helpColumns: [
    ["namn / name", "platsens namn (krävs)"],
    [
      "typ / kind / tjänst",
      "spontanbesök, bokat möte, leverantör eller en tjänst i Bilaga 3 (t.ex. Rusta och matcha)",
    ],
    ["adress / address", "visas, men används inte för positionen"],
    ["postnummer / postcode", "5 siffror, med eller utan mellanslag"],
    ["ort / locality", "tätort eller postort"],
    ["kommun / kommunkod", "kommunens namn eller 4-siffriga kod"],
    ["lat, lon / N, E / x, y", "koordinater"],
  ],
  helpCoordinates: [
    ["WGS84, decimalgrader", "lat 59,3293; lon 18,0686"],
    ["WGS84, longitud först", "lon 18.0686, lat 59.3293"],
    ["SWEREF 99 TM", "N 6580822; E 674032 (x = nordlig, 7 siffror)"],
  ],
  layerLegend: "Leverantörer och platser från din fil",
  bilaga3: (count, services) =>
    `Din fil: ${count} ${count === 1 ? "plats" : "platser"}. Rapport 004, Bilaga 3: ${services}.`,
  bilaga3Service: (name, addresses, kommuner) =>
    `${addresses} godkända adresser för ${name} i ${kommuner} kommuner`,
  nothingChanged: "Kartan och scenariot är oförändrade.",
  confirm: (count) => `Visa ${count} platser på kartan och i beräkningarna`,
  more: (count) => `… och ${count} till (alla finns i filen; kommandot npm run import visar alla).`,
  helpColumnsCaption: "Kolumner",
  helpCoordinatesCaption: "Koordinater, exempel",
  reachComputing: "Beräknar restiden till leverantörerna …",
  providerReach: (median, share30, share60) =>
    `Restid med bil till närmaste leverantör i din fil, hela Sverige: median ${median} min; ${share30} % når en inom 30 min, ${share60} % inom 60 min (uppskattning).`,
  reachError: (reason) => `Restiden kunde inte beräknas (${reason}).`,
  showLayer: "Platser från din fil",
  popupFrom: "Från din importerade fil",
  travel: (minutes, km) => `${minutes} min med bil (${km} km)`,
  noRoad: "ingen vägförbindelse",
  listTitle: (count) => `Från din fil (${count})`,
  gazetteerError: (reason) => `Orter och postnummer kunde inte laddas (${reason}); filen kan inte läsas.`,
  line: (line) => `rad ${line}`,
  warningsPrefix: "Obs:",
  nearestFromFile: "Närmast från din fil",
  whatIfIncluded: (count) =>
    `${count} ${count === 1 ? "plats" : "platser"} från din importerade fil räknas med i restiden.`,
  row: svRow,
  warning: (w) => {
    switch (w.code) {
      case "kommun_mismatch":
        return `punkten ligger i ${w.found}, inte i ${w.stated} som kommunkolumnen säger`;
      case "near_border":
        return `punkten ligger ${w.distanceM} m utanför kommungränsen (förenklad) och räknas till ${w.kommun}`;
      case "fallback":
        return `${svRow(w.because)}; placerad vid ${SV_PRECISIONS[w.used]}`;
      case "kommun_ignored":
        return `${svRow(w.because)}; kommunen togs från punkten`;
    }
  },
  file: (p) => {
    switch (p.code) {
      case "empty":
        return "Filen är tom.";
      case "binary":
        return p.looksLike === "xlsx" || p.looksLike === "xls"
          ? "Filen är en Excel-arbetsbok, inte en CSV-fil. Spara den som CSV i Excel (Arkiv › Spara som › CSV) och försök igen."
          : "Filen är ingen textfil (CSV). Välj en CSV-fil.";
      case "no_rows":
        return "Filen har en rubrikrad men inga rader.";
      case "no_name_column":
        return `Ingen kolumn för namn (namn/name) bland rubrikerna: ${p.header.join(", ")}.`;
      case "no_position_columns":
        return `Ingen kolumn för position (koordinater, postnummer, ort eller kommun) bland rubrikerna: ${p.header.join(", ")}.`;
      case "internal":
        return `Filen kunde inte läsas (${p.message}).`;
    }
  },
  note: (n) => {
    switch (n.code) {
      case "no_kind_column":
        return `Filen har ingen typkolumn: alla rader läses som ${SV_KINDS[n.defaultKind]}.`;
      case "unused_columns":
        return `Kolumner som inte används: ${n.columns.join(", ")}.`;
      case "duplicate_column":
        return `Två kolumner betyder samma sak: ${q(n.used)} används, ${q(n.ignored)} inte.`;
      case "sep_line":
        return "Första raden (sep=) anger avgränsaren.";
      case "local_zone_suspected":
        return "De östliga koordinaterna är små för SWEREF 99 TM: är de i en lokal zon (t.ex. SWEREF 99 18 00)? Sådana läses inte; räkna om dem till SWEREF 99 TM.";
      case "coordinates_swapped_names":
        return `Kolumnen ${q(n.column)} innehåller longituder, inte latituder (enligt Sveriges utbredning).`;
    }
  },
};

const EN_KINDS: Record<ImportedKind, string> = {
  spontaneous: "spontaneous visit (servicekontor)",
  booked: "booked meeting",
  provider: "provider",
};

const en: ImportMessages = {
  title: "Import your own list",
  intro:
    "Add places from your own file (CSV from Excel), such as providers' delivery addresses or an office's own list. They appear on the map, in the list, in the nearest-place finder and in the travel-time figures.",
  privacy:
    "The file is read only in your browser and kept only in memory: nothing is sent anywhere, and the list is gone when you close the page unless you export it yourself.",
  chooseFile: "Choose file",
  dropHere: "or drop a CSV file here",
  dropActive: "Drop the file to read it",
  reading: "Reading the file …",
  fileLabel: (name) => `File: ${name}`,
  encodingLabel: "Encoding",
  encodings: {
    "utf-8": "UTF-8",
    "utf-8-bom": "UTF-8 with BOM (Excel “CSV UTF-8”)",
    "windows-1252": "Windows-1252 (Excel “CSV”)",
    "utf-16le": "UTF-16 (Excel “Unicode text”)",
  },
  delimiterLabel: "Delimiter",
  delimiters: { ";": "semicolon (;)", ",": "comma (,)", "\t": "tab" },
  coordinatesLabel: "Coordinates",
  coordinateForms: {
    "wgs84-latlon": "WGS84, latitude first",
    "wgs84-lonlat": "WGS84, longitude first",
    sweref99tm: "SWEREF 99 TM (N/E in metres)",
    none: "no coordinates (place by postnummer, ort or kommun)",
  },
  defaultKindLabel: "Kind for rows without a kind column",
  detected: "(detected)",
  confirmNote:
    "Check the choices: what was detected in the file is preselected. Change one and the file is read again.",
  summary: (accepted, rejected, rows) => `${accepted} of ${rows} rows were read, ${rejected} rejected.`,
  acceptedTitle: "Places read",
  rejectedTitle: "Rejected rows",
  notesTitle: "About the file",
  columns: {
    line: "Line",
    name: "Name",
    kind: "Kind",
    position: "Position",
    kommun: "Kommun",
    reason: "Reason",
  },
  kinds: EN_KINDS,
  kindsPlural: { spontaneous: "spontaneous visits", booked: "booked meetings", provider: "providers" },
  precisions: EN_PRECISIONS,
  fromFile: "from your file",
  clear: "Remove the imported list",
  exportCsv: "Export as CSV",
  templateTitle: "Template",
  templateSemicolon: "Template with semicolons (Swedish Excel)",
  templateComma: "Template with commas",
  helpTitle: "Help: columns and coordinates",
  help: [
    "The first row holds the headers. Column names in Swedish or English, in any case.",
    "Each row needs a name and a position: coordinates, or a postnummer, ort or kommun. Without coordinates a place is drawn at its postnummer's postort, the locality's point or the kommun seat (GeoNames), and the app says which.",
    "Rejected rows are listed with their line number and reason; the other rows are read all the same. Spelling suggestions are shown but never applied.",
  ],
  helpColumns: [
    ["namn / name", "the place's name (required)"],
    ["typ / kind / tjänst", "spontaneous, booked, provider or a Bilaga 3 service (e.g. Rusta och matcha)"],
    ["adress / address", "shown, but not used for the position"],
    ["postnummer / postcode", "5 digits, with or without the space"],
    ["ort / locality", "locality or postort"],
    ["kommun / kommunkod", "the kommun's name or 4-digit code"],
    ["lat, lon / N, E / x, y", "coordinates"],
  ],
  helpCoordinates: [
    ["WGS84, decimal degrees", "lat 59,3293; lon 18,0686"],
    ["WGS84, longitude first", "lon 18.0686, lat 59.3293"],
    ["SWEREF 99 TM", "N 6580822; E 674032 (x = northing, 7 digits)"],
  ],
  layerLegend: "Providers and places from your file",
  bilaga3: (count, services) =>
    `Your file: ${count} ${count === 1 ? "place" : "places"}. Report 004, Bilaga 3: ${services}.`,
  bilaga3Service: (name, addresses, kommuner) =>
    `${addresses} approved addresses for ${name} in ${kommuner} kommuner`,
  nothingChanged: "The map and the scenario are unchanged.",
  confirm: (count) => `Show ${count} places on the map and in the figures`,
  more: (count) => `… and ${count} more (all are in the file; npm run import lists them all).`,
  helpColumnsCaption: "Columns",
  helpCoordinatesCaption: "Coordinates, examples",
  reachComputing: "Computing the travel time to the providers …",
  providerReach: (median, share30, share60) =>
    `Car travel time to the nearest provider in your file, all Sweden: median ${median} min; ${share30} % reach one within 30 min, ${share60} % within 60 min (estimate).`,
  reachError: (reason) => `The travel time could not be computed (${reason}).`,
  showLayer: "Places from your file",
  popupFrom: "From your imported file",
  travel: (minutes, km) => `${minutes} min by car (${km} km)`,
  noRoad: "no road link",
  listTitle: (count) => `From your file (${count})`,
  gazetteerError: (reason) =>
    `Localities and postal codes could not be loaded (${reason}); the file cannot be read.`,
  line: (line) => `line ${line}`,
  warningsPrefix: "Note:",
  nearestFromFile: "Nearest from your file",
  whatIfIncluded: (count) =>
    `${count} ${count === 1 ? "place" : "places"} from your imported file count in the travel times.`,
  row: enRow,
  warning: (w) => {
    switch (w.code) {
      case "kommun_mismatch":
        return `the point lies in ${w.found}, not in ${w.stated} as the kommun column says`;
      case "near_border":
        return `the point lies ${w.distanceM} m outside the (simplified) kommun border and counts for ${w.kommun}`;
      case "fallback":
        return `${enRow(w.because)}; placed at ${EN_PRECISIONS[w.used]}`;
      case "kommun_ignored":
        return `${enRow(w.because)}; the kommun was taken from the point`;
    }
  },
  file: (p) => {
    switch (p.code) {
      case "empty":
        return "The file is empty.";
      case "binary":
        return p.looksLike === "xlsx" || p.looksLike === "xls"
          ? "The file is an Excel workbook, not a CSV file. Save it as CSV in Excel (File › Save As › CSV) and try again."
          : "The file is not a text (CSV) file. Choose a CSV file.";
      case "no_rows":
        return "The file has a header row but no rows.";
      case "no_name_column":
        return `No name column (namn/name) among the headers: ${p.header.join(", ")}.`;
      case "no_position_columns":
        return `No position column (coordinates, postnummer, ort or kommun) among the headers: ${p.header.join(", ")}.`;
      case "internal":
        return `The file could not be read (${p.message}).`;
    }
  },
  note: (n) => {
    switch (n.code) {
      case "no_kind_column":
        return `The file has no kind column: every row is read as ${EN_KINDS[n.defaultKind]}.`;
      case "unused_columns":
        return `Columns not used: ${n.columns.join(", ")}.`;
      case "duplicate_column":
        return `Two columns mean the same: ${q(n.used)} is used, ${q(n.ignored)} is not.`;
      case "sep_line":
        return "The first line (sep=) names the delimiter.";
      case "local_zone_suspected":
        return "The eastings are small for SWEREF 99 TM: are they in a local zone (e.g. SWEREF 99 18 00)? Those are not read; convert them to SWEREF 99 TM.";
      case "coordinates_swapped_names":
        return `Column ${q(n.column)} holds longitudes, not latitudes (from Sweden's extent).`;
    }
  },
};

export const IMPORT_MESSAGES: Record<Language, ImportMessages> = { sv, en };
