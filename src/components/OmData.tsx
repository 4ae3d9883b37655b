import { useId, useMemo, type RefObject } from "react";
import type { MeetingPlaceProps, Summary } from "../data/schema";
import { useI18n } from "../i18n/I18nProvider";
import { reconciliationRows } from "../state/reconciliation";

export interface OmDataProps {
  summary: Summary;
  placesById: ReadonlyMap<string, MeetingPlaceProps>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  summaryRef: RefObject<HTMLElement | null>;
}

/** Sources, licences and the reconciliation of the report against its own tables. */
export function OmData({ summary, placesById, open, onOpenChange, summaryRef }: OmDataProps) {
  const { messages: m, formatNumber, language } = useI18n();
  const id = useId();
  const o = m.omData;
  const rows = useMemo(() => reconciliationRows(summary.counts, summary.reportStates), [summary]);
  const kommunNames = useMemo(() => new Map(summary.kommuner.map((k) => [k.kod, k.namn])), [summary]);

  return (
    <details
      className="panel om-data"
      data-testid="om-data"
      open={open}
      onToggle={(event) => onOpenChange(event.currentTarget.open)}
    >
      <summary ref={summaryRef}>
        <h2>{o.title}</h2>
      </summary>
      <p>{o.intro}</p>
      <p className="om-data__precision">
        <strong>{o.precisionStatement}</strong>
      </p>
      <dl className="om-data__facts">
        <dt>{o.reportLabel}</dt>
        <dd lang="sv">
          Arbetsförmedlingen, {summary.reportTitle}, {summary.reportDiarienummer}
        </dd>
        <dt>{o.dataDateLabel}</dt>
        <dd>
          <time dateTime={summary.reportDate}>{summary.reportDate}</time>
        </dd>
      </dl>

      <h3>{o.sourcesTitle}</h3>
      <ul className="om-data__sources">
        {o.sources.map((source) => (
          <li key={source.name}>
            <strong>{source.name}</strong> – {source.detail}{" "}
            <span className="licence">({source.licence})</span>
          </li>
        ))}
      </ul>

      <h3 id={`${id}-rec`}>{o.reconciliationTitle}</h3>
      <p>{o.reconciliationIntro}</p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-rec`} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{o.columns.figure}</th>
              <th scope="col">{o.columns.reportSays}</th>
              <th scope="col">{o.columns.tablesSay}</th>
              <th scope="col">{o.columns.agreement}</th>
              <th scope="col">{o.columns.where}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={`agreement-${row.agreement}`}>
                <th scope="row">{m.counts[row.key]}</th>
                <td className="num">{row.report === null ? o.notStated : formatNumber(row.report.value)}</td>
                <td className="num">{formatNumber(row.tablesSay)}</td>
                <td>
                  {/* Said in words (and marked with a symbol), never by colour alone. */}
                  <span className={`agreement agreement--${row.agreement}`}>
                    {row.agreement === "match" ? "✓ " : row.agreement === "mismatch" ? "≠ " : ""}
                    {o.agreement[row.agreement]}
                  </span>
                </td>
                <td lang="sv">
                  {row.report === null ? (
                    o.notStated
                  ) : (
                    <>
                      {row.report.where}
                      <q className="quote">{row.report.quote}</q>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <p className="note">{o.sourceLanguageNote}</p>

      <h3>{o.discrepanciesTitle}</h3>
      {summary.discrepancies.length === 0 ? (
        <p>{o.discrepanciesNone}</p>
      ) : (
        // The notes come in Swedish and English from data/discrepancies.csv; quotes of the report stay Swedish.
        <ul className="om-data__discrepancies">
          {summary.discrepancies.map((d) => {
            const text = language === "sv" ? d.sv : d;
            return (
              <li key={d.id}>
                <strong>{text.what}</strong>
                <dl>
                  <dt>{o.discrepancyTerms.reportSays}</dt>
                  <dd>{text.reportSays}</dd>
                  <dt>{o.discrepancyTerms.tablesSay}</dt>
                  <dd>{text.tablesSay}</dd>
                  <dt>{o.discrepancyTerms.resolution}</dt>
                  <dd>{text.resolution}</dd>
                  <dt>{o.discrepancyTerms.evidence}</dt>
                  <dd>{text.evidence}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}

      <h3 id={`${id}-corr`}>{o.correctionsTitle}</h3>
      {summary.corrections.length === 0 ? (
        <p>{o.correctionsNone}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-corr`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{o.correctionColumns.table}</th>
                <th scope="col">{o.correctionColumns.row}</th>
                <th scope="col">{o.correctionColumns.field}</th>
                <th scope="col">{o.correctionColumns.change}</th>
                <th scope="col">{o.correctionColumns.reason}</th>
                <th scope="col">{o.correctionColumns.evidence}</th>
              </tr>
            </thead>
            <tbody>
              {summary.corrections.map((c) => (
                <tr key={`${c.id}-${c.table}-${c.row}-${c.field}`}>
                  <td>{c.table}</td>
                  <td className="num">{c.row}</td>
                  <td>
                    <code>{c.field}</code>
                  </td>
                  <td lang="sv">
                    {c.reportValue} → {c.correctedValue}
                  </td>
                  <td>{language === "sv" ? c.sv.reason : c.reason}</td>
                  <td>{language === "sv" ? c.sv.evidence : c.evidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 id={`${id}-pos`}>{o.positionExceptionsTitle}</h3>
      <p>{o.positionExceptionsIntro}</p>
      {summary.positionExceptions.length === 0 ? (
        <p>{o.positionExceptionsNone}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${id}-pos`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{o.positionExceptionColumns.place}</th>
                <th scope="col">{o.positionExceptionColumns.kommun}</th>
                <th scope="col">{o.positionExceptionColumns.distance}</th>
              </tr>
            </thead>
            <tbody>
              {summary.positionExceptions.map((e) => (
                <tr key={e.placeId}>
                  <td>{placesById.get(e.placeId)?.label ?? e.placeId}</td>
                  <td>{kommunNames.get(e.kommunKod) ?? e.kommunKod}</td>
                  <td className="num">{o.distanceKm(formatNumber(e.distanceM / 1000, 1))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 id={`${id}-b3`}>{o.contractedTitle}</h3>
      <p>{o.contractedIntro}</p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-b3`} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{o.contractedColumns.code}</th>
              <th scope="col">{o.contractedColumns.name}</th>
              <th scope="col">{o.contractedColumns.description}</th>
              <th scope="col">{o.contractedColumns.kommunCount}</th>
              <th scope="col">{o.contractedColumns.approvedAddresses}</th>
              <th scope="col">{o.contractedColumns.asOf}</th>
              <th scope="col">{o.contractedColumns.source}</th>
            </tr>
          </thead>
          <tbody lang="sv">
            {summary.contractedServices.map((s) => (
              <tr key={s.code}>
                <td>{s.code}</td>
                <th scope="row">{s.name}</th>
                <td>{s.description}</td>
                <td className="num">{formatNumber(s.kommunCount)}</td>
                <td className="num">{formatNumber(s.approvedAddresses)}</td>
                <td>
                  <time dateTime={s.asOf}>{s.asOf}</time>
                </td>
                <td>{s.sourceRef}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
