import { useCallback, useState } from "react";
import { parseLanguage, searchWithLanguage, type Language } from "../i18n/language";

/** The UI language, read from `?lang=` once and written back to the URL so a shared link keeps it. */
export function useLanguage(): [Language, (language: Language) => void] {
  const [language, setLanguageState] = useState<Language>(() => parseLanguage(window.location.search));
  const setLanguage = useCallback((next: Language) => {
    const { pathname, search, hash } = window.location;
    window.history.replaceState(
      window.history.state,
      "",
      `${pathname}${searchWithLanguage(search, next)}${hash}`,
    );
    setLanguageState(next);
  }, []);
  return [language, setLanguage];
}
