import { useI18n } from "../i18n/I18nProvider";

export interface HeaderProps {
  /** Shown from the first render (a constant of report 004), so the header never changes height. */
  reportDate: string;
  onSwitchLanguage: () => void;
  onOpenOmData: () => void;
  omDataAvailable: boolean;
  /** One slim row (the planner), so the workspace below fits the screen. */
  compact?: boolean;
}

export function Header({
  reportDate,
  onSwitchLanguage,
  onOpenOmData,
  omDataAvailable,
  compact = false,
}: HeaderProps) {
  const { messages: m } = useI18n();
  return (
    <header className={compact ? "site-header site-header--compact" : "site-header"}>
      <div className="site-header__titles">
        <h1>{m.app.title}</h1>
        <p className="site-header__tagline">{m.app.tagline}</p>
        <p className="site-header__date">{m.app.dataDate(reportDate)}</p>
      </div>
      <div className="site-header__actions">
        <button type="button" onClick={onOpenOmData} disabled={!omDataAvailable}>
          {m.nav.omData}
        </button>
        {/* WCAG 2.5.3: the accessible name starts with the visible text, the rest only for screen readers. */}
        <button type="button" onClick={onSwitchLanguage}>
          <span lang={m.language.target}>{m.language.switchLabel}</span>
          <span className="visually-hidden"> – {m.language.switchAriaLabel}</span>
        </button>
      </div>
    </header>
  );
}
