import type { Messages } from "./messages";

export const sv: Messages = {
  language: {
    target: "en",
    switchLabel: "English",
    switchAriaLabel: "byt språk till engelska",
  },
  app: {
    title: "Närvarokartan",
    tagline: "Var du kan möta Arbetsförmedlingen på plats",
    dataDate: (date) => `Uppgifter enligt Arbetsförmedlingens rapport ${date}`,
    skipToContent: "Hoppa till innehållet",
    footer:
      "Närvarokartan visar uppgifter ur en rapport från 2021. Kontrollera alltid aktuella öppettider och adresser hos Arbetsförmedlingen.",
  },
  nav: {
    label: "Vyer",
    viewSwitchLabel: "Visa som",
    map: "Karta",
    list: "Lista",
    omData: "Om data",
    planner: "Planering",
  },
  status: {
    loading: "Hämtar uppgifter …",
    loadErrorTitle: "Uppgifterna kunde inte hämtas",
    loadErrorBody:
      "Kartan och listan kan inte visas just nu. Försök igen om en stund. Du kan också ringa eller använda Arbetsförmedlingens digitala tjänster.",
    loadErrorDetail: (file, reason) => `Fil: ${file}. Orsak: ${reason}.`,
    retry: "Försök igen",
  },
  map: {
    regionLabel: "Karta över platser där du kan möta Arbetsförmedlingen",
    textAlternative:
      "Kartan visar samma platser som listan. Listan går att använda med tangentbord och skärmläsare.",
    showList: "Visa listan i stället",
    keyboardHint:
      "Tangentbord: flytta kartan med piltangenterna, zooma med + och −, tryck Enter för att öppna platsen närmast kartans mitt.",
    loadMap: "Visa kartan",
    loading: "Laddar kartan …",
    webglUnavailableTitle: "Kartan kan inte visas i din webbläsare",
    webglUnavailableBody:
      "Kartan behöver WebGL, som inte är tillgängligt här. Alla platser finns i listan nedan.",
    attribution:
      "Källor: Arbetsförmedlingen 2021 · kommungränser okfse/sweden-geojson · GeoNames (CC BY 4.0) · Wikipedia (CC BY-SA 4.0) · Stockholms stad (CC0) · restider ur © OpenStreetMap-bidragsgivare (ODbL) · grannländer Natural Earth. Mer under Om data.",
    maplibreLocale: {
      "Map.Title": "Karta",
      "NavigationControl.ZoomIn": "Zooma in",
      "NavigationControl.ZoomOut": "Zooma ut",
      "NavigationControl.ResetBearing": "Återställ riktning mot norr",
      "Popup.Close": "Stäng",
    },
  },
  legend: {
    title: "Teckenförklaring",
    kindsLegend: "Visa på kartan och i listan",
    spontaneous: "Spontana besök – servicekontor",
    booked: "Bokade möten – Arbetsförmedlingen och samarbetslösningar",
    provider: "Leverantörer",
    providerNote: (services) => `Bilaga 3 anger bara antal (${services} tjänster), inga platser. Se Om data.`,
    showPlanned: "Visa planerade 2022–2023",
    layersLegend: "Kartlager",
    faRegions: "Visa gränser för FA-regioner",
    formsTitle: "Symboler",
    statusTitle: "Status enligt rapporten 2021-10-01",
    bordersTitle: "Gränser",
    kommunBorder: "Kommungräns",
    lanBorder: "Länsgräns",
    faBorder: "FA-regiongräns",
    count: (count) => `(${count})`,
    placeCount: (count) => `${count} platser`,
    plannedCount: (count) => `${count} planerade`,
  },
  place: {
    kind: {
      spontaneous: "Spontana besök",
      booked: "Bokade möten",
      provider: "Leverantör",
    },
    form: {
      servicekontor: "Statligt servicekontor",
      fast_bemannat: "Fast bemannat kontor",
      reser_till: "Kontor vi reser till",
      samarbetslosning: "Samarbetslösning",
    },
    status: {
      current: "I drift",
      planned: "Planerat 2022–2023",
      pending: "Lösning klar senare i år",
    },
    statusSentence: {
      current: "Finns enligt rapporten (2021-10-01).",
      planned: "Planerat 2022–2023 – finns inte ännu enligt rapporten.",
      pending:
        "Lösning klar senare i år (rapportens ord 2021-10-01) – då ännu inte formaliserad, men räknad bland platserna.",
    },
    precision: {
      address: "Placerad vid adressen",
      locality: "Placerad vid ortens mitt",
      kommun_seat: "Placerad vid kommunens centralort",
    },
    terms: {
      kind: "Typ av möte",
      form: "Form",
      status: "Status",
      kommun: "Kommun",
      position: "Position",
      positionNote: "Om positionen",
      comment: "Kommentar i rapporten",
      source: "Källa",
    },
    showOnMap: (label) => `Visa på kartan: ${label}`,
  },
  list: {
    title: "Platser per län och kommun",
    intro: "Listan följer samma val som teckenförklaringen.",
    empty: "Inga platser matchar valen i teckenförklaringen.",
    lanHeading: (lan, count) => `${lan} (${count})`,
    columns: {
      kommun: "Kommun",
      place: "Plats",
      kind: "Typ av möte",
      form: "Form",
      status: "Status",
      precision: "Position",
      map: "Karta",
    },
    showOnMap: "Visa på kartan",
  },
  distance: {
    title: "Utan att resa",
    intro: "Du kan också möta Arbetsförmedlingen per telefon och digitalt:",
    channel: { phone: "Telefon", digital: "Digitalt" },
  },
  omData: {
    title: "Om data",
    intro:
      "Platserna kommer från Arbetsförmedlingens slutredovisning. Här står vilka källor kartan bygger på, hur rapportens siffror stämmer med dess tabeller och vilka rättelser som gjorts.",
    precisionStatement:
      "Positionerna är ungefärliga: varje plats ligger vid ortens mitt eller vid kommunens centralort, inte vid en adress. Rapporten anger inga adresser.",
    sourcesTitle: "Källor och licenser",
    sources: [
      {
        name: "Arbetsförmedlingen: Slutredovisning – Likvärdig service i hela landet",
        detail: "Rapport 2021-10-01, dnr Af-2021/00114021, med bilaga 1–3.",
        licence: "Allmän handling",
      },
      {
        name: "Kommungränser: okfse/sweden-geojson",
        detail:
          "Förenklade kommunpolygoner (från Valmyndighetens data via OpenDataSoft). Län är sammanslagna kommuner.",
        licence: "Fri återanvändning enligt projektets README",
      },
      {
        name: "Tillväxtverket: funktionella analysregioner (FA15)",
        detail: "60 FA-regioner, sammanslagna kommuner.",
        licence: "Öppna data",
      },
      {
        name: "SKR: Kommungruppsindelning 2017",
        detail: "Kommungrupp per kommun (landsbygdskommuner C8 och C9).",
        licence: "Öppna data",
      },
      {
        name: "SCB: Folkmängd 2024",
        detail: "Befolkning per kommun.",
        licence: "Öppna data (CC0)",
      },
      {
        name: "Eurostat/SCB: Folk- och bostadsräkning 2021, rutnät 1 km",
        detail: "Befolkning per kvadratkilometer (GEOSTAT, svenska data från SCB).",
        licence: "Eurostats villkor för återanvändning, med angivande av källa",
      },
      {
        name: "GeoNames (geonames.org)",
        detail: "Orternas lägen.",
        licence: "CC BY 4.0",
      },
      {
        name: "Wikipedia",
        detail: "Koordinater för några stadsdelar.",
        licence: "CC BY-SA 4.0",
      },
      {
        name: "Stockholms stad: Stadskarta",
        detail: "Stadsdelar i Stockholm.",
        licence: "CC0",
      },
      {
        name: "© OpenStreetMap-bidragsgivare",
        detail: "Allt som härleds ur väggeometri.",
        licence: "ODbL",
      },
      {
        name: "Speth m.fl. 2022, Europavägsnät (ETISplus) via imp-act",
        detail:
          "Verkliga väglängder mellan 80 knutpunkter; fyller glapp i vägnätet och används för att kontrollera modellen.",
        licence: "CC BY 4.0",
      },
    ],
    dataDateLabel: "Uppgifternas datum",
    reportLabel: "Rapport",
    reconciliationTitle: "Rapporten jämförd med tabellerna",
    reconciliationIntro:
      "Varje siffra räknas om från rapportens bilagor och jämförs med vad rapportens text säger.",
    columns: {
      figure: "Uppgift",
      reportSays: "Rapporten säger",
      tablesSay: "Tabellerna säger",
      agreement: "Stämmer?",
      where: "Var i rapporten",
    },
    agreement: {
      match: "Stämmer",
      mismatch: "Skiljer sig",
      notStated: "Anges inte i texten",
    },
    notStated: "–",
    discrepanciesTitle: "Avvikelser",
    discrepanciesNone: "Inga avvikelser.",
    discrepancyTerms: {
      reportSays: "Rapporten säger",
      tablesSay: "Tabellerna säger",
      resolution: "Så hanteras det",
      evidence: "Underlag",
    },
    correctionsTitle: "Rättelser i tabellerna",
    correctionsNone: "Inga rättelser.",
    correctionColumns: {
      table: "Tabell",
      row: "Rad",
      field: "Fält",
      change: "Rapporten → rättat",
      reason: "Skäl",
      evidence: "Underlag",
    },
    positionExceptionsTitle: "Platser utanför sin kommunpolygon",
    positionExceptionsIntro:
      "Kommungränserna är förenklade. Dessa platser hamnar utanför sin kommun på kartan; avståndet är till kommunens gräns.",
    positionExceptionsNone: "Inga platser hamnar utanför sin kommun.",
    positionExceptionColumns: { place: "Plats", kommun: "Kommun", distance: "Avstånd" },
    distanceKm: (km) => `${km} km`,
    contractedTitle: "Tjänster i avtalad regi (bilaga 3)",
    contractedIntro:
      "Bilaga 3 anger hur många kommuner och godkända adresser leverantörerna har, men inte var. Därför syns de inte på kartan.",
    contractedColumns: {
      code: "Kod",
      name: "Tjänst",
      description: "Beskrivning",
      kommunCount: "Kommuner",
      approvedAddresses: "Godkända adresser",
      asOf: "Per",
      source: "Källa",
    },
    sourceLanguageNote:
      "Rapportens egna formuleringar och kommentarer citeras ordagrant, även felstavningar.",
  },
  counts: {
    kommuner: "Kommuner",
    faRegioner: "FA-regioner",
    lan: "Län",
    "servicekontor.current": "Servicekontor i drift",
    "servicekontor.planned": "Servicekontor planerade 2022–2023",
    "kommunerWithServicekontor.current": "Kommuner med servicekontor",
    "kommunerWithServicekontor.includingPlanned": "Kommuner med servicekontor, inklusive planerade",
    "afKontor.fastBemannat": "Fast bemannade kontor",
    "afKontor.reserTill": "Kontor vi reser till",
    samarbetslosningar: "Samarbetslösningar",
    kommunerWithBookedPresence: "Kommuner med plats för bokade möten",
    kommunerWithoutBookedPresence: "Kommuner utan plats för bokade möten",
    glesbygdskommunerWithBookedPresence: "Glesbygdskommuner med plats för bokade möten",
    landsbygdskommunerWithBookedPresence: "Landsbygdskommuner med plats för bokade möten",
  },
  finder: {
    title: "Hitta närmaste plats",
    intro:
      "Skriv var du bor eller vill resa från, eller använd din position. Du får se de närmaste platserna för varje slags möte, med ungefärlig restid.",
    searchLabel: "Sök kommun, ort eller postnummer",
    searchHint: "Till exempel Pajala, Sysslebäck, Rosengård eller 794 90.",
    searchButton: "Sök",
    clear: "Rensa",
    suggestionsLabel: "Förslag",
    suggestionCount: (count) =>
      count === 0
        ? "Inga förslag."
        : count === 1
          ? "1 förslag. Välj med pil upp och pil ned, tryck Enter."
          : `${count} förslag. Välj med pil upp och pil ned, tryck Enter.`,
    noSuggestions: "Inga förslag",
    entryKind: (kind) =>
      ({ kommun: "Kommun", locality: "Ort", postnummer: "Postnummer", district: "Stadsdel", place: "Plats" })[
        kind
      ] ?? kind,
    indexLoading: "Sökningen förbereds …",
    indexError:
      "Sökningen kunde inte hämtas. Försök igen senare, eller använd listan över alla platser per län och kommun.",
    locate: "Använd min position",
    locating: "Söker din position …",
    locateRefused:
      "Du har inte gett webbplatsen tillåtelse att använda din position. Skriv i stället en kommun, ort eller ett postnummer i sökfältet.",
    locateUnavailable:
      "Din position kunde inte fastställas. Skriv i stället en kommun, ort eller ett postnummer i sökfältet.",
    locateTimeout:
      "Det tog för lång tid att hitta din position. Försök igen, eller skriv en kommun, ort eller ett postnummer.",
    locateUnsupported:
      "Din webbläsare kan inte dela din position. Skriv i stället en kommun, ort eller ett postnummer i sökfältet.",
    noMatchTitle: (query) => `Ingen träff på ”${query}”`,
    noMatchBody:
      "Kontrollera stavningen eller prova kommunens namn, en större ort i närheten eller ett postnummer med fem siffror (till exempel 794 90). Å, ä och ö kan skrivas som a och o.",
    resultsTitle: (origin) => `Närmast ${origin}`,
    myPosition: "din position",
    positionAccuracy: (metres) => `Din position är angiven med cirka ${metres} meters noggrannhet.`,
    travelLoading: "Beräknar restider …",
    travelError: "Restiderna kunde inte beräknas just nu.",
    farFromRoads: (km) =>
      `Platsen ligger ${km} km fågelvägen från närmaste väg i underlaget (kanske utanför Sverige eller långt ut i fjällen). Restiderna nedan är därför mycket osäkra.`,
    travelNote:
      "Restiden är en uppskattning för bil utan köer, och sträckan är väglängd. Platsernas lägen är ungefärliga (ortens mitt eller kommunens centralort).",
    minutes: (minutes) => `${minutes} min`,
    km: (km) => `${km} km`,
    travelSpoken: (minutes, km) => `cirka ${minutes} minuter och ${km} kilometer med bil`,
    noRoadLink: (count) => `Platser som inte går att nå på väg härifrån (till exempel på en ö): ${count}.`,
    noneReachable: "Ingen plats av det här slaget går att nå på väg härifrån.",
    kindTitle: {
      spontaneous: "Spontant besök – utan bokning",
      booked: "Bokat möte – efter bedömning",
      provider: "Leverantörer (avtalade tjänster)",
    },
    kindIntro: {
      spontaneous: "På statliga servicekontor. Du behöver inte boka tid.",
      booked:
        "På Arbetsförmedlingens kontor eller i en samarbetslösning med kommunen eller servicekontoret. Bara efter överenskommen tid.",
    },
    // Report 004, section 4.5.1, lines 442–459 of seeds/004_2e713bdda05e1001.txt: "Kunden behöver inte
    // boka tid och får hjälp med att:" (l. 442) and the seven bullets (l. 444–446, 456–459), addressed
    // to "du" ("skriva in sig" → "skriva in dig", "vid behov förmedlas en kontakt" → "vid behov få kontakt").
    servicekontorServicesTitle: "Du behöver inte boka tid och får hjälp med att:",
    servicekontorServices: [
      "använda Arbetsförmedlingens tjänster på webben",
      "skriva in dig på Arbetsförmedlingen",
      "aktivitetsrapportera",
      "använda datorer för självservice",
      "hämta och fylla i blanketter",
      "lämna in blanketter och intyg",
      "vid behov få kontakt med en arbetsförmedlare",
    ],
    // Report 004, footnote 39 (line 452).
    servicekontorAlsoOtherAgencies:
      "På servicekontoret får du också vägledning i tjänster från Försäkringskassan, Pensionsmyndigheten och Skatteverket.",
    // Report 004, section 4.5.2, lines 467–485: booked meetings are for those who cannot handle their
    // matter digitally, by phone or at a servicekontor; the need is assessed in direct contact (l. 481),
    // mainly for those who need a lot of support (l. 483); meetings are mostly by phone or video (l. 485).
    bookedHowTitle: "Så går det till:",
    bookedHow: [
      "Kontakta Arbetsförmedlingen först per telefon eller digitalt – många ärenden kan skötas där.",
      "Om du behöver ett fysiskt möte bedöms det i kontakt med dig, och mötet bokas då på ett kontor eller i en samarbetslösning.",
      "Bokade fysiska möten är främst till för dig som behöver mycket stöd i ditt arbetssökande.",
    ],
    showMore: (count) => `Visa ${count} till`,
    showFewer: "Visa färre",
    showOnMap: "Visa på kartan",
    showOnMapFor: (label) => `Visa på kartan: ${label}`,
    selectPlace: (label) => `Välj ${label}`,
    selected: "Vald",
    inKommunTitle: (kommun) => `Platser i ${kommun} kommun`,
    noneInKommun: "Inga platser av det här slaget i kommunen.",
    providerBody: (services) =>
      `Rapportens bilaga 3 anger bara hur många kommuner och godkända adresser leverantörerna har för ${services} tjänster – inga adresser. Därför kan vi inte visa närmaste leverantör. Arbetsförmedlingen anvisar dig till en tjänst.`,
    providerColumns: { service: "Tjänst", kommuner: "Kommuner", addresses: "Godkända adresser" },
    alternativesTitle: "Långt att resa? Telefon och digitalt",
    alternativesIntro: "Det mesta kan du göra utan att resa:",
    selectedPlaceTitle: "Vald plats",
    closeSelectedPlace: "Stäng vald plats",
    travelTerm: "Restid",
  },
};
