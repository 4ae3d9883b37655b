import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import { en } from "./en";
import { localeFor, type Language } from "./language";
import type { Messages } from "./messages";
import { sv } from "./sv";

const MESSAGES: Record<Language, Messages> = { sv, en };

export interface I18n {
  language: Language;
  messages: Messages;
  /** Locale-aware integer/decimal formatting ("1 234" in Swedish). */
  formatNumber: (value: number, maximumFractionDigits?: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    const locale = localeFor(language);
    return {
      language,
      messages: MESSAGES[language],
      formatNumber: (n, maximumFractionDigits = 0) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits }).format(n),
    };
  }, [language]);

  // Screen readers pick pronunciation from <html lang>, so it must follow the switch.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
