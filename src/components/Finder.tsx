// The jobseeker finder panel: search field, "Använd min position", and the states before results
// (index loading or failed, no match). Results render in FinderResults.
import "./finder.css";
import { useId } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { useFinderMapMessages } from "../i18n/finderMapMessages";
import type { GeolocationStatus } from "../state/finder";
import { FinderLocate } from "./FinderLocate";
import { FinderSearch, type FinderSuggestion } from "./FinderSearch";

export interface FinderProps {
  query: string;
  suggestions: readonly FinderSuggestion[];
  indexStatus: "loading" | "ready" | "error";
  /** A query that is waiting for the index. */
  pending: boolean;
  noMatch: string | null;
  /** The search was submitted empty. */
  emptySubmitted?: boolean;
  geolocation: GeolocationStatus;
  onQueryChange: (query: string) => void;
  onChoose: (suggestion: FinderSuggestion) => void;
  onSubmit: (query: string) => void;
  onLocate: () => void;
}

export function Finder(props: FinderProps) {
  const { messages: m } = useI18n();
  const f = m.finder;
  const { emptyQuery } = useFinderMapMessages();
  const id = useId();
  return (
    <section className="panel finder" aria-labelledby={`${id}-title`} data-testid="finder">
      <h2 id={`${id}-title`}>{f.title}</h2>
      <p className="finder__intro">{f.intro}</p>
      <FinderSearch
        query={props.query}
        suggestions={props.suggestions}
        indexReady={props.indexStatus === "ready"}
        onQueryChange={props.onQueryChange}
        onChoose={props.onChoose}
        onSubmit={props.onSubmit}
      />
      <FinderLocate status={props.geolocation} onLocate={props.onLocate} />
      <div role="status" className="finder__status" data-testid="finder-status">
        {props.indexStatus === "loading" && props.pending && <p>{f.indexLoading}</p>}
        {props.emptySubmitted === true && <p className="finder__empty">{emptyQuery}</p>}
        {props.noMatch !== null && (
          <div className="finder__no-match">
            <p>
              <strong>{f.noMatchTitle(props.noMatch)}</strong>
            </p>
            <p>{f.noMatchBody}</p>
          </div>
        )}
      </div>
      {props.indexStatus === "error" && (
        <p className="finder__error" role="alert">
          {f.indexError}
        </p>
      )}
    </section>
  );
}
