// The shape every language must fill in full: a missing English string is a type error.
import type { MeetingForm, MeetingKind, MeetingStatus, PositionPrecision } from "../data/schema";
import type { CountKey } from "../state/countKeys";
import type { Language } from "./language";

export interface Messages {
  language: {
    /** The language the switch button offers (the other one). */
    target: Language;
    /** Button text, written in the target language. */
    switchLabel: string;
    /** Accessible name, written in the current language. */
    switchAriaLabel: string;
  };
  app: {
    title: string;
    tagline: string;
    dataDate: (date: string) => string;
    skipToContent: string;
    footer: string;
  };
  nav: {
    label: string;
    viewSwitchLabel: string;
    map: string;
    list: string;
    omData: string;
    planner: string;
  };
  status: {
    loading: string;
    loadErrorTitle: string;
    loadErrorBody: string;
    loadErrorDetail: (file: string, reason: string) => string;
    retry: string;
  };
  map: {
    regionLabel: string;
    textAlternative: string;
    showList: string;
    keyboardHint: string;
    /** Button that loads the map at once, before it scrolls into view. */
    loadMap: string;
    loading: string;
    webglUnavailableTitle: string;
    webglUnavailableBody: string;
    attribution: string;
    /** MapLibre's own control texts (zoom buttons, popup close, attribution toggle). */
    maplibreLocale: Record<string, string>;
  };
  legend: {
    title: string;
    kindsLegend: string;
    spontaneous: string;
    booked: string;
    provider: string;
    providerNote: (services: string) => string;
    showPlanned: string;
    layersLegend: string;
    faRegions: string;
    formsTitle: string;
    statusTitle: string;
    bordersTitle: string;
    kommunBorder: string;
    lanBorder: string;
    faBorder: string;
    count: (count: string) => string;
    placeCount: (count: string) => string;
    plannedCount: (count: string) => string;
  };
  place: {
    kind: Record<MeetingKind, string>;
    form: Record<MeetingForm, string>;
    status: Record<MeetingStatus, string>;
    /** The status as a full sentence for the popup. */
    statusSentence: Record<MeetingStatus, string>;
    precision: Record<PositionPrecision, string>;
    terms: {
      kind: string;
      form: string;
      status: string;
      kommun: string;
      position: string;
      positionNote: string;
      comment: string;
      source: string;
    };
    showOnMap: (label: string) => string;
  };
  list: {
    title: string;
    intro: string;
    empty: string;
    lanHeading: (lan: string, count: string) => string;
    columns: {
      kommun: string;
      place: string;
      kind: string;
      form: string;
      status: string;
      precision: string;
      map: string;
    };
    showOnMap: string;
  };
  distance: {
    title: string;
    intro: string;
    channel: { phone: string; digital: string };
  };
  omData: {
    title: string;
    intro: string;
    precisionStatement: string;
    sourcesTitle: string;
    sources: { name: string; detail: string; licence: string }[];
    dataDateLabel: string;
    reportLabel: string;
    reconciliationTitle: string;
    reconciliationIntro: string;
    columns: {
      figure: string;
      reportSays: string;
      tablesSay: string;
      agreement: string;
      where: string;
    };
    agreement: { match: string; mismatch: string; notStated: string };
    notStated: string;
    discrepanciesTitle: string;
    discrepanciesNone: string;
    discrepancyTerms: {
      reportSays: string;
      tablesSay: string;
      resolution: string;
      evidence: string;
    };
    correctionsTitle: string;
    correctionsNone: string;
    correctionColumns: {
      table: string;
      row: string;
      field: string;
      change: string;
      reason: string;
      evidence: string;
    };
    positionExceptionsTitle: string;
    positionExceptionsIntro: string;
    positionExceptionsNone: string;
    positionExceptionColumns: { place: string; kommun: string; distance: string };
    distanceKm: (km: string) => string;
    contractedTitle: string;
    contractedIntro: string;
    contractedColumns: {
      code: string;
      name: string;
      description: string;
      kommunCount: string;
      approvedAddresses: string;
      asOf: string;
      source: string;
    };
    sourceLanguageNote: string;
  };
  counts: Record<CountKey, string>;
  finder: FinderMessages;
}

/** The jobseeker finder: search, position, nearest places per kind and what can be done there. */
export interface FinderMessages {
  title: string;
  intro: string;
  /** The search field's label; the Swedish one contains "Sök". */
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  clear: string;
  suggestionsLabel: string;
  /** Announced when suggestions appear or change. */
  suggestionCount: (count: number) => string;
  noSuggestions: string;
  /** A search entry's kind ("kommun", "locality", "postnummer", …) in words. */
  entryKind: (kind: string) => string;
  indexLoading: string;
  indexError: string;
  locate: string;
  locating: string;
  locateRefused: string;
  locateUnavailable: string;
  locateTimeout: string;
  locateUnsupported: string;
  noMatchTitle: (query: string) => string;
  noMatchBody: string;
  resultsTitle: (origin: string) => string;
  myPosition: string;
  positionAccuracy: (metres: string) => string;
  travelLoading: string;
  travelError: string;
  /** Shown when the origin is more than FAR_FROM_ROADS_KM from the road network. */
  farFromRoads: (km: string) => string;
  travelNote: string;
  minutes: (minutes: string) => string;
  km: (km: string) => string;
  /** The travel estimate in full words, for screen readers. */
  travelSpoken: (minutes: string, km: string) => string;
  noRoadLink: (count: string) => string;
  noneReachable: string;
  kindTitle: { spontaneous: string; booked: string; provider: string };
  kindIntro: { spontaneous: string; booked: string };
  /** Report 004, 4.5.1: what a jobseeker gets help with at a servicekontor. */
  servicekontorServicesTitle: string;
  servicekontorServices: string[];
  servicekontorAlsoOtherAgencies: string;
  /** Report 004, 4.5.2: how a booked meeting comes about. */
  bookedHowTitle: string;
  bookedHow: string[];
  showMore: (count: string) => string;
  showFewer: string;
  showOnMap: string;
  showOnMapFor: (label: string) => string;
  selectPlace: (label: string) => string;
  selected: string;
  inKommunTitle: (kommun: string) => string;
  noneInKommun: string;
  providerBody: (services: string) => string;
  providerColumns: { service: string; kommuner: string; addresses: string };
  alternativesTitle: string;
  alternativesIntro: string;
  selectedPlaceTitle: string;
  closeSelectedPlace: string;
  travelTerm: string;
}
