// The row report of one read: what was found about the file, the rejected rows with their line and
// reason, and the accepted places with their position and its precision. Long lists are cut (the CLI
// prints them all) so a 100,000-row file does not put 100,000 rows into the page.
import type { ImportedPlace, RejectedRow } from "../../data/import/types";
import { useI18n } from "../../i18n/I18nProvider";
import type { ImportHead } from "../../worker/importProtocol";
import { useImportMessages } from "./useImportMessages";

const MAX_REJECTED_SHOWN = 200;
const MAX_ACCEPTED_SHOWN = 100;

export function ImportReport({
  head,
  accepted,
  rejected,
}: {
  head: ImportHead;
  accepted: readonly ImportedPlace[];
  rejected: readonly RejectedRow[];
}) {
  const t = useImportMessages();
  const { formatNumber } = useI18n();
  return (
    <div className="import-report" data-testid="import-report">
      <p className="import-report__summary" data-testid="import-summary">
        {t.summary(accepted.length, rejected.length, head.rowCount)}
      </p>
      {head.notes.length > 0 && (
        <>
          <h3>{t.notesTitle}</h3>
          <ul data-testid="import-notes">
            {head.notes.map((note, i) => (
              <li key={i}>{t.note(note)}</li>
            ))}
          </ul>
        </>
      )}
      {rejected.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t.rejectedTitle} tabIndex={0}>
          <table className="import-table" data-testid="import-rejected">
            <caption>{t.rejectedTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.line}</th>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.reason}</th>
              </tr>
            </thead>
            <tbody>
              {rejected.slice(0, MAX_REJECTED_SHOWN).map((row) => (
                <tr key={row.line} data-line={row.line}>
                  <td>{row.line}</td>
                  <td>{row.name ?? "–"}</td>
                  <td>{t.row(row.problem)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rejected.length > MAX_REJECTED_SHOWN && (
            <p>{t.more(formatNumber(rejected.length - MAX_REJECTED_SHOWN))}</p>
          )}
        </div>
      )}
      {accepted.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t.acceptedTitle} tabIndex={0}>
          <table className="import-table" data-testid="import-accepted">
            <caption>{t.acceptedTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.line}</th>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.position}</th>
                <th scope="col">{t.columns.kommun}</th>
              </tr>
            </thead>
            <tbody>
              {accepted.slice(0, MAX_ACCEPTED_SHOWN).map((p) => (
                <tr key={p.id} data-line={p.line}>
                  <td>{p.line}</td>
                  <td>{p.name}</td>
                  <td>
                    {t.kinds[p.kind]}
                    {p.service ? `: ${p.service}` : ""}
                  </td>
                  <td>
                    {t.precisions[p.precision]}
                    {p.positionFrom ? ` (${p.positionFrom})` : ""}
                    {p.warnings.map((w, i) => (
                      <span key={i} className="import-table__warning">
                        {" "}
                        {t.warningsPrefix} {t.warning(w)}
                      </span>
                    ))}
                  </td>
                  <td>{p.kommunNamn}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {accepted.length > MAX_ACCEPTED_SHOWN && (
            <p>{t.more(formatNumber(accepted.length - MAX_ACCEPTED_SHOWN))}</p>
          )}
        </div>
      )}
    </div>
  );
}
