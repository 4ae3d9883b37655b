// The import panel: choose or drop a CSV file, see what was detected (encoding, delimiter, coordinate
// order) and override it, read the row report, then put the places on the map and into the figures.
// Parsing and positioning run in the import worker; this component renders and collects choices.
import { useId } from "react";
import { useImportFile } from "../../state/useImportFile";
import {
  COORDINATE_FORMS,
  IMPORT_DELIMITERS,
  IMPORT_ENCODINGS,
  IMPORTED_KINDS,
} from "../../data/import/types";
import type { ContractedService } from "../../data/schema";
import { useImportedPlaces } from "../../state/importedPlaces";
import { Choice } from "../Choice";
import { DropZone, FileButton, useFileDrop } from "../FilePicker";
import "./import.css";
import { ImportReport } from "./ImportReport";
import { ImportedSummary } from "./ImportedSummary";
import { templateHref } from "./templates";
import { useImportMessages } from "./useImportMessages";

export function ImportPanel({ services }: { services: readonly ContractedService[] }) {
  const t = useImportMessages();
  const id = useId();
  const { list } = useImportedPlaces();
  const { status, fileName, options, open, reread, confirm, remove } = useImportFile(services);
  const openFirst = (files: FileList | null) => {
    const picked = files?.[0];
    if (picked) open(picked);
  };
  const { dragging, dropProps } = useFileDrop((data) => openFirst(data.files));

  const preview = status.status === "preview" ? status.outcome : null;
  const detected = preview?.head.detected;
  const mark = (same: boolean) => (same ? ` ${t.detected}` : "");

  return (
    <section
      className="panel import-panel"
      aria-labelledby={`${id}-title`}
      data-testid="import-panel"
      {...dropProps}
    >
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p>{t.intro}</p>
      <DropZone dragging={dragging} testId="import-drop">
        <FileButton
          label={t.chooseFile}
          testId="import-file"
          describedBy={`${id}-privacy`}
          input={{ accept: ".csv,.txt,.tsv,text/csv,text/plain" }}
          onFiles={openFirst}
        />
        <span>{dragging ? t.dropActive : t.dropHere}</span>
      </DropZone>
      <p id={`${id}-privacy`} className="import-panel__privacy" data-testid="import-privacy">
        {t.privacy}
      </p>

      <div aria-live="polite" data-testid="import-status">
        {status.status === "reading" && <p>{t.reading}</p>}
        {status.status === "failed" && (
          <div role="alert" className="import-panel__error" data-testid="import-error">
            <p>
              {fileName ? `${t.fileLabel(fileName)}: ` : ""}
              {t.file(status.problem)}
            </p>
            <p>{t.nothingChanged}</p>
          </div>
        )}
        {status.status === "error" && (
          <p role="alert" className="import-panel__error" data-testid="import-error">
            {t.gazetteerError(status.reason)} {t.nothingChanged}
          </p>
        )}
      </div>

      {preview && detected && fileName && (
        <div className="import-panel__preview" data-testid="import-preview">
          <p>
            <strong>{t.fileLabel(fileName)}</strong>
          </p>
          <p className="import-panel__note">{t.confirmNote}</p>
          <div className="import-panel__choices">
            <Choice
              label={t.encodingLabel}
              value={preview.head.encoding}
              onChange={(encoding) => reread({ ...options, encoding })}
              options={IMPORT_ENCODINGS.map((e) => ({
                value: e,
                label: t.encodings[e] + mark(e === detected.encoding),
              }))}
              testId="import-encoding"
            />
            <Choice
              label={t.delimiterLabel}
              value={preview.head.delimiter}
              onChange={(delimiter) => reread({ ...options, delimiter })}
              options={IMPORT_DELIMITERS.map((d) => ({
                value: d,
                label: t.delimiters[d] + mark(d === detected.delimiter),
              }))}
              testId="import-delimiter"
            />
            <Choice
              label={t.coordinatesLabel}
              value={preview.head.coordinates}
              onChange={(coordinates) => reread({ ...options, coordinates })}
              options={COORDINATE_FORMS.map((c) => ({
                value: c,
                label: t.coordinateForms[c] + mark(c === detected.coordinates),
              }))}
              testId="import-coordinates"
            />
            {preview.head.notes.some((n) => n.code === "no_kind_column") && (
              <Choice
                label={t.defaultKindLabel}
                value={options.defaultKind ?? "provider"}
                onChange={(defaultKind) => reread({ ...options, defaultKind })}
                options={IMPORTED_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
                testId="import-default-kind"
              />
            )}
          </div>
          <ImportReport head={preview.head} accepted={preview.accepted} rejected={preview.rejected} />
          <button
            type="button"
            className="import-panel__confirm"
            onClick={confirm}
            disabled={preview.accepted.length === 0}
            data-testid="import-confirm"
          >
            {t.confirm(preview.accepted.length)}
          </button>
        </div>
      )}

      {list && <ImportedSummary list={list} services={services} onRemove={remove} />}

      <details className="import-panel__help">
        <summary>{t.helpTitle}</summary>
        {t.help.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <table>
          <caption>{t.helpColumnsCaption}</caption>
          <tbody>
            {t.helpColumns.map(([column, meaning]) => (
              <tr key={column}>
                <th scope="row">{column}</th>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{t.helpCoordinatesCaption}</caption>
          <tbody>
            {t.helpCoordinates.map(([form, example]) => (
              <tr key={form}>
                <th scope="row">{form}</th>
                <td>{example}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {t.templateTitle}:{" "}
          <a
            href={templateHref("semicolon")}
            download="narvarokartan-mall-semikolon.csv"
            data-testid="import-template-semicolon"
          >
            {t.templateSemicolon}
          </a>
          {" · "}
          <a
            href={templateHref("comma")}
            download="narvarokartan-mall-komma.csv"
            data-testid="import-template-comma"
          >
            {t.templateComma}
          </a>
        </p>
      </details>
    </section>
  );
}
