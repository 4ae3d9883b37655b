import type { Messages } from "./messages";

export const en: Messages = {
  language: {
    target: "sv",
    switchLabel: "Svenska",
    switchAriaLabel: "switch language to Swedish",
  },
  app: {
    title: "Närvarokartan",
    tagline: "Where you can meet Arbetsförmedlingen (the Swedish Public Employment Service) in person",
    dataDate: (date) => `Data as reported by Arbetsförmedlingen on ${date}`,
    skipToContent: "Skip to content",
    footer:
      "Närvarokartan shows data from a report published in 2021. Always check current opening hours and addresses with Arbetsförmedlingen.",
  },
  nav: {
    label: "Views",
    viewSwitchLabel: "Show as",
    map: "Map",
    list: "List",
    omData: "About the data",
    planner: "Planning",
  },
  status: {
    loading: "Loading data …",
    loadErrorTitle: "The data could not be loaded",
    loadErrorBody:
      "The map and the list cannot be shown right now. Please try again shortly. You can also phone Arbetsförmedlingen or use its digital services.",
    loadErrorDetail: (file, reason) => `File: ${file}. Reason: ${reason}.`,
    retry: "Try again",
  },
  map: {
    regionLabel: "Map of places where you can meet Arbetsförmedlingen",
    textAlternative:
      "The map shows the same places as the list. The list works with a keyboard and screen readers.",
    showList: "Show the list instead",
    keyboardHint:
      "Keyboard: move the map with the arrow keys, zoom with + and −, press Enter to open the place nearest the centre of the map.",
    loadMap: "Show the map",
    loading: "Loading the map …",
    webglUnavailableTitle: "The map cannot be shown in your browser",
    webglUnavailableBody:
      "The map needs WebGL, which is not available here. Every place is in the list below.",
    attribution:
      "Sources: Arbetsförmedlingen 2021 · municipality borders okfse/sweden-geojson · GeoNames (CC BY 4.0) · Wikipedia (CC BY-SA 4.0) · City of Stockholm (CC0) · travel times from © OpenStreetMap contributors (ODbL) · neighbouring countries Natural Earth. More under About the data.",
    maplibreLocale: {
      "Map.Title": "Map",
      "NavigationControl.ZoomIn": "Zoom in",
      "NavigationControl.ZoomOut": "Zoom out",
      "NavigationControl.ResetBearing": "Reset bearing to north",
      "Popup.Close": "Close",
    },
  },
  legend: {
    title: "Legend",
    kindsLegend: "Show on the map and in the list",
    spontaneous: "Drop-in visits – government service offices",
    booked: "Booked meetings – Arbetsförmedlingen and partnership solutions",
    provider: "Providers",
    providerNote: (services) =>
      `Appendix 3 (Bilaga 3) gives only counts (${services} services), no places. See About the data.`,
    showPlanned: "Show planned 2022–2023",
    layersLegend: "Map layers",
    faRegions: "Show borders of FA regions (local labour markets)",
    formsTitle: "Symbols",
    statusTitle: "Status according to the report of 2021-10-01",
    bordersTitle: "Borders",
    kommunBorder: "Municipality border",
    lanBorder: "County border",
    faBorder: "FA region border",
    count: (count) => `(${count})`,
    placeCount: (count) => `${count} places`,
    plannedCount: (count) => `${count} planned`,
  },
  place: {
    kind: {
      spontaneous: "Drop-in visits",
      booked: "Booked meetings",
      provider: "Provider",
    },
    form: {
      servicekontor: "Government service office",
      fast_bemannat: "Permanently staffed office",
      reser_till: "Office staff travel to",
      samarbetslosning: "Partnership solution",
    },
    status: {
      current: "Open",
      planned: "Planned 2022–2023",
      pending: "Solution ready later this year",
    },
    statusSentence: {
      current: "In place according to the report (2021-10-01).",
      planned: "Planned for 2022–2023 – not yet in place according to the report.",
      pending:
        "Solution ready later this year (the report's words, 2021-10-01) – not yet formalised then, but counted among the places.",
    },
    precision: {
      address: "Placed at the address",
      locality: "Placed at the centre of the locality",
      kommun_seat: "Placed at the municipality's main town",
    },
    terms: {
      kind: "Kind of meeting",
      form: "Form",
      status: "Status",
      kommun: "Municipality",
      position: "Position",
      positionNote: "About the position",
      comment: "Comment in the report",
      source: "Source",
    },
    showOnMap: (label) => `Show on map: ${label}`,
  },
  list: {
    title: "Places by county and municipality",
    intro: "The list follows the same choices as the legend.",
    empty: "No places match the choices in the legend.",
    lanHeading: (lan, count) => `${lan} (${count})`,
    columns: {
      kommun: "Municipality",
      place: "Place",
      kind: "Kind of meeting",
      form: "Form",
      status: "Status",
      precision: "Position",
      map: "Map",
    },
    showOnMap: "Show on map",
  },
  distance: {
    title: "Without travelling",
    intro: "You can also meet Arbetsförmedlingen by phone and online:",
    channel: { phone: "Phone", digital: "Online" },
  },
  omData: {
    title: "About the data",
    intro:
      "The places come from Arbetsförmedlingen's final report. This section lists the sources the map is built on, how the report's figures agree with its own tables, and which corrections were made.",
    precisionStatement:
      "Positions are approximate: each place is at the centre of its locality or at the municipality's main town, not at a street address. The report gives no addresses.",
    sourcesTitle: "Sources and licences",
    sources: [
      {
        name: "Arbetsförmedlingen: Slutredovisning – Likvärdig service i hela landet (final report: equal service across the country)",
        detail: "Report dated 2021-10-01, ref. Af-2021/00114021, with appendices 1–3.",
        licence: "Public document",
      },
      {
        name: "Municipality borders: okfse/sweden-geojson",
        detail:
          "Simplified municipality polygons (from the Election Authority's data via OpenDataSoft). Counties are merged municipalities.",
        licence: "Free reuse according to the project README",
      },
      {
        name: "Tillväxtverket: functional analysis regions (FA15)",
        detail: "60 FA regions, merged municipalities.",
        licence: "Open data",
      },
      {
        name: "SKR: municipality groups 2017",
        detail: "Municipality group per municipality (rural groups C8 and C9).",
        licence: "Open data",
      },
      {
        name: "Statistics Sweden (SCB): population 2024",
        detail: "Population per municipality.",
        licence: "Open data (CC0)",
      },
      {
        name: "Eurostat/SCB: Census 2021, 1 km grid",
        detail: "Population per square kilometre (GEOSTAT, Swedish data from SCB).",
        licence: "Eurostat reuse policy, with attribution",
      },
      {
        name: "GeoNames (geonames.org)",
        detail: "Locality positions.",
        licence: "CC BY 4.0",
      },
      {
        name: "Wikipedia",
        detail: "Coordinates of a few city districts.",
        licence: "CC BY-SA 4.0",
      },
      {
        name: "City of Stockholm: Stadskarta",
        detail: "City districts of Stockholm.",
        licence: "CC0",
      },
      {
        name: "© OpenStreetMap contributors",
        detail: "Anything derived from road geometry.",
        licence: "ODbL",
      },
      {
        name: "Speth et al. 2022, European road network (ETISplus) via imp-act",
        detail:
          "Real road lengths between 80 junctions; fills gaps in the road network and checks the model.",
        licence: "CC BY 4.0",
      },
    ],
    dataDateLabel: "Date of the data",
    reportLabel: "Report",
    reconciliationTitle: "The report compared with its tables",
    reconciliationIntro:
      "Each figure is recounted from the report's appendices and compared with what the report's text says.",
    columns: {
      figure: "Figure",
      reportSays: "The report says",
      tablesSay: "The tables say",
      agreement: "Agree?",
      where: "Where in the report",
    },
    agreement: {
      match: "Agrees",
      mismatch: "Differs",
      notStated: "Not stated in the text",
    },
    notStated: "–",
    discrepanciesTitle: "Discrepancies",
    discrepanciesNone: "No discrepancies.",
    discrepancyTerms: {
      reportSays: "The report says",
      tablesSay: "The tables say",
      resolution: "How it is handled",
      evidence: "Evidence",
    },
    correctionsTitle: "Corrections to the tables",
    correctionsNone: "No corrections.",
    correctionColumns: {
      table: "Table",
      row: "Row",
      field: "Field",
      change: "Report → corrected",
      reason: "Reason",
      evidence: "Evidence",
    },
    positionExceptionsTitle: "Places outside their municipality polygon",
    positionExceptionsIntro:
      "The municipality borders are simplified. These places fall outside their municipality on the map; the distance is to the municipality's border.",
    positionExceptionsNone: "No place falls outside its municipality.",
    positionExceptionColumns: { place: "Place", kommun: "Municipality", distance: "Distance" },
    distanceKm: (km) => `${km} km`,
    contractedTitle: "Contracted services (Appendix 3)",
    contractedIntro:
      "Appendix 3 gives how many municipalities and approved addresses the providers have, but not where. That is why they are not on the map.",
    contractedColumns: {
      code: "Code",
      name: "Service",
      description: "Description",
      kommunCount: "Municipalities",
      approvedAddresses: "Approved addresses",
      asOf: "As of",
      source: "Source",
    },
    sourceLanguageNote:
      "The report, its comments and the notes on positions are in Swedish and are quoted as written, misspellings included.",
  },
  counts: {
    kommuner: "Municipalities",
    faRegioner: "FA regions",
    lan: "Counties",
    "servicekontor.current": "Service offices open",
    "servicekontor.planned": "Service offices planned 2022–2023",
    "kommunerWithServicekontor.current": "Municipalities with a service office",
    "kommunerWithServicekontor.includingPlanned": "Municipalities with a service office, including planned",
    "afKontor.fastBemannat": "Permanently staffed offices",
    "afKontor.reserTill": "Offices staff travel to",
    samarbetslosningar: "Partnership solutions",
    kommunerWithBookedPresence: "Municipalities with a place for booked meetings",
    kommunerWithoutBookedPresence: "Municipalities without a place for booked meetings",
    glesbygdskommunerWithBookedPresence: "Sparsely populated municipalities with a place for booked meetings",
    landsbygdskommunerWithBookedPresence: "Rural municipalities with a place for booked meetings",
  },
  finder: {
    title: "Find the nearest place",
    intro:
      "Type where you live or want to travel from, or use your position. You will see the nearest places for each kind of meeting, with an estimated travel time.",
    searchLabel: "Search for a municipality, locality or postcode",
    searchHint: "For example Pajala, Sysslebäck, Rosengård or 794 90.",
    searchButton: "Search",
    clear: "Clear",
    suggestionsLabel: "Suggestions",
    suggestionCount: (count) =>
      count === 0
        ? "No suggestions."
        : count === 1
          ? "1 suggestion. Choose with the up and down arrows, press Enter."
          : `${count} suggestions. Choose with the up and down arrows, press Enter.`,
    noSuggestions: "No suggestions",
    entryKind: (kind) =>
      ({
        kommun: "Municipality",
        locality: "Locality",
        postnummer: "Postcode",
        district: "District",
        place: "Place",
      })[kind] ?? kind,
    indexLoading: "Preparing the search …",
    indexError:
      "The search could not be loaded. Please try again later, or use the list of all places by county and municipality.",
    locate: "Use my position",
    locating: "Finding your position …",
    locateRefused:
      "You have not allowed this site to use your position. Type a municipality, locality or postcode in the search field instead.",
    locateUnavailable:
      "Your position could not be determined. Type a municipality, locality or postcode in the search field instead.",
    locateTimeout:
      "Finding your position took too long. Try again, or type a municipality, locality or postcode.",
    locateUnsupported:
      "Your browser cannot share your position. Type a municipality, locality or postcode in the search field instead.",
    noMatchTitle: (query) => `No match for “${query}”`,
    noMatchBody:
      "Check the spelling, or try the municipality's name, a larger locality nearby or a five-digit postcode (for example 794 90). Å, ä and ö can be typed as a and o.",
    resultsTitle: (origin) => `Nearest to ${origin}`,
    myPosition: "your position",
    positionAccuracy: (metres) => `Your position is given to within about ${metres} metres.`,
    travelLoading: "Calculating travel times …",
    travelError: "Travel times could not be calculated right now.",
    farFromRoads: (km) =>
      `This point lies ${km} km in a straight line from the nearest road in the data (perhaps outside Sweden or far into the mountains), so the travel times below are very uncertain.`,
    travelNote:
      "The travel time is an estimate by car without congestion, and the distance is by road. The places' positions are approximate (the centre of the locality or the municipality's main town).",
    minutes: (minutes) => `${minutes} min`,
    km: (km) => `${km} km`,
    travelSpoken: (minutes, km) => `about ${minutes} minutes and ${km} kilometres by car`,
    noRoadLink: (count) =>
      `Places that cannot be reached by road from here (on an island, for example): ${count}.`,
    noneReachable: "No place of this kind can be reached by road from here.",
    kindTitle: {
      spontaneous: "Drop-in visit – no appointment",
      booked: "Booked meeting – after assessment",
      provider: "Providers (contracted services)",
    },
    kindIntro: {
      spontaneous: "At government service offices. You do not need to book.",
      booked:
        "At an Arbetsförmedlingen office or a partnership solution with the municipality or the service office. By appointment only.",
    },
    // Report 004, section 4.5.1, lines 442–459 (seeds/004_2e713bdda05e1001.txt), translated.
    servicekontorServicesTitle: "You do not need to book, and you get help to:",
    servicekontorServices: [
      "use Arbetsförmedlingen's services on the web",
      "register with Arbetsförmedlingen",
      "submit your activity report",
      "use computers for self-service",
      "get and fill in forms",
      "hand in forms and certificates",
      "get in touch with an employment officer when needed",
    ],
    // Report 004, footnote 39 (line 452).
    servicekontorAlsoOtherAgencies:
      "At the service office you can also get guidance on services from Försäkringskassan (social insurance), Pensionsmyndigheten (pensions) and Skatteverket (tax).",
    // Report 004, section 4.5.2, lines 467–485, translated.
    bookedHowTitle: "How it works:",
    bookedHow: [
      "Contact Arbetsförmedlingen by phone or online first – many matters can be handled there.",
      "Whether you need a meeting in person is assessed in contact with you, and the meeting is then booked at an office or a partnership solution.",
      "Booked meetings in person are mainly for people who need a lot of support in looking for work.",
    ],
    showMore: (count) => `Show ${count} more`,
    showFewer: "Show fewer",
    showOnMap: "Show on map",
    showOnMapFor: (label) => `Show on map: ${label}`,
    selectPlace: (label) => `Select ${label}`,
    selected: "Selected",
    inKommunTitle: (kommun) => `Places in ${kommun} municipality`,
    noneInKommun: "No places of this kind in the municipality.",
    providerBody: (services) =>
      `Appendix 3 of the report gives only how many municipalities and approved addresses the providers have for ${services} services – no addresses. So the nearest provider cannot be shown. Arbetsförmedlingen refers you to a service.`,
    providerColumns: { service: "Service", kommuner: "Municipalities", addresses: "Approved addresses" },
    alternativesTitle: "Far to travel? Phone and online",
    alternativesIntro: "You can do most things without travelling:",
    selectedPlaceTitle: "Selected place",
    closeSelectedPlace: "Close selected place",
    travelTerm: "Travel time",
  },
};
