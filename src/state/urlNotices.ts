// What the address bar asked for that the page cannot show: an unknown `?place=`, `?view=` or `?lang=`.
// The page says so (rather than falling back silently) and writes a tidy URL. Pure; tested in
// test/state/urlNotices.test.ts.

export interface UrlNotice {
  param: "place" | "view" | "lang";
  /** The value as it stood in the URL (trimmed, at most 80 characters). */
  value: string;
}

// "reach" is the planner's old name, still accepted (urlState rewrites it).
const VIEWS = ["map", "list", "planner", "reach", "embed"];
const LANGUAGES = ["sv", "en"];

/**
 * The parameters of `search` the page does not know. `placeIds` is the set of published place ids; while
 * the places are loading (null) a `?place=` cannot be judged and is not reported.
 */
export function urlNotices(search: string, placeIds: ReadonlySet<string> | null): UrlNotice[] {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const value = (name: string) => params.get(name)?.trim().slice(0, 80) ?? null;
  const place = value("place");
  if (place !== null && place !== "" && placeIds !== null && !placeIds.has(place.toLowerCase()))
    notices.push({ param: "place", value: place });
  const view = value("view");
  if (view !== null && !VIEWS.includes(view)) notices.push({ param: "view", value: view });
  const lang = value("lang");
  if (lang !== null && !LANGUAGES.includes(lang.toLowerCase())) notices.push({ param: "lang", value: lang });
  return notices;
}
