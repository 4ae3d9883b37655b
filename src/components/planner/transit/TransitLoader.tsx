// Loading another region's GTFS feed: a zip, a folder or several .txt files, by file input or drop; the
// reading status, the options of the loaded feed (service date, window, närtrafik) and removal. The feed
// is read and computed in the transit worker through state/transit; this component only collects input.
import { useId, useState, type FormEvent, type InputHTMLAttributes } from "react";
import { useI18n } from "../../../i18n/I18nProvider";
import { useTransitMessages } from "../../../i18n/transitMessages";
import type { TransitPlanner } from "../../../state/transit/useTransitPlanner";
import { DropZone, FileButton, useFileDrop } from "../../FilePicker";
import { clockOf, minutesOf } from "./format";
import { filesFromDrop, filesFromInput } from "./pickedFiles";

// React passes unknown lower-case attributes through; TypeScript's DOM types do not list this one.
const FOLDER_PICKER = { webkitdirectory: "" } as InputHTMLAttributes<HTMLInputElement>;

export function TransitLoader({ transit }: { transit: TransitPlanner }) {
  const t = useTransitMessages();
  const { formatNumber } = useI18n();
  const id = useId();
  const { feed } = transit;
  const state = feed.state;

  const { dragging, dropProps } = useFileDrop((data) => void filesFromDrop(data).then(feed.open));
  const fileButton = (label: string, testId: string, input: InputHTMLAttributes<HTMLInputElement>) => (
    <FileButton
      label={label}
      testId={testId}
      describedBy={`${id}-privacy`}
      input={input}
      onFiles={(files) => feed.open(filesFromInput(files))}
    />
  );

  return (
    <section
      className="transit-loader"
      aria-labelledby={`${id}-title`}
      data-testid="transit-loader"
      {...dropProps}
    >
      <h4 id={`${id}-title`}>{t.loader.title}</h4>
      <p>{t.loader.intro}</p>
      <DropZone dragging={dragging} testId="transit-drop">
        {fileButton(t.loader.chooseZip, "transit-file-zip", { accept: ".zip,application/zip" })}
        {fileButton(t.loader.chooseFolder, "transit-file-folder", { ...FOLDER_PICKER, multiple: true })}
        {fileButton(t.loader.chooseFiles, "transit-file-txt", { accept: ".txt,text/plain", multiple: true })}
        <span>{dragging ? t.loader.dropActive : t.loader.dropHere}</span>
      </DropZone>
      <p id={`${id}-privacy`} className="transit-loader__privacy" data-testid="transit-privacy">
        {t.loader.privacy}
      </p>
      <div aria-live="polite" data-testid="transit-load-status">
        {state.status === "reading" && <p>{t.loader.reading(state.fileName)}</p>}
        {state.status === "failed" && (
          <p role="alert" className="transit-loader__error" data-testid="transit-load-error">
            {t.loader.failed(state.fileName, t.loader.problem(state.problem))}
          </p>
        )}
        {state.status === "error" && (
          <p role="alert" className="transit-loader__error" data-testid="transit-load-error">
            {t.loader.failed(state.fileName, state.reason)}
          </p>
        )}
        {state.status === "loaded" && state.computing && <p>{t.loader.computing}</p>}
        {state.status === "loaded" && state.error !== null && (
          <p role="alert" className="transit-loader__error" data-testid="transit-load-error">
            {t.loader.error(state.error)}
          </p>
        )}
        {state.status === "loaded" && !state.computing && state.computed !== null && (
          <p data-testid="transit-computed" data-file={state.fileName}>
            {state.computed.result.kommunKoder.length === 0
              ? t.loader.noKommuner
              : t.loader.computed(
                  formatNumber(state.computed.ms / 1000, 1),
                  formatNumber(state.computed.result.cells),
                  formatNumber(state.computed.result.departures),
                  formatNumber(state.computed.result.kommunKoder.length),
                )}
          </p>
        )}
      </div>
      {state.status === "loaded" && <TransitOptionsForm key={state.fileName} transit={transit} />}
    </section>
  );
}

function TransitOptionsForm({ transit }: { transit: TransitPlanner }) {
  const t = useTransitMessages();
  const id = useId();
  const state = transit.feed.state;
  const current = state.status === "loaded" ? state.options : null;
  const [date, setDate] = useState(current?.serviceDate ?? "");
  const [from, setFrom] = useState(current ? clockOf(current.window.fromMin) : "07:00");
  const [to, setTo] = useState(current ? clockOf(current.window.toMin) : "09:00");
  const [demand, setDemand] = useState(current?.includeDemandResponsive ?? false);
  if (state.status !== "loaded") return null;
  const { feed } = state.loaded;
  const fromMin = minutesOf(from);
  const toMin = minutesOf(to);
  const windowOk = fromMin !== null && toMin !== null && toMin > fromMin;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!windowOk || date === "") return;
    transit.feed.compute({
      serviceDate: date,
      window: { fromMin: fromMin!, toMin: toMin! },
      includeDemandResponsive: demand,
    });
  };

  return (
    <form className="transit-loader__options" onSubmit={submit} data-testid="transit-options">
      <fieldset>
        <legend>{t.loader.options}</legend>
        <label>
          {t.loader.serviceDate}
          <input
            type="date"
            value={date}
            min={feed.validFrom}
            max={feed.validTo}
            required
            aria-describedby={`${id}-date`}
            onChange={(e) => setDate(e.target.value)}
            data-testid="transit-date-input"
          />
        </label>
        <label>
          {t.loader.windowFrom}
          <input
            type="time"
            value={from}
            required
            onChange={(e) => setFrom(e.target.value)}
            data-testid="transit-from"
          />
        </label>
        <label>
          {t.loader.windowTo}
          <input
            type="time"
            value={to}
            required
            onChange={(e) => setTo(e.target.value)}
            data-testid="transit-to"
          />
        </label>
        <label className="transit-loader__check">
          <input
            type="checkbox"
            checked={demand}
            onChange={(e) => setDemand(e.target.checked)}
            data-testid="transit-demand"
          />
          {t.loader.includeDemand}
        </label>
        <p id={`${id}-date`} className="transit-loader__hint">
          {t.loader.serviceDateHint(feed.validFrom, feed.validTo)}
        </p>
        {!windowOk && (
          <p role="alert" className="transit-loader__error">
            {t.loader.badWindow}
          </p>
        )}
        <div className="transit-loader__actions">
          <button type="submit" disabled={!windowOk || state.computing} data-testid="transit-compute">
            {t.loader.compute}
          </button>
          <button type="button" onClick={transit.feed.clear} data-testid="transit-clear">
            {t.loader.clear}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
