// The feed's validation report: one row per notice code (MobilityData's names), with its severity, the
// file and line of its first occurrence and how often it occurs.
import { useId } from "react";
import { useI18n } from "../../../i18n/I18nProvider";
import { useTransitMessages } from "../../../i18n/transitMessages";
import type { TransitValidation } from "../../../worker/transitProtocol";

export function TransitValidationReport({
  validation,
  open,
}: {
  validation: TransitValidation;
  open: boolean;
}) {
  const t = useTransitMessages();
  const { formatNumber } = useI18n();
  const id = useId();
  // errors and warnings count occurrences; so do the notices.
  const infos = validation.notices.filter((n) => n.severity === "INFO").reduce((sum, n) => sum + n.count, 0);
  return (
    <details className="transit-validation" open={open} data-testid="transit-validation">
      <summary>
        {t.validation.title}:{" "}
        <span data-testid="transit-validation-summary">
          {t.validation.summary(
            formatNumber(validation.errors),
            formatNumber(validation.warnings),
            formatNumber(infos),
          )}
        </span>
      </summary>
      <p className="transit-section__note">{t.validation.kept}</p>
      {validation.notices.length === 0 ? (
        <p>{t.validation.none}</p>
      ) : (
        <div
          className="planner-table__scroll planner-table__scroll--short"
          role="region"
          aria-labelledby={`${id}-caption`}
          tabIndex={0}
        >
          <table data-testid="transit-validation-table">
            <caption id={`${id}-caption`} className="visually-hidden">
              {t.validation.title}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.validation.columns.code}</th>
                <th scope="col">{t.validation.columns.severity}</th>
                <th scope="col">{t.validation.columns.file}</th>
                <th scope="col">{t.validation.columns.line}</th>
                <th scope="col">{t.validation.columns.count}</th>
              </tr>
            </thead>
            <tbody>
              {validation.notices.map((n) => (
                <tr key={`${n.code}-${n.first.file}`} data-code={n.code} data-severity={n.severity}>
                  <th scope="row">
                    <code>{n.code}</code>
                  </th>
                  <td>{t.validation.severity[n.severity]}</td>
                  <td>
                    <code>{n.first.file}</code>
                  </td>
                  <td className="num">{formatNumber(n.first.line)}</td>
                  <td className="num">{formatNumber(n.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
