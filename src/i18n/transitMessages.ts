// Strings of the planner's public-transport section (issue 12), Swedish first, English complete. Kept
// apart from plannerMessages.ts like the planner's own strings are kept apart from messages.ts.
import type { TransitIndicator, TransitKind } from "../state/transit/transitFigures";
import type { TransitLoadProblem } from "../state/transit/transitProblems";
import { useI18n } from "./I18nProvider";
import type { Language } from "./language";

type Severity = "ERROR" | "WARNING" | "INFO";

export interface TransitMessages {
  title: string;
  intro: string;
  tab: string;
  kinds: Record<TransitKind, string>;
  source: { label: string; build: (name: string) => string; loaded: (file: string) => string };
  feed: (name: string, publisher: string, version: string, from: string, to: string) => string;
  /** The feed's credit line; `credit` has no lead-in. */
  credit: (credit: string) => string;
  computedFor: (weekday: string, date: string, from: string, to: string) => string;
  gaps: {
    title: string;
    noRail: string;
    excluded: (types: string) => string;
    includedDemand: string;
    walking: string;
    noConnection: (kommuner: string, people: string, kind: string) => string;
    noConnectionNone: (kind: string) => string;
    /** Gaps a feed's source documents that its files cannot show, by code (summary.transit.gaps). */
    known: Record<string, string>;
  };
  table: {
    caption: (kind: string, n: string) => string;
    kommun: string;
    population: string;
    median: string;
    p90: string;
    within: (n: string) => string;
    fromSeat: string;
    noConnection: string;
    car: string;
    transit: string;
    transitFull: string;
    noConnectionCell: string;
    noCarFigure: string;
    noCarFigureNote: string;
    seatTransit: (median: string, p10: string, p90: string, place: string) => string;
    noConnectionPeople: (people: string, share: string) => string;
    ownPlace: string;
  };
  map: {
    alt: string;
    indicator: string;
    off: string;
    indicators: Record<TransitIndicator, string>;
    legendTitle: (indicator: string, kind: string) => string;
    pngDataDate: (reportDate: string, credit: string, date: string, from: string, to: string) => string;
    noConnection: string;
    outside: string;
  };
  footnote48: {
    claim: string;
    untestable: (inFeed: string, share: string) => string;
    tested: (
      inFeed: string,
      without: string,
      seatsWithin60: string,
      noConnection: string,
      popShare: string,
      worst: string,
    ) => string;
    worst: (name: string, minutes: string) => string;
    worstNoConnection: (name: string) => string;
    verdict: { holds: string; partly: string; fails: string };
  };
  loader: {
    title: string;
    intro: string;
    chooseZip: string;
    chooseFolder: string;
    chooseFiles: string;
    dropHere: string;
    dropActive: string;
    privacy: string;
    reading: (name: string) => string;
    computing: string;
    computed: (seconds: string, cells: string, departures: string, kommuner: string) => string;
    noKommuner: string;
    failed: (name: string, reason: string) => string;
    problem: (problem: TransitLoadProblem) => string;
    error: (reason: string) => string;
    options: string;
    serviceDate: string;
    serviceDateHint: (from: string, to: string) => string;
    windowFrom: string;
    windowTo: string;
    includeDemand: string;
    compute: string;
    clear: string;
    badWindow: string;
  };
  validation: {
    title: string;
    summary: (errors: string, warnings: string, infos: string) => string;
    none: string;
    kept: string;
    columns: { code: string; severity: string; file: string; line: string; count: string };
    severity: Record<Severity, string>;
  };
}

const sv: TransitMessages = {
  title: "Kollektivtrafik: restid med buss bredvid bil",
  intro:
    "Restid med kollektivtrafik från där folk bor (rutor om 1 km) till närmaste mötesplats, dörr till dörr: gång till hållplatsen, väntan, resa, byten och gång fram. Varje ruta får medianen över avresorna i tidsfönstret; kommunens siffror är befolkningsvägda som bilens.",
  tab: "Kollektivtrafik",
  kinds: { booked: "Bokade möten", spontaneous: "Spontanbesök" },
  source: {
    label: "Tidtabell",
    build: (name) => `Byggets: ${name}`,
    loaded: (file) => `Din fil: ${file}`,
  },
  credit: (credit) => `Tidtabelldata: ${credit}`,
  feed: (name, publisher, version, from, to) =>
    `Tidtabell: ${name} (${publisher}), version ${version}, giltig ${from} – ${to}.`,
  computedFor: (weekday, date, from, to) =>
    `Beräknad för ${weekday} ${date}, avresa mellan ${from} och ${to}.`,
  gaps: {
    title: "Vad siffrorna inte täcker",
    noRail:
      "Inga tåg: tidtabellen har inga tåg- eller spårvagnslinjer, så en resa som i verkligheten går med tåg blir här för lång eller saknas.",
    excluded: (types) =>
      `Närtrafik som måste bokas i förväg (route_type ${types}) är inte med. Den kan tas med i inställningarna nedan.`,
    includedDemand:
      "Närtrafik som måste bokas i förväg (route_type 1501) är med: restiderna förutsätter att resan är bokad.",
    walking: "Gång till och från hållplatser och vid byten ingår; väntan på första avgången räknas in.",
    noConnection: (kommuner, people, kind) =>
      `Ingen förbindelse: i ${kommuner} kommuner bor sammanlagt ${people} invånare som inte når ${kind} med kollektivtrafik inom fönstret. De visas som ”ingen förbindelse”, inte som en lång restid.`,
    noConnectionNone: (kind) =>
      `Alla invånare i tidtabellens kommuner når ${kind} med kollektivtrafik inom fönstret.`,
    known: {
      noTrains:
        "Tåg saknas helt: Norrtåg, nattågen och Malmbanan (Luleå–Boden–Gällivare–Kiruna) finns inte i Länstrafikens regionala tidtabell, så restiderna mellan de orterna blir för långa.",
      noLuleaCityBuses:
        "Luleås stadsbussar (Luleå Lokaltrafik) saknas: Luleå nås bara med regionbussar, så resor inom Luleå tätort ser sämre ut än de är.",
    },
  },
  table: {
    caption: (kind, n) => `Bil och kollektivtrafik till närmaste plats, ${kind}: ${n} kommuner`,
    kommun: "Kommun",
    population: "Invånare (rutor 2021)",
    median: "Median, min",
    p90: "p90, min",
    within: (n) => `Inom ${n} min, %`,
    fromSeat: "Från centralorten, min",
    noConnection: "Ingen förbindelse, invånare",
    car: "Bil",
    transit: "Koll.",
    transitFull: "Kollektivtrafik",
    noConnectionCell: "ingen förbindelse",
    noCarFigure: "–",
    noCarFigureNote:
      "Koll. = kollektivtrafik. Bilens siffror finns för 30 och 60 minuter (nästan alla når en plats med bil inom en timme); 90 minuter visas bara för kollektivtrafik. Koll. från centralorten: median (10:e–90:e percentilen över avresorna) och platsen.",
    seatTransit: (median, p10, p90, place) => `${median} (${p10}–${p90}) ${place}`,
    noConnectionPeople: (people, share) => `${people} (${share} %)`,
    ownPlace: "egen plats",
  },
  map: {
    alt: "Kartan visar kollektivtrafik för tidtabellens kommuner; tabellen under Kollektivtrafik har samma siffror som text.",
    indicator: "Kollektivtrafik på kartan",
    off: "Bil (planeringens val)",
    indicators: {
      medianMin: "Kollektivtrafik: median restid",
      p90Min: "Kollektivtrafik: p90 restid",
      within30: "Kollektivtrafik: andel inom 30 min",
      within60: "Kollektivtrafik: andel inom 60 min",
      within90: "Kollektivtrafik: andel inom 90 min",
    },
    legendTitle: (indicator, kind) => `${indicator} – ${kind.toLocaleLowerCase("sv")}`,
    pngDataDate: (reportDate, credit, date, from, to) =>
      `Data: Arbetsförmedlingens rapport ${reportDate}; kollektivtrafik ${date} ${from}–${to} (tidtabelldata: ${credit}); folkräkning 2021.`,
    noConnection: "Ingen förbindelse i fönstret (för medianinvånaren)",
    outside: "Utanför tidtabellens område / inga uppgifter",
  },
  footnote48: {
    claim:
      "Fotnot 48 säger att de flesta i kommuner utan egen närvaro når ett bokat möte inom en timme med lokal kollektivtrafik.",
    untestable: (inFeed, share) =>
      `Alla ${inFeed} kommuner i tidtabellens område har egen bokad närvaro, så påståendet går inte att pröva här. Som jämförelse: ${share} % av invånarna i de ${inFeed} kommunerna bor inom 60 minuter från ett bokat möte med kollektivtrafik.`,
    tested: (inFeed, without, seatsWithin60, noConnection, popShare, worst) =>
      `Av de ${inFeed} kommunerna i tidtabellens område saknar ${without} egen bokad närvaro. Från ${seatsWithin60} av deras centralorter nås ett bokat möte inom 60 minuter (median över avresorna)${noConnection === "0" ? "" : `, från ${noConnection} inte alls inom fönstret`}; ${popShare} % av deras invånare bor inom 60 minuter. ${worst}`,
    worst: (name, minutes) => `Längst har ${name} med ${minutes} minuter.`,
    worstNoConnection: (name) => `${name} har ingen förbindelse alls inom fönstret.`,
    verdict: {
      holds: "Påståendet stämmer för de här kommunerna.",
      partly: "Påståendet stämmer bara delvis för de här kommunerna.",
      fails: "Påståendet stämmer inte för de här kommunerna.",
    },
  },
  loader: {
    title: "Ladda en annan regions tidtabell (GTFS)",
    intro:
      "Välj en GTFS-zip eller mappen med tidtabellens .txt-filer, eller släpp dem här. Restiderna räknas i webbläsaren för kommunerna i tidtabellens område, med samma befolkningsrutor och mötesplatser som ovan, och visas i samma tabell.",
    chooseZip: "Välj zip-fil",
    chooseFolder: "Välj mapp",
    chooseFiles: "Välj .txt-filer",
    dropHere: "… eller släpp zip-filen eller .txt-filerna här.",
    dropActive: "Släpp för att läsa tidtabellen.",
    privacy:
      "Filen lämnar aldrig din webbläsare: den läses och räknas här, skickas inte någonstans och finns bara i minnet tills du tar bort den eller lämnar sidan.",
    reading: (name) => `Läser och kontrollerar ${name} …`,
    computing: "Räknar restider …",
    computed: (seconds, cells, departures, kommuner) =>
      `Klart på ${seconds} s: ${cells} rutor i ${kommuner} kommuner, ${departures} avresetider.`,
    noKommuner: "Tidtabellen har inga hållplatser i någon svensk kommun med invånare.",
    failed: (name, reason) => `${name} kunde inte läsas: ${reason}`,
    problem: (problem) => {
      switch (problem.reason) {
        case "notZip":
          return "filen är inte en zip-fil.";
        case "badZip":
          return `zip-filen är skadad (${problem.detail}).`;
        case "noTxt":
          return "den innehåller inga .txt-filer.";
        case "duplicate":
          return `${problem.file} finns två gånger (${problem.paths.join(" och ")}); välj en tidtabell i taget.`;
        case "severalZips":
          return `flera zip-filer (${problem.names.join(", ")}); välj en tidtabell i taget.`;
        case "invalid":
          return `tidtabellen har fel som gör den oanvändbar (se kontrollen nedan).`;
      }
    },
    error: (reason) => `Något gick fel i beräkningen: ${reason}`,
    options: "Inställningar för din tidtabell",
    serviceDate: "Trafikdag",
    serviceDateHint: (from, to) => `Förval: en vanlig onsdag. Tidtabellen gäller ${from} – ${to}.`,
    windowFrom: "Avresa från",
    windowTo: "Avresa till",
    includeDemand: "Ta med närtrafik som måste bokas (route_type 1501)",
    compute: "Räkna om",
    clear: "Ta bort min tidtabell",
    badWindow: "Fönstrets slut måste ligga efter dess början.",
  },
  validation: {
    title: "Kontroll av tidtabellen",
    summary: (errors, warnings, infos) => `${errors} fel, ${warnings} varningar, ${infos} upplysningar.`,
    none: "Inga anmärkningar.",
    kept: "Rader med fel hoppas över; allt annat används. Koderna är MobilityData GTFS Validators namn.",
    columns: { code: "Kod", severity: "Allvar", file: "Fil", line: "Första rad", count: "Antal" },
    severity: { ERROR: "fel", WARNING: "varning", INFO: "upplysning" },
  },
};

const en: TransitMessages = {
  title: "Public transport: travel time by bus next to car",
  intro:
    "Travel time by public transport from where people live (1 km cells) to the nearest meeting place, door to door: walking to the stop, waiting, riding, transfers and walking on. Each cell gets the median over the departure minutes of the window; a kommun's figures are population-weighted like the car's.",
  tab: "Public transport",
  kinds: { booked: "Booked meetings", spontaneous: "Spontaneous visits" },
  source: {
    label: "Timetable",
    build: (name) => `The build's: ${name}`,
    loaded: (file) => `Your file: ${file}`,
  },
  credit: (credit) => `Timetable data: ${credit}`,
  feed: (name, publisher, version, from, to) =>
    `Timetable: ${name} (${publisher}), version ${version}, valid ${from} – ${to}.`,
  computedFor: (weekday, date, from, to) =>
    `Computed for ${weekday} ${date}, departing between ${from} and ${to}.`,
  gaps: {
    title: "What the figures do not cover",
    noRail:
      "No trains: the timetable has no rail or tram lines, so a journey that is made by train in reality is too long here, or missing.",
    excluded: (types) =>
      `Demand-responsive services that must be booked in advance (route_type ${types}) are left out. They can be included in the settings below.`,
    includedDemand:
      "Demand-responsive services that must be booked in advance (route_type 1501) are included: the times assume the trip was booked.",
    walking:
      "Walking to and from stops and between them is included; waiting for the first departure counts.",
    noConnection: (kommuner, people, kind) =>
      `No connection: in ${kommuner} kommuner, ${people} inhabitants in all cannot reach ${kind} by public transport within the window. They are shown as "no connection", not as a long travel time.`,
    noConnectionNone: (kind) =>
      `Every inhabitant of the timetable's kommuner reaches ${kind} by public transport within the window.`,
    known: {
      noTrains:
        "No trains at all: Norrtåg, the night trains and the Malmbanan services (Luleå–Boden–Gällivare–Kiruna) are not in Länstrafiken's regional timetable, so times between those towns are too long.",
      noLuleaCityBuses:
        "Luleå's city buses (Luleå Lokaltrafik) are missing: Luleå is served only by regional buses, so trips inside Luleå town look worse than they are.",
    },
  },
  table: {
    caption: (kind, n) => `Car and public transport to the nearest place, ${kind}: ${n} kommuner`,
    kommun: "Kommun",
    population: "Inhabitants (cells 2021)",
    median: "Median, min",
    p90: "p90, min",
    within: (n) => `Within ${n} min, %`,
    fromSeat: "From the seat, min",
    noConnection: "No connection, inhabitants",
    car: "Car",
    transit: "P.T.",
    transitFull: "Public transport",
    noConnectionCell: "no connection",
    noCarFigure: "–",
    noCarFigureNote:
      "P.T. = public transport. The car figures exist for 30 and 60 minutes (almost everyone reaches a place by car within an hour); 90 minutes is shown for public transport only. P.T. from the seat: median (10th–90th percentile over the departures) and the place.",
    seatTransit: (median, p10, p90, place) => `${median} (${p10}–${p90}) ${place}`,
    noConnectionPeople: (people, share) => `${people} (${share} %)`,
    ownPlace: "own place",
  },
  map: {
    alt: "The map shows public transport for the timetable's kommuner; the table under Public transport has the same figures as text.",
    indicator: "Public transport on the map",
    off: "Car (the planner's choice)",
    indicators: {
      medianMin: "Public transport: median travel time",
      p90Min: "Public transport: p90 travel time",
      within30: "Public transport: share within 30 min",
      within60: "Public transport: share within 60 min",
      within90: "Public transport: share within 90 min",
    },
    legendTitle: (indicator, kind) => `${indicator} – ${kind.toLowerCase()}`,
    pngDataDate: (reportDate, credit, date, from, to) =>
      `Data: Arbetsförmedlingen's report ${reportDate}; public transport ${date} ${from}–${to} (timetable data: ${credit}); census 2021.`,
    noConnection: "No connection in the window (for the median inhabitant)",
    outside: "Outside the timetable's area / no data",
  },
  footnote48: {
    claim:
      "Footnote 48 says that most people in kommuner without their own presence reach a booked meeting within an hour by local public transport.",
    untestable: (inFeed, share) =>
      `All ${inFeed} kommuner in the timetable's area have their own booked presence, so the claim cannot be tested here. For comparison: ${share} % of the inhabitants of the ${inFeed} kommuner live within 60 minutes of a booked meeting by public transport.`,
    tested: (inFeed, without, seatsWithin60, noConnection, popShare, worst) =>
      `Of the ${inFeed} kommuner in the timetable's area, ${without} have no booked presence of their own. From ${seatsWithin60} of their seats a booked meeting is reached within 60 minutes (median over the departures)${noConnection === "0" ? "" : `, from ${noConnection} not at all within the window`}; ${popShare} % of their inhabitants live within 60 minutes. ${worst}`,
    worst: (name, minutes) => `The longest is ${name} with ${minutes} minutes.`,
    worstNoConnection: (name) => `${name} has no connection at all within the window.`,
    verdict: {
      holds: "The claim holds for these kommuner.",
      partly: "The claim holds only in part for these kommuner.",
      fails: "The claim does not hold for these kommuner.",
    },
  },
  loader: {
    title: "Load another region's timetable (GTFS)",
    intro:
      "Choose a GTFS zip or the folder with the timetable's .txt files, or drop them here. The travel times are computed in the browser for the kommuner in the timetable's area, with the same population cells and meeting places as above, and shown in the same table.",
    chooseZip: "Choose zip file",
    chooseFolder: "Choose folder",
    chooseFiles: "Choose .txt files",
    dropHere: "… or drop the zip file or the .txt files here.",
    dropActive: "Drop to read the timetable.",
    privacy:
      "The file never leaves your browser: it is read and computed here, sent nowhere, and kept only in memory until you remove it or leave the page.",
    reading: (name) => `Reading and checking ${name} …`,
    computing: "Computing travel times …",
    computed: (seconds, cells, departures, kommuner) =>
      `Done in ${seconds} s: ${cells} cells in ${kommuner} kommuner, ${departures} departure minutes.`,
    noKommuner: "The timetable has no stops in any inhabited Swedish kommun.",
    failed: (name, reason) => `${name} could not be read: ${reason}`,
    problem: (problem) => {
      switch (problem.reason) {
        case "notZip":
          return "the file is not a zip file.";
        case "badZip":
          return `the zip file is damaged (${problem.detail}).`;
        case "noTxt":
          return "it holds no .txt files.";
        case "duplicate":
          return `${problem.file} is there twice (${problem.paths.join(" and ")}); choose one timetable at a time.`;
        case "severalZips":
          return `several zip files (${problem.names.join(", ")}); choose one timetable at a time.`;
        case "invalid":
          return "the timetable has errors that make it unusable (see the check below).";
      }
    },
    error: (reason) => `Something went wrong in the computation: ${reason}`,
    options: "Settings for your timetable",
    serviceDate: "Service day",
    serviceDateHint: (from, to) => `Default: an ordinary Wednesday. The timetable is valid ${from} – ${to}.`,
    windowFrom: "Departing from",
    windowTo: "Departing until",
    includeDemand: "Include demand-responsive services that must be booked (route_type 1501)",
    compute: "Recompute",
    clear: "Remove my timetable",
    badWindow: "The window's end must come after its start.",
  },
  validation: {
    title: "Timetable check",
    summary: (errors, warnings, infos) => `${errors} errors, ${warnings} warnings, ${infos} notices.`,
    none: "Nothing to report.",
    kept: "Rows with errors are skipped; everything else is used. The codes are MobilityData GTFS Validator's names.",
    columns: { code: "Code", severity: "Severity", file: "File", line: "First line", count: "Count" },
    severity: { ERROR: "error", WARNING: "warning", INFO: "notice" },
  },
};

export const TRANSIT_MESSAGES: Record<Language, TransitMessages> = { sv, en };

export function useTransitMessages(): TransitMessages {
  return TRANSIT_MESSAGES[useI18n().language];
}
