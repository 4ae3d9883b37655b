// The shell: language, data loading, view state and the page landmarks. Panels live in Workspace.
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { Header } from "../components/Header";
import { LoadError, LoadingMessage } from "../components/StatusMessage";
import { I18nProvider, useI18n } from "../i18n/I18nProvider";
import type { Language } from "../i18n/language";
import { useAppData } from "../state/useAppData";
import { INITIAL_VIEW_STATE, viewReducer } from "../state/viewState";
import { useBodyMapReady, type MapStatus } from "./useBodyMapReady";
import { useLanguage } from "./useLanguage";
import { hasWebGL2 } from "./webgl";
import { Workspace } from "./Workspace";

export function App() {
  const [language, setLanguage] = useLanguage();
  return (
    <I18nProvider language={language}>
      <Shell onSwitchLanguage={setLanguage} />
    </I18nProvider>
  );
}

function Shell({ onSwitchLanguage }: { onSwitchLanguage: (language: Language) => void }) {
  const { messages: m } = useI18n();
  const { state, retry } = useAppData();
  const [view, dispatch] = useReducer(viewReducer, INITIAL_VIEW_STATE);
  const [mapStatus, setMapStatus] = useState<MapStatus>(() => (hasWebGL2() ? "pending" : "error"));
  const [omDataOpen, setOmDataOpen] = useState(false);
  const omDataSummaryRef = useRef<HTMLElement>(null);

  useBodyMapReady(state.status === "error" ? "error" : mapStatus);

  useEffect(() => {
    document.title = `${m.app.title} – ${m.app.tagline}`;
  }, [m]);

  const openOmData = useCallback(() => {
    setOmDataOpen(true);
    // After React has opened the <details>: move focus there so keyboard and screen reader users follow.
    requestAnimationFrame(() => {
      omDataSummaryRef.current?.focus();
      omDataSummaryRef.current?.scrollIntoView({ block: "start" });
    });
  }, []);

  return (
    <>
      <a className="skip-link" href="#main">
        {m.app.skipToContent}
      </a>
      <Header
        reportDate={state.status === "ready" ? state.data.summary.reportDate : null}
        onSwitchLanguage={() => onSwitchLanguage(m.language.target)}
        onOpenOmData={openOmData}
        omDataAvailable={state.status === "ready"}
      />
      <main id="main" tabIndex={-1}>
        {state.status === "loading" && <LoadingMessage text={m.status.loading} />}
        {state.status === "error" && <LoadError error={state.error} onRetry={retry} />}
        {state.status === "ready" && (
          <Workspace
            data={state.data}
            view={view}
            dispatch={dispatch}
            mapStatus={mapStatus}
            onMapStatus={setMapStatus}
            omDataOpen={omDataOpen}
            onOmDataOpenChange={setOmDataOpen}
            omDataSummaryRef={omDataSummaryRef}
          />
        )}
      </main>
      <footer className="site-footer">
        <p>{m.app.footer}</p>
      </footer>
    </>
  );
}
