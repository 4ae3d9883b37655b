import type { GeolocationStatus } from "../state/finder";
import { useI18n } from "../i18n/I18nProvider";

export interface FinderLocateProps {
  status: GeolocationStatus;
  onLocate: () => void;
}

/** "Använd min position" and what happened when the browser was asked. */
export function FinderLocate({ status, onLocate }: FinderLocateProps) {
  const { messages: m } = useI18n();
  const f = m.finder;
  const failure =
    status === "refused"
      ? f.locateRefused
      : status === "unavailable"
        ? f.locateUnavailable
        : status === "timeout"
          ? f.locateTimeout
          : status === "unsupported"
            ? f.locateUnsupported
            : null;
  return (
    <div className="finder-locate">
      <button type="button" onClick={onLocate} disabled={status === "asking"}>
        <span aria-hidden="true" className="finder-locate__icon">
          ◎
        </span>{" "}
        {f.locate}
      </button>
      {/* One live region for both states, so "asking" and its outcome are announced in turn. */}
      <p
        className={failure === null ? "note" : "finder-locate__error"}
        role="status"
        data-testid="locate-status"
      >
        {status === "asking" ? f.locating : (failure ?? "")}
      </p>
    </div>
  );
}
