// Strings of the planner view (`?view=planner`), Swedish first, English complete. Kept apart from
// messages.ts and reachMessages.ts so the planner can grow without editing shared files.
import type { Indicator, PlannerKind, PlannerLevel, PlannerTime } from "../state/planner/indicators";
import type { RowFilter } from "../state/planner/figures";
import type { DecodeError } from "../state/planner/scenarioCodec";
import { useI18n } from "./I18nProvider";
import type { Language } from "./language";

export interface PlannerMessages {
  title: string;
  intro: string;
  estimateNote: string;
  loadingWorker: string;
  tabs: { label: string; map: string; table: string; scenario: string; report: string };
  scenarioPane: { hide: string; show: string; divider: string; share: (percent: number) => string };
  controls: {
    label: string;
    /** The phone's folded controls: "Visar: Kommuner · Bokade möten · Median restid". */
    showing: string;
    level: string;
    kind: string;
    indicator: string;
    time: string;
    mapMode: string;
    outlines: string;
    outlineGlesbygd: string;
    outlineLandsbygd: string;
  };
  levels: Record<PlannerLevel, string>;
  levelsSingular: Record<PlannerLevel, string>;
  kinds: Record<PlannerKind, string>;
  times: Record<PlannerTime, string>;
  indicators: Record<Indicator, string>;
  indicatorsShort: Record<Indicator, string>;
  mapModes: { value: string; difference: string };
  legend: {
    title: (indicator: string, kind: string) => string;
    differenceTitle: (indicator: string, against: string) => string;
    noData: string;
    below: (value: string) => string;
    between: (from: string, to: string) => string;
    signedRange: (from: string, to: string) => string;
    atLeast: (value: string) => string;
    better: string;
    worse: string;
    unchanged: string;
    muchBetter: string;
    muchWorse: string;
    glesbygd: string;
    landsbygd: string;
    places: string;
    addedPlace: string;
    againstPlanned: string;
    againstBaseline: string;
  };
  unit: { minutes: string; percent: string; per10k: string };
  map: {
    label: string;
    alt: string;
    loading: string;
    addHint: string;
    dragHint: string;
    closePlace: string;
    movePlace: string;
    popupKommun: (kommun: string) => string;
    addedLabel: (n: string) => string;
    unavailable: string;
    selectedArea: (name: string) => string;
    outsideKommun: string;
  };
  table: {
    caption: (level: string, kind: string, shown: number, total: number) => string;
    /** Said only when the table is wider than its pane. */
    scrollNote: string;
    scrollNoteDown: string;
    filter: string;
    filters: Record<RowFilter, string>;
    search: string;
    columns: {
      name: string;
      population: string;
      booked: string;
      spontaneous: string;
      fromSeat: string;
      actions: string;
    };
    planned: (n: string) => string;
    sortHint: string;
    noRoad: string;
    noRows: string;
    fromSeat: (place: string, minutes: string, km: string) => string;
    ownKommun: string;
    glesbygd: string;
    landsbygd: string;
    closeIn: (name: string) => string;
    selectArea: (name: string) => string;
  };
  footnote48: (
    n: string,
    within20: string,
    within60: string,
    worst: string,
    worstMinutes: string,
    verdict: string,
  ) => string;
  footnote48Verdict: { holds: string; partly: string; fails: string };
  planned: {
    title: string;
    summary: (planned: string, kommuner: string, names: string) => string;
    within: (minutes: string, before: string, after: string, delta: string) => string;
    differenceHint: string;
  };
  whatIf: {
    title: string;
    intro: string;
    kindNote: (kind: string) => string;
    addOnMap: string;
    addOnMapActive: string;
    addBySearch: string;
    searchLoading: string;
    noMatch: string;
    addAt: (label: string) => string;
    choosePlace: string;
    noPlace: string;
    nudge: string;
    nudgeHint: string;
    north: string;
    south: string;
    west: string;
    east: string;
    close: string;
    undo: string;
    redo: string;
    reset: string;
    edits: string;
    noEdits: string;
    added: (kind: string, kommun: string) => string;
    moved: (place: string, kommun: string) => string;
    closed: (place: string) => string;
    computing: string;
    computed: (ms: string) => string;
    error: (reason: string) => string;
    baselineNote: string;
    sverige: (label: string, before: string, after: string) => string;
    changesTitle: string;
    changesNone: string;
    changesMore: (n: string) => string;
    changeColumns: {
      name: string;
      before: string;
      after: string;
      change: string;
      population: string;
      within: (n: string) => string;
    };
    otherKind: (kind: string) => string;
    share: string;
    copied: string;
    urlLength: (n: string) => string;
  };
  scenarioError: (error: DecodeError) => string;
  export: {
    title: string;
    csv: string;
    excel: string;
    geojson: string;
    png: string;
    mapNotReady: string;
    pngTitle: (indicator: string, kind: string, level: string) => string;
    pngDataDate: (date: string) => string;
    pngAttribution: string;
    scenarioSuffix: string;
  };
  report: {
    title: string;
    intro: string;
    columns: { figure: string; report: string; tables: string; agreement: string; where: string };
    agreement: { match: string; mismatch: string; notStated: string };
    notStated: string;
    discrepancies: string;
    terms: { reportSays: string; tablesSay: string; resolution: string; evidence: string };
  };
  minutes: (value: string) => string;
  percent: (value: string) => string;
  per10k: (value: string) => string;
  people: (value: string) => string;
}

const sv: PlannerMessages = {
  title: "Planering: närvaro och restid",
  intro:
    "Restid med bil till närmaste mötesplats, per område. Lägg till, flytta eller stäng platser och se siffrorna räknas om direkt.",
  estimateNote: "Restiderna är uppskattade bilrestider utan köer (se Om beräkningen).",
  loadingWorker: "Räknemotorn laddas …",
  tabs: {
    label: "Delar av planeringsvyn",
    map: "Karta",
    table: "Tabell",
    scenario: "Scenario",
    report: "Rapporten",
  },
  scenarioPane: {
    hide: "Dölj scenariot",
    show: "Visa scenariot",
    divider: "Gräns mellan tabellen och scenariot",
    share: (percent) => `Scenariot tar ${percent} % av höjden`,
  },
  controls: {
    label: "Vad kartan och tabellen visar",
    showing: "Visar",
    level: "Områden",
    kind: "Slag av möte",
    indicator: "Mått",
    time: "Tid",
    mapMode: "Kartan visar",
    outlines: "Markera på kartan",
    outlineGlesbygd: "Glesbygdskommuner (20)",
    outlineLandsbygd: "Landsbygdskommuner (SKR C8, C9)",
  },
  levels: { kommun: "Kommuner", fa: "FA-regioner", lan: "Län" },
  levelsSingular: { kommun: "kommun", fa: "FA-region", lan: "län" },
  kinds: { booked: "Bokade möten", spontaneous: "Spontanbesök", provider: "Leverantörer" },
  times: { "2021": "2021", planned: "Med planerade servicekontor 2022–2023" },
  indicators: {
    medianMin: "Median restid",
    p90Min: "Restid för de 10 % som har längst (p90)",
    maxMin: "Längsta restid",
    within10: "Andel inom 10 minuter",
    within20: "Andel inom 20 minuter",
    within30: "Andel inom 30 minuter",
    within45: "Andel inom 45 minuter",
    within60: "Andel inom 60 minuter",
    perCapita: "Platser per 10 000 invånare",
  },
  indicatorsShort: {
    medianMin: "Median, min",
    p90Min: "p90, min",
    maxMin: "Max, min",
    within10: "Inom 10 min",
    within20: "Inom 20 min",
    within30: "Inom 30 min",
    within45: "Inom 45 min",
    within60: "Inom 60 min",
    perCapita: "Per 10 000 inv.",
  },
  mapModes: { value: "Värden", difference: "Skillnad" },
  legend: {
    title: (indicator, kind) => `${indicator} – ${kind}`,
    differenceTitle: (indicator, against) => `Skillnad i ${indicator.toLocaleLowerCase("sv")} ${against}`,
    noData: "Inga uppgifter / ingen väg till en plats",
    below: (v) => `under ${v}`,
    between: (a, b) => `${a}–${b}`,
    signedRange: (a, b) => `${a} till ${b}`,
    atLeast: (v) => `${v} eller mer`,
    better: "bättre",
    worse: "sämre",
    unchanged: "oförändrat",
    muchBetter: "mycket bättre",
    muchWorse: "mycket sämre",
    glesbygd: "Glesbygdskommun (streckad kant)",
    landsbygd: "Landsbygdskommun (prickad kant)",
    places: "Mötesplats",
    addedPlace: "Tillagd plats",
    againstPlanned: "med planerade kontor jämfört med 2021",
    againstBaseline: "i scenariot jämfört med underlaget",
  },
  unit: { minutes: "minuter", percent: "% av befolkningen", per10k: "platser per 10 000 invånare" },
  map: {
    label: "Karta över områdena färgade efter valt mått",
    alt: "Kartan har en textversion: tabellen bredvid har samma siffror.",
    loading: "Kartan laddas …",
    addHint: "Klicka på kartan där den nya platsen ska ligga. Esc avbryter.",
    dragHint: "Dra en plats för att flytta den; siffrorna räknas om medan du drar.",
    closePlace: "Stäng platsen",
    movePlace: "Flytta med tangentbordet",
    popupKommun: (kommun) => `i ${kommun}`,
    addedLabel: (n) => `Ny plats ${n}`,
    unavailable: "Kartan kan inte visas i den här webbläsaren (WebGL saknas). Tabellen har samma siffror.",
    selectedArea: (name) => `Vald: ${name}`,
    outsideKommun: "En plats måste ligga i en svensk kommun; den flyttades inte.",
  },
  table: {
    caption: (level, kind, shown, total) =>
      shown === total
        ? `${level}, ${kind.toLocaleLowerCase("sv")}: ${total} rader`
        : `${level}, ${kind.toLocaleLowerCase("sv")}: ${shown} av ${total} rader`,
    scrollNote: "Tabellen kan rullas i sidled och nedåt; namnkolumnen står kvar.",
    scrollNoteDown: "Tabellen rullas nedåt i sin ruta; rubrikraden står kvar.",
    filter: "Visa",
    filters: {
      all: "Alla",
      withoutBooked: "Kommuner utan egen bokad närvaro",
      glesbygd: "Glesbygdskommuner",
      landsbygd: "Landsbygdskommuner",
      changed: "Ändrade i scenariot",
    },
    search: "Sök namn",
    columns: {
      name: "Namn",
      population: "Invånare",
      booked: "Bokade",
      spontaneous: "Spontan",
      fromSeat: "Från centralorten",
      actions: "Åtgärd",
    },
    planned: (n) => `+${n} planerade`,
    sortHint: "Knapparna i tabellhuvudet sorterar.",
    noRoad: "ingen väg",
    noRows: "Inga rader matchar.",
    fromSeat: (place, minutes, km) => `${minutes} min (${km} km): ${place}`,
    ownKommun: "egen kommun",
    glesbygd: "glesbygd",
    landsbygd: "landsbygd",
    closeIn: (name) => `Stäng platser i ${name}`,
    selectArea: (name) => `Visa ${name} på kartan`,
  },
  footnote48: (n, within20, within60, worst, worstMinutes, verdict) =>
    `Fotnot 48 säger att kommuner utan egen närvaro når ett bokat möte på under en timme med bil, oftast under 20 minuter. Från centralorterna i de ${n} kommunerna når ${within20} ett bokat möte inom 20 minuter och ${within60} inom 60 minuter; längst har ${worst} med ${worstMinutes} minuter. ${verdict}`,
  footnote48Verdict: {
    holds: "Påståendet stämmer i modellen.",
    partly: "Påståendet stämmer bara delvis i modellen.",
    fails: "Påståendet stämmer inte i modellen.",
  },
  planned: {
    title: "Vad de planerade servicekontoren ändrar",
    summary: (planned, kommuner, names) =>
      `De ${planned} servicekontor som planeras 2022–2023 ger ${kommuner} kommuner ett eget servicekontor: ${names}.`,
    within: (minutes, before, after, delta) =>
      `Inom ${minutes} minuter till ett servicekontor: ${before} invånare 2021, ${after} med de planerade (${delta}).`,
    differenceHint:
      "Välj Tid: ”Med planerade …” och Kartan visar: ”Skillnad” för att se skillnaden per område.",
  },
  whatIf: {
    title: "Scenario: vad händer om …",
    intro:
      "Ändringarna gäller det valda slaget av möte. De sparas i adressen, så en länk visar samma scenario.",
    kindNote: (kind) => `Nya platser blir: ${kind.toLocaleLowerCase("sv")}.`,
    addOnMap: "Lägg till plats på kartan",
    addOnMapActive: "Klicka på kartan … (avbryt)",
    addBySearch: "Lägg till vid ort eller postnummer",
    searchLoading: "Sökregistret laddas …",
    noMatch: "Ingen träff.",
    addAt: (label) => `Lägg till vid ${label}`,
    choosePlace: "Plats att flytta eller stänga",
    noPlace: "Välj plats …",
    nudge: "Flytta 1 km",
    nudgeHint: "Piltangenterna flyttar platsen 1 km när en knapp här har fokus.",
    north: "Norrut",
    south: "Söderut",
    west: "Västerut",
    east: "Österut",
    close: "Stäng platsen",
    undo: "Ångra",
    redo: "Gör om",
    reset: "Ta bort alla ändringar",
    edits: "Ändringar",
    noEdits: "Inga ändringar än: siffrorna är underlagets.",
    added: (kind, kommun) => `${kind}: ny plats i ${kommun}`,
    moved: (place, kommun) => `Flyttad: ${place} (nu i ${kommun})`,
    closed: (place) => `Stängd: ${place}`,
    computing: "Räknar om …",
    computed: (ms) => `Omräknat på ${ms} ms.`,
    error: (reason) => `Kunde inte räkna om: ${reason}`,
    baselineNote: "Underlaget: siffrorna i summary.json (tabellerna i rapporten).",
    sverige: (label, before, after) => `Hela Sverige, ${label}: ${before} → ${after}`,
    changesTitle: "Kommuner vars siffror ändras, störst ändring först",
    changesNone: "Inga kommuners visade siffror ändras.",
    changesMore: (n) => `… och ${n} till (filtret ”Ändrade i scenariot” visar alla i tabellen).`,
    changeColumns: {
      name: "Kommun",
      before: "Före",
      after: "Efter",
      change: "Ändring",
      population: "Invånare",
      within: (n) => `Fler inom ${n} min`,
    },
    otherKind: (kind) => `Ändringarna gäller inte ${kind.toLocaleLowerCase("sv")}; siffrorna är underlagets.`,
    share: "Kopiera länk till scenariot",
    copied: "Länken är kopierad.",
    urlLength: (n) => `Länken är ${n} tecken lång.`,
  },
  scenarioError: (error) => {
    const at = "at" in error ? ` (tecken ${error.at + 1})` : "";
    const why = {
      tooLong: "den är för lång",
      version: "den är av en okänd version",
      dataChanged: "den gjordes på andra data än de som visas nu",
      malformed: "den är felaktigt uppbyggd",
      unknownPlace: "den nämner en plats som inte finns",
      outOfRange: "den har en punkt eller kommun utanför Sverige",
    }[error.reason];
    return `Scenariot i länken kunde inte läsas: ${why}${at}. Underlaget visas i stället.`;
  },
  export: {
    title: "Ladda ner",
    csv: "Tabell (CSV, UTF-8)",
    excel: "Tabell för Excel (CSV)",
    geojson: "Områden (GeoJSON)",
    png: "Karta (PNG)",
    mapNotReady: "Kartan laddas fortfarande.",
    pngTitle: (indicator, kind, level) => `${indicator} – ${kind}, ${level.toLocaleLowerCase("sv")}`,
    pngDataDate: (date) =>
      `Data: Arbetsförmedlingens rapport ${date}; bilrestid uppskattad, folkräkning 2021.`,
    pngAttribution:
      "Närvarokartan · Vägar © OpenStreetMap-bidragsgivare (ODbL) · Gränser: Valmyndigheten, Tillväxtverket · Befolkning: SCB/Eurostat",
    scenarioSuffix: " (scenario)",
  },
  report: {
    title: "Rapporten mot tabellerna",
    intro:
      "Varje siffra räknad ur rapportens bilagor, bredvid det rapporttexten själv säger. Där de skiljer sig står förklaringen och underlaget nedan.",
    columns: {
      figure: "Siffra",
      report: "Rapporten säger",
      tables: "Tabellerna ger",
      agreement: "Stämmer?",
      where: "Var",
    },
    agreement: { match: "stämmer", mismatch: "skiljer sig", notStated: "anges inte" },
    notStated: "anges inte",
    discrepancies: "Skillnader och förklaringar",
    terms: {
      reportSays: "Rapporten säger",
      tablesSay: "Tabellerna säger",
      resolution: "Så visas det",
      evidence: "Underlag",
    },
  },
  minutes: (v) => `${v} min`,
  percent: (v) => `${v} %`,
  per10k: (v) => v,
  people: (v) => `${v} inv.`,
};

const en: PlannerMessages = {
  title: "Planning: presence and travel time",
  intro:
    "Car travel time to the nearest meeting place, per area. Add, move or close places and see the figures recomputed at once.",
  estimateNote: "Travel times are estimated car times without congestion (see About the calculation).",
  loadingWorker: "Loading the calculation engine …",
  tabs: {
    label: "Parts of the planning view",
    map: "Map",
    table: "Table",
    scenario: "Scenario",
    report: "Report",
  },
  scenarioPane: {
    hide: "Hide the scenario",
    show: "Show the scenario",
    divider: "Divider between the table and the scenario",
    share: (percent) => `The scenario takes ${percent}% of the height`,
  },
  controls: {
    label: "What the map and table show",
    showing: "Showing",
    level: "Areas",
    kind: "Kind of meeting",
    indicator: "Measure",
    time: "Time",
    mapMode: "The map shows",
    outlines: "Mark on the map",
    outlineGlesbygd: "Sparsely populated municipalities (20)",
    outlineLandsbygd: "Rural municipalities (SKR C8, C9)",
  },
  levels: { kommun: "Municipalities", fa: "FA regions", lan: "Counties" },
  levelsSingular: { kommun: "municipality", fa: "FA region", lan: "county" },
  kinds: { booked: "Booked meetings", spontaneous: "Drop-in visits", provider: "Providers" },
  times: { "2021": "2021", planned: "With service offices planned for 2022–2023" },
  indicators: {
    medianMin: "Median travel time",
    p90Min: "Travel time of the 10 % farthest away (p90)",
    maxMin: "Longest travel time",
    within10: "Share within 10 minutes",
    within20: "Share within 20 minutes",
    within30: "Share within 30 minutes",
    within45: "Share within 45 minutes",
    within60: "Share within 60 minutes",
    perCapita: "Places per 10,000 inhabitants",
  },
  indicatorsShort: {
    medianMin: "Median, min",
    p90Min: "p90, min",
    maxMin: "Max, min",
    within10: "Within 10 min",
    within20: "Within 20 min",
    within30: "Within 30 min",
    within45: "Within 45 min",
    within60: "Within 60 min",
    perCapita: "Per 10,000 inh.",
  },
  mapModes: { value: "Values", difference: "Difference" },
  legend: {
    title: (indicator, kind) => `${indicator} – ${kind}`,
    differenceTitle: (indicator, against) => `Change in ${indicator.toLowerCase()} ${against}`,
    noData: "No data / no road to a place",
    below: (v) => `under ${v}`,
    between: (a, b) => `${a}–${b}`,
    signedRange: (a, b) => `${a} to ${b}`,
    atLeast: (v) => `${v} or more`,
    better: "better",
    worse: "worse",
    unchanged: "unchanged",
    muchBetter: "much better",
    muchWorse: "much worse",
    glesbygd: "Sparsely populated municipality (dashed edge)",
    landsbygd: "Rural municipality (dotted edge)",
    places: "Meeting place",
    addedPlace: "Added place",
    againstPlanned: "with the planned offices compared with 2021",
    againstBaseline: "in the scenario compared with the published figures",
  },
  unit: { minutes: "minutes", percent: "% of the population", per10k: "places per 10,000 inhabitants" },
  map: {
    label: "Map of the areas coloured by the chosen measure",
    alt: "The map has a text version: the table beside it has the same figures.",
    loading: "Loading the map …",
    addHint: "Click the map where the new place should be. Esc cancels.",
    dragHint: "Drag a place to move it; the figures are recomputed while you drag.",
    closePlace: "Close this place",
    movePlace: "Move with the keyboard",
    popupKommun: (kommun) => `in ${kommun}`,
    addedLabel: (n) => `New place ${n}`,
    unavailable: "The map cannot be shown in this browser (no WebGL). The table has the same figures.",
    selectedArea: (name) => `Selected: ${name}`,
    outsideKommun: "A place must lie in a Swedish municipality; it was not moved.",
  },
  table: {
    caption: (level, kind, shown, total) =>
      shown === total
        ? `${level}, ${kind.toLowerCase()}: ${total} rows`
        : `${level}, ${kind.toLowerCase()}: ${shown} of ${total} rows`,
    scrollNote: "The table scrolls sideways and down; the name column stays.",
    scrollNoteDown: "The table scrolls down in its pane; the header row stays.",
    filter: "Show",
    filters: {
      all: "All",
      withoutBooked: "Municipalities without their own booked presence",
      glesbygd: "Sparsely populated municipalities",
      landsbygd: "Rural municipalities",
      changed: "Changed in the scenario",
    },
    search: "Find name",
    columns: {
      name: "Name",
      population: "Inhabitants",
      booked: "Booked",
      spontaneous: "Drop-in",
      fromSeat: "From the main town",
      actions: "Action",
    },
    planned: (n) => `+${n} planned`,
    sortHint: "The buttons in the table header sort.",
    noRoad: "no road",
    noRows: "No rows match.",
    fromSeat: (place, minutes, km) => `${minutes} min (${km} km): ${place}`,
    ownKommun: "own municipality",
    glesbygd: "sparse",
    landsbygd: "rural",
    closeIn: (name) => `Close places in ${name}`,
    selectArea: (name) => `Show ${name} on the map`,
  },
  footnote48: (n, within20, within60, worst, worstMinutes, verdict) =>
    `Footnote 48 says municipalities without their own presence reach a booked meeting by car in under an hour, usually under 20 minutes. From the main towns of the ${n} municipalities, ${within20} reach a booked meeting within 20 minutes and ${within60} within 60 minutes; the longest is ${worst} with ${worstMinutes} minutes. ${verdict}`,
  footnote48Verdict: {
    holds: "The claim holds in the model.",
    partly: "The claim holds only in part in the model.",
    fails: "The claim does not hold in the model.",
  },
  planned: {
    title: "What the planned service offices change",
    summary: (planned, kommuner, names) =>
      `The ${planned} service offices planned for 2022–2023 give ${kommuner} municipalities a service office of their own: ${names}.`,
    within: (minutes, before, after, delta) =>
      `Within ${minutes} minutes of a service office: ${before} inhabitants in 2021, ${after} with the planned ones (${delta}).`,
    differenceHint:
      "Choose Time: “With service offices planned …” and The map shows: “Difference” to see the change per area.",
  },
  whatIf: {
    title: "Scenario: what if …",
    intro:
      "Changes apply to the chosen kind of meeting. They are kept in the address, so a link shows the same scenario.",
    kindNote: (kind) => `New places will be: ${kind.toLowerCase()}.`,
    addOnMap: "Add a place on the map",
    addOnMapActive: "Click the map … (cancel)",
    addBySearch: "Add at a locality or postcode",
    searchLoading: "Loading the search index …",
    noMatch: "No match.",
    addAt: (label) => `Add at ${label}`,
    choosePlace: "Place to move or close",
    noPlace: "Choose a place …",
    nudge: "Move 1 km",
    nudgeHint: "The arrow keys move the place 1 km while a button here has focus.",
    north: "North",
    south: "South",
    west: "West",
    east: "East",
    close: "Close this place",
    undo: "Undo",
    redo: "Redo",
    reset: "Remove all changes",
    edits: "Changes",
    noEdits: "No changes yet: the figures are the published ones.",
    added: (kind, kommun) => `${kind}: new place in ${kommun}`,
    moved: (place, kommun) => `Moved: ${place} (now in ${kommun})`,
    closed: (place) => `Closed: ${place}`,
    computing: "Recomputing …",
    computed: (ms) => `Recomputed in ${ms} ms.`,
    error: (reason) => `Could not recompute: ${reason}`,
    baselineNote: "Baseline: the figures in summary.json (the report's tables).",
    sverige: (label, before, after) => `All of Sweden, ${label}: ${before} → ${after}`,
    changesTitle: "Municipalities whose figures change, largest change first",
    changesNone: "No municipality's displayed figures change.",
    changesMore: (n) => `… and ${n} more (the filter “Changed in the scenario” shows all in the table).`,
    changeColumns: {
      name: "Municipality",
      before: "Before",
      after: "After",
      change: "Change",
      population: "Inhabitants",
      within: (n) => `More within ${n} min`,
    },
    otherKind: (kind) =>
      `The changes do not apply to ${kind.toLowerCase()}; the figures are the published ones.`,
    share: "Copy link to the scenario",
    copied: "The link is copied.",
    urlLength: (n) => `The link is ${n} characters long.`,
  },
  scenarioError: (error) => {
    const at = "at" in error ? ` (character ${error.at + 1})` : "";
    const why = {
      tooLong: "it is too long",
      version: "it is of an unknown version",
      dataChanged: "it was made on other data than shown now",
      malformed: "it is malformed",
      unknownPlace: "it names a place that does not exist",
      outOfRange: "it has a point or municipality outside Sweden",
    }[error.reason];
    return `The scenario in the link could not be read: ${why}${at}. The published figures are shown instead.`;
  },
  export: {
    title: "Download",
    csv: "Table (CSV, UTF-8)",
    excel: "Table for Excel (CSV)",
    geojson: "Areas (GeoJSON)",
    png: "Map (PNG)",
    mapNotReady: "The map is still loading.",
    pngTitle: (indicator, kind, level) => `${indicator} – ${kind}, ${level.toLowerCase()}`,
    pngDataDate: (date) => `Data: Arbetsförmedlingen's report ${date}; estimated car travel, census 2021.`,
    pngAttribution:
      "Närvarokartan · Roads © OpenStreetMap contributors (ODbL) · Boundaries: Valmyndigheten, Tillväxtverket · Population: SCB/Eurostat",
    scenarioSuffix: " (scenario)",
  },
  report: {
    title: "The report against its tables",
    intro:
      "Every figure counted from the report's appendices, next to what the report's text itself states. Where they differ, the explanation and its evidence follow below.",
    columns: {
      figure: "Figure",
      report: "The report says",
      tables: "The tables give",
      agreement: "Agree?",
      where: "Where",
    },
    agreement: { match: "agree", mismatch: "differ", notStated: "not stated" },
    notStated: "not stated",
    discrepancies: "Differences and explanations",
    terms: {
      reportSays: "The report says",
      tablesSay: "The tables say",
      resolution: "How it is shown",
      evidence: "Evidence",
    },
  },
  minutes: (v) => `${v} min`,
  percent: (v) => `${v} %`,
  per10k: (v) => v,
  people: (v) => `${v} inh.`,
};

export const PLANNER_MESSAGES: Record<Language, PlannerMessages> = { sv, en };

export function usePlannerMessages(): PlannerMessages {
  return PLANNER_MESSAGES[useI18n().language];
}
