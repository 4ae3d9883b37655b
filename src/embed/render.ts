// The widget's text: complete on its own (it is the map's text alternative, DOS-lagen 9 §) and drawn
// before the map loads. Reuses the app's Swedish/English words for forms, statuses and positions.
import type { MeetingKind } from "../data/schema";
import { EMBED_MESSAGES, type EmbedMessages } from "../i18n/embedMessages";
import { en } from "../i18n/en";
import type { Language } from "../i18n/language";
import type { Messages } from "../i18n/messages";
import { sv } from "../i18n/sv";
import { positionRows } from "../state/describePlace";
import { distanceServiceHref, distanceServiceLabel } from "../state/distanceServices";
import type { EmbedKommunData, EmbedPlace, EmbedReachKind } from "./data/types";
import { h } from "./dom";
import { formatNumber } from "./number";
import { assetUrl } from "./scriptUrl";

const APP_MESSAGES: Record<Language, Messages> = { sv, en };

export interface RenderContext {
  lang: Language;
  kinds: readonly MeetingKind[];
  m: EmbedMessages;
  app: Messages;
  number: (value: number, digits?: number) => string;
}

export function renderContext(lang: Language, kinds: readonly MeetingKind[]): RenderContext {
  return {
    lang,
    kinds,
    m: EMBED_MESSAGES[lang],
    app: APP_MESSAGES[lang],
    number: (value, digits = 0) => formatNumber(value, digits, lang),
  };
}

function placeItem(place: EmbedPlace, ctx: RenderContext, travel?: { minutes: number; km: number }) {
  const { app, m, number } = ctx;
  const position = positionRows(place, app)[0];
  const where =
    place.locality !== null && place.locality !== place.kommunNamn
      ? `${place.locality}, ${place.kommunNamn}`
      : place.kommunNamn;
  return h(
    "li",
    { "data-place-id": place.id, class: `place kind-${place.kind}` },
    h("span", { class: "place__label", lang: "sv" }, place.label),
    travel &&
      h(
        "span",
        { class: "place__travel" },
        m.travel(number(Math.round(travel.minutes)), number(travel.km, travel.km < 10 ? 1 : 0)),
      ),
    h("span", { class: "place__facts" }, `${where} · ${app.place.form[place.form]}`),
    place.status !== "current" &&
      h("strong", { class: "place__status" }, app.place.statusSentence[place.status]),
    position &&
      h("span", { class: "note", lang: position.verbatimSwedish ? "sv" : undefined }, position.value),
  );
}

function reachLine(kind: EmbedReachKind, data: EmbedKommunData, ctx: RenderContext) {
  const reach = data.reach[kind];
  if (reach === null) return null;
  const pct = (share: number) => ctx.m.percent(ctx.number(share * 100, share < 0.995 ? 0 : 1));
  return h(
    "p",
    { class: "reach", "data-reach": kind },
    ctx.m.reachLine[kind](pct(reach.share20), pct(reach.share60)),
  );
}

function whatCanIDo(kind: EmbedReachKind, ctx: RenderContext) {
  const f = ctx.app.finder;
  const items = kind === "spontaneous" ? f.servicekontorServices : f.bookedHow;
  return h(
    "details",
    { class: "what" },
    h("summary", {}, ctx.m.whatCanIDo),
    h("p", {}, kind === "spontaneous" ? f.servicekontorServicesTitle : f.bookedHowTitle),
    h(
      "ul",
      {},
      items.map((text) => h("li", {}, text)),
    ),
    kind === "spontaneous" && h("p", { class: "note" }, f.servicekontorAlsoOtherAgencies),
  );
}

function kindSection(kind: MeetingKind, data: EmbedKommunData, ctx: RenderContext, id: string) {
  const { m, app } = ctx;
  const headingId = `${id}-${kind}`;
  const section = h("section", { class: "kind", "data-kind": kind, "aria-labelledby": headingId });
  section.append(h("h3", { id: headingId }, app.finder.kindTitle[kind]));
  if (kind === "provider") {
    section.append(h("p", {}, app.finder.providerBody(ctx.number(data.providerServiceCount))));
    return section;
  }
  section.append(h("p", { class: "note" }, app.finder.kindIntro[kind]));
  const own = data.places.filter((place) => place.kind === kind);
  if (own.length > 0) {
    section.append(
      h("h4", {}, m.ownPlacesTitle(data.namn)),
      h(
        "ul",
        { class: "places" },
        own.map((place) => placeItem(place, ctx)),
      ),
    );
  } else section.append(h("p", {}, m.noneOfKind(data.namn)));
  const nearest = data.nearest[kind];
  if (nearest !== null)
    section.append(
      h("h4", {}, m.nearestTitle(data.seat.name)),
      h("ul", { class: "places" }, placeItem(nearest.place, ctx, nearest)),
    );
  else if (own.every((place) => place.status !== "current")) section.append(h("p", {}, m.noneReachable));
  section.append(reachLine(kind, data, ctx) ?? "", whatCanIDo(kind, ctx));
  return section;
}

function alternatives(data: EmbedKommunData, ctx: RenderContext, id: string) {
  const f = ctx.app.finder;
  return h(
    "section",
    { class: "kind alternatives", "aria-labelledby": `${id}-alt` },
    h("h3", { id: `${id}-alt` }, f.alternativesTitle),
    h("p", {}, f.alternativesIntro),
    h(
      "ul",
      {},
      data.distanceServices.map((service) => {
        const href = distanceServiceHref(service);
        const label = distanceServiceLabel(service, ctx.lang);
        return h("li", {}, `${label}: `, href === null ? service.value : h("a", { href }, service.value));
      }),
    ),
  );
}

/** The full-map link: the app served next to embed.js, opened on this kommun. */
export function fullMapUrl(data: EmbedKommunData, lang: Language): string {
  const url = new URL(assetUrl("./"));
  url.searchParams.set("q", data.namn);
  if (lang !== "sv") url.searchParams.set("lang", lang);
  return url.href;
}

/** The text part: heading, one section per chosen kind, the alternatives, date and link. */
export function renderContent(data: EmbedKommunData, ctx: RenderContext, id: string): HTMLElement {
  const { m } = ctx;
  return h(
    "div",
    { class: "content" },
    h("h2", { id: `${id}-title` }, m.title(data.namn)),
    h("p", {}, m.intro),
    ctx.kinds.map((kind) => kindSection(kind, data, ctx, id)),
    alternatives(data, ctx, id),
    h(
      "p",
      { class: "note" },
      `${m.estimateNote} ${m.dataDate(data.reportDate)} ${m.attribution}. `,
      h("a", { href: fullMapUrl(data, ctx.lang), target: "_top" }, m.fullMap(data.namn)),
    ),
  );
}
