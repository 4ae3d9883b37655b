import { useI18n } from "../i18n/I18nProvider";
import { EMBED_MESSAGES } from "../i18n/embedMessages";
import type { ViewMode } from "../state/viewState";

export interface ViewSwitchProps {
  viewMode: ViewMode;
  mapAvailable: boolean;
  onChange: (viewMode: ViewMode) => void;
}

/** "Karta / Lista / Planering / Bädda in": toggle buttons; the map button is disabled when WebGL is missing. */
export function ViewSwitch({ viewMode, mapAvailable, onChange }: ViewSwitchProps) {
  const { messages: m, language } = useI18n();
  return (
    <nav className="view-switch" aria-label={m.nav.label}>
      <div role="group" aria-label={m.nav.viewSwitchLabel}>
        <button
          type="button"
          aria-pressed={viewMode === "map"}
          disabled={!mapAvailable}
          onClick={() => onChange("map")}
        >
          {m.nav.map}
        </button>
        <button type="button" aria-pressed={viewMode === "list"} onClick={() => onChange("list")}>
          {m.nav.list}
        </button>
        <button
          type="button"
          aria-pressed={viewMode === "planner"}
          onClick={() => onChange("planner")}
          data-testid="view-planner"
        >
          {m.nav.planner}
        </button>
        <button
          type="button"
          aria-pressed={viewMode === "embed"}
          onClick={() => onChange("embed")}
          data-testid="view-embed"
        >
          {EMBED_MESSAGES[language].page.nav}
        </button>
      </div>
    </nav>
  );
}
