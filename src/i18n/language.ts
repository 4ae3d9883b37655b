// Language selection from the URL. Swedish is the default; `?lang=en` selects English.
export type Language = "sv" | "en";

export const DEFAULT_LANGUAGE: Language = "sv";

/** Reads `lang` from a location.search string; anything other than "en" means Swedish. */
export function parseLanguage(search: string): Language {
  const value = new URLSearchParams(search).get("lang");
  return value?.toLowerCase() === "en" ? "en" : DEFAULT_LANGUAGE;
}

/**
 * The search string for `language`, keeping other parameters. Swedish drops the parameter so the
 * canonical Swedish URL stays clean.
 */
export function searchWithLanguage(search: string, language: Language): string {
  const params = new URLSearchParams(search);
  if (language === DEFAULT_LANGUAGE) params.delete("lang");
  else params.set("lang", language);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** BCP 47 locale used for number and date formatting. */
export function localeFor(language: Language): string {
  return language === "sv" ? "sv-SE" : "en-GB";
}
