// The shell: language, data loading, view state and the page landmarks. Panels live in Workspace.
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { Header } from "../components/Header";
import { REPORT_DATE } from "../data/reportMeta";
import { I18nProvider, useI18n } from "../i18n/I18nProvider";
import type { Language } from "../i18n/language";
import { useAppData } from "../state/useAppData";
import { finderReducer, finderStateFromQuery } from "../state/finder";
import { parseUrlState, type UrlState } from "../state/urlState";
import { INITIAL_VIEW_STATE, viewReducer, type ViewState } from "../state/viewState";
import { useBodyMapReady, type MapStatus } from "./useBodyMapReady";
import { useLanguage } from "./useLanguage";
import { useUrlSync } from "./useUrlSync";
import { hasWebGL2 } from "./webgl";
import { Workspace } from "./Workspace";

export function App() {
  const [language, setLanguage] = useLanguage();
  return (
    <I18nProvider language={language}>
      <Shell language={language} onSwitchLanguage={setLanguage} />
    </I18nProvider>
  );
}

/** The view a page opened with `?place=` and `?view=` starts in. */
function viewStateFromUrl(url: UrlState): ViewState {
  return {
    ...INITIAL_VIEW_STATE,
    viewMode: url.view,
    selection: url.place === null ? null : { placeId: url.place, from: "app" },
  };
}

function Shell({
  language,
  onSwitchLanguage,
}: {
  language: Language;
  onSwitchLanguage: (language: Language) => void;
}) {
  const { messages: m } = useI18n();
  const { state, retry } = useAppData();
  const [initialUrl] = useState(() => parseUrlState(window.location.search));
  const [view, dispatch] = useReducer(viewReducer, initialUrl, viewStateFromUrl);
  const [finder, finderDispatch] = useReducer(finderReducer, initialUrl.q, finderStateFromQuery);
  useUrlSync({
    finder,
    finderDispatch,
    view,
    viewDispatch: dispatch,
    language,
    setLanguage: onSwitchLanguage,
  });
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
        reportDate={REPORT_DATE}
        onSwitchLanguage={() => onSwitchLanguage(m.language.target)}
        onOpenOmData={openOmData}
        omDataAvailable={state.status === "ready"}
        compact={view.viewMode === "planner"}
      />
      <main id="main" tabIndex={-1}>
        <Workspace
          dataState={state}
          onRetry={retry}
          view={view}
          dispatch={dispatch}
          finder={finder}
          finderDispatch={finderDispatch}
          mapStatus={mapStatus}
          onMapStatus={setMapStatus}
          omDataOpen={omDataOpen}
          onOmDataOpenChange={setOmDataOpen}
          omDataSummaryRef={omDataSummaryRef}
        />
      </main>
      <footer className="site-footer">
        <p>{m.app.footer}</p>
      </footer>
    </>
  );
}
