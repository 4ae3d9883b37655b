import { useI18n } from "../i18n/I18nProvider";
import type { DataLoadError } from "../state/appData";

export function LoadingMessage({ text }: { text: string }) {
  return (
    <p className="status-message" role="status">
      {text}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: DataLoadError; onRetry: () => void }) {
  const { messages: m } = useI18n();
  return (
    <div className="status-message status-message--error" role="alert">
      <h2>{m.status.loadErrorTitle}</h2>
      <p>{m.status.loadErrorBody}</p>
      <p className="note">{m.status.loadErrorDetail(error.file, error.reason)}</p>
      <button type="button" onClick={onRetry}>
        {m.status.retry}
      </button>
    </div>
  );
}
