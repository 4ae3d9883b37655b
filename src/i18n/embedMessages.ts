// Strings of the kommun widget (src/embed/) and of the app's "Bädda in" page, kept apart from messages.ts.
// Pure data and functions: the widget's bundle imports this file without React.
import type { EmbedReachKind } from "../embed/data/types";
import type { Language } from "./language";

export interface EmbedMessages {
  /** The widget's heading. */
  title: (kommun: string) => string;
  intro: string;
  loading: string;
  unknownKommun: (value: string) => string;
  missingKommun: string;
  loadError: string;
  ownPlacesTitle: (kommun: string) => string;
  noneOfKind: (kommun: string) => string;
  nearestTitle: (seat: string) => string;
  travel: (minutes: string, km: string) => string;
  noneReachable: string;
  reachLine: Record<EmbedReachKind, (share20: string, share60: string) => string>;
  estimateNote: string;
  percent: (value: string) => string;
  whatCanIDo: string;
  dataDate: (date: string) => string;
  fullMap: (kommun: string) => string;
  mapTitle: string;
  mapLabel: (kommun: string) => string;
  mapAlternative: string;
  mapLoading: string;
  mapError: string;
  mapOff: string;
  attribution: string;
  /** MapLibre's locale keys for cooperative gestures and its controls. */
  mapLocale: Record<string, string>;
  frameTitle: (kommun: string) => string;
  /** The app's "Bädda in" page. */
  page: {
    nav: string;
    title: string;
    intro: string;
    kommunLabel: string;
    languageLabel: string;
    kindsLegend: string;
    mapLabel: string;
    heightLabel: string;
    preview: string;
    previewTitle: (kommun: string) => string;
    scriptTitle: string;
    scriptHelp: string;
    iframeTitle: string;
    iframeHelp: string;
    copy: string;
    copied: string;
    copyFailed: string;
    readmeNote: string;
  };
}

const kindsSv = { spontaneous: "ett servicekontor", booked: "ett bokat möte" };
const kindsEn = { spontaneous: "a service office", booked: "a booked meeting" };

export const embedSv: EmbedMessages = {
  title: (kommun) => `Möt Arbetsförmedlingen – ${kommun}`,
  intro: "Här kan du träffa Arbetsförmedlingen på plats, och så långt är det dit.",
  loading: "Hämtar uppgifter …",
  unknownKommun: (value) =>
    `Hittar ingen kommun som heter ”${value}”. Ange kommunens namn eller fyrsiffriga kommunkod i attributet kommun.`,
  missingKommun: "Ange en kommun i attributet kommun (namn eller kommunkod).",
  loadError: "Uppgifterna kunde inte hämtas. Försök igen senare.",
  ownPlacesTitle: (kommun) => `I ${kommun}`,
  noneOfKind: (kommun) => `Det finns ingen sådan plats i ${kommun}.`,
  nearestTitle: (seat) => `Närmast från ${seat}`,
  travel: (minutes, km) => `cirka ${minutes} minuter med bil (${km} km)`,
  noneReachable: "Ingen sådan plats kan nås på väg härifrån.",
  reachLine: {
    spontaneous: (s20, s60) =>
      `${s20} av invånarna har högst 20 minuter med bil till ${kindsSv.spontaneous}, ${s60} högst 60 minuter.`,
    booked: (s20, s60) =>
      `${s20} av invånarna har högst 20 minuter med bil till ${kindsSv.booked}, ${s60} högst 60 minuter.`,
  },
  estimateNote:
    "Restiderna är uppskattningar med bil utan köer, beräknade på öppna vägdata och befolkningen 2021.",
  percent: (value) => `${value} %`,
  whatCanIDo: "Vad kan jag göra där?",
  dataDate: (date) => `Uppgifter från Arbetsförmedlingens rapport ${date}.`,
  fullMap: (kommun) => `Hela kartan för ${kommun}`,
  mapTitle: "Karta",
  mapLabel: (kommun) => `Karta över ${kommun} med grannkommuner och mötesplatserna i listan`,
  mapAlternative: "Kartan visar samma platser som listan ovan.",
  mapLoading: "Kartan laddas …",
  mapError: "Kartan kunde inte visas i den här webbläsaren. Listan ovan innehåller allt.",
  mapOff: "",
  attribution: "Kommungränser: Valmyndigheten via okfse · Restider © OpenStreetMaps bidragsgivare",
  mapLocale: {
    "CooperativeGesturesHandler.WindowsHelpText": "Håll ned Ctrl och scrolla för att zooma kartan",
    "CooperativeGesturesHandler.MacHelpText": "Håll ned ⌘ och scrolla för att zooma kartan",
    "CooperativeGesturesHandler.MobileHelpText": "Använd två fingrar för att flytta kartan",
    "NavigationControl.ZoomIn": "Zooma in",
    "NavigationControl.ZoomOut": "Zooma ut",
    "NavigationControl.ResetBearing": "Återställ kartans riktning",
    "FullscreenControl.Enter": "Visa kartan i helskärm",
    "FullscreenControl.Exit": "Lämna helskärm",
    "AttributionControl.ToggleAttribution": "Visa eller dölj källor",
    "Popup.Close": "Stäng",
    "Map.Title": "Karta",
  },
  frameTitle: (kommun) => `Möt Arbetsförmedlingen i ${kommun} – Närvarokartan`,
  page: {
    nav: "Bädda in",
    title: "Bädda in kartan på kommunens webbplats",
    intro:
      "Visa invånarna var de kan möta Arbetsförmedlingen och hur långt det är dit. Widgeten sätter inga kakor, hämtar inget från andra webbplatser och kan läggas på er egen server.",
    kommunLabel: "Kommun",
    languageLabel: "Språk",
    kindsLegend: "Visa",
    mapLabel: "Visa karta",
    heightLabel: "Höjd i pixlar",
    preview: "Förhandsvisning",
    previewTitle: (kommun) => `Förhandsvisning av widgeten för ${kommun}`,
    scriptTitle: "Med skript (rekommenderas)",
    scriptHelp:
      "Klistra in där widgeten ska synas. Raden med style reserverar höjden så att sidan inte hoppar.",
    iframeTitle: "Som iframe (om ert publiceringssystem inte tillåter skript)",
    iframeHelp: "Skriptraden efter iframen anpassar höjden efter innehållet; utan den får iframen fast höjd.",
    copy: "Kopiera",
    copied: "Kopierat.",
    copyFailed: "Kunde inte kopiera – markera texten och kopiera själv.",
    readmeNote:
      "Egen server, CSP-rubrik och text till tillgänglighetsredogörelsen: se avsnittet för webbredaktörer i README.",
  },
};

export const embedEn: EmbedMessages = {
  title: (kommun) => `Meet Arbetsförmedlingen – ${kommun}`,
  intro: "Where you can meet Arbetsförmedlingen in person, and how far it is.",
  loading: "Loading …",
  unknownKommun: (value) =>
    `No kommun called “${value}”. Give the kommun's name or four-digit code in the kommun attribute.`,
  missingKommun: "Give a kommun in the kommun attribute (name or code).",
  loadError: "The figures could not be loaded. Please try again later.",
  ownPlacesTitle: (kommun) => `In ${kommun}`,
  noneOfKind: (kommun) => `There is no such place in ${kommun}.`,
  nearestTitle: (seat) => `Nearest from ${seat}`,
  travel: (minutes, km) => `about ${minutes} minutes by car (${km} km)`,
  noneReachable: "No such place can be reached by road from here.",
  reachLine: {
    spontaneous: (s20, s60) =>
      `${s20} of residents live within 20 minutes by car of ${kindsEn.spontaneous}, ${s60} within 60 minutes.`,
    booked: (s20, s60) =>
      `${s20} of residents live within 20 minutes by car of ${kindsEn.booked}, ${s60} within 60 minutes.`,
  },
  estimateNote:
    "Travel times are estimates by car without congestion, from open road data and the 2021 population.",
  percent: (value) => `${value}%`,
  whatCanIDo: "What can I do there?",
  dataDate: (date) => `Figures from Arbetsförmedlingen's report of ${date}.`,
  fullMap: (kommun) => `Full map for ${kommun}`,
  mapTitle: "Map",
  mapLabel: (kommun) => `Map of ${kommun} with neighbouring kommuner and the meeting places in the list`,
  mapAlternative: "The map shows the same places as the list above.",
  mapLoading: "Loading the map …",
  mapError: "The map cannot be shown in this browser. The list above has everything.",
  mapOff: "",
  attribution: "Kommun borders: Valmyndigheten via okfse · Travel times © OpenStreetMap contributors",
  mapLocale: {
    "CooperativeGesturesHandler.WindowsHelpText": "Hold Ctrl and scroll to zoom the map",
    "CooperativeGesturesHandler.MacHelpText": "Hold ⌘ and scroll to zoom the map",
    "CooperativeGesturesHandler.MobileHelpText": "Use two fingers to move the map",
    "NavigationControl.ZoomIn": "Zoom in",
    "NavigationControl.ZoomOut": "Zoom out",
    "NavigationControl.ResetBearing": "Reset bearing to north",
    "FullscreenControl.Enter": "Enter fullscreen",
    "FullscreenControl.Exit": "Exit fullscreen",
    "AttributionControl.ToggleAttribution": "Toggle attribution",
    "Popup.Close": "Close",
    "Map.Title": "Map",
  },
  frameTitle: (kommun) => `Meet Arbetsförmedlingen in ${kommun} – Närvarokartan`,
  page: {
    nav: "Embed",
    title: "Embed the map on the kommun's website",
    intro:
      "Show residents where they can meet Arbetsförmedlingen and how far it is. The widget sets no cookies, fetches nothing from other websites and can be served from your own server.",
    kommunLabel: "Kommun",
    languageLabel: "Language",
    kindsLegend: "Show",
    mapLabel: "Show map",
    heightLabel: "Height in pixels",
    preview: "Preview",
    previewTitle: (kommun) => `Preview of the widget for ${kommun}`,
    scriptTitle: "With a script (recommended)",
    scriptHelp:
      "Paste where the widget should appear. The style line reserves its height so the page does not jump.",
    iframeTitle: "As an iframe (if your CMS does not allow scripts)",
    iframeHelp:
      "The script after the iframe fits its height to the content; without it the iframe keeps a fixed height.",
    copy: "Copy",
    copied: "Copied.",
    copyFailed: "Could not copy – select the text and copy it yourself.",
    readmeNote:
      "Own server, CSP header and a text for the accessibility statement: see the webmasters' section of the README.",
  },
};

export const EMBED_MESSAGES: Record<Language, EmbedMessages> = { sv: embedSv, en: embedEn };
