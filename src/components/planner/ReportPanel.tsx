// The report checked: every figure of summary.json next to what report 004 states (state/reconciliation),
// the discrepancy notes with their evidence, what the planned servicekontor change, and footnote 48.
import { useId, useMemo } from "react";
import type { Summary } from "../../data/schema";
import { useI18n } from "../../i18n/I18nProvider";
import { usePlannerMessages } from "../../i18n/plannerMessages";
import { reconciliationRows } from "../../state/reconciliation";
import type { PlannerModel } from "../../state/planner/usePlannerModel";

export function ReportPanel({ model, summary }: { model: PlannerModel; summary: Summary }) {
  const p = usePlannerMessages();
  const { messages: m, formatNumber, language } = useI18n();
  const id = useId();
  const rows = useMemo(() => reconciliationRows(summary.counts, summary.reportStates), [summary]);
  const { planned, footnote48 } = model;
  const delta = (a: number, b: number) => `${b - a >= 0 ? "+" : "−"}${formatNumber(Math.abs(b - a))}`;
  const verdict = footnote48.underAnHour
    ? footnote48.usuallyUnder20
      ? p.footnote48Verdict.holds
      : p.footnote48Verdict.partly
    : p.footnote48Verdict.fails;

  return (
    <section className="report-panel" aria-labelledby={`${id}-title`} data-testid="planner-report">
      <h3 id={`${id}-planned`}>{p.planned.title}</h3>
      <div data-testid="planner-planned">
        <p>
          {p.planned.summary(
            formatNumber(planned.planned),
            formatNumber(planned.kommunerGained.length),
            planned.kommunerGained.join(", "),
          )}
        </p>
        <ul>
          <li>
            {p.planned.within(
              "20",
              formatNumber(planned.within20.before),
              formatNumber(planned.within20.after),
              delta(planned.within20.before, planned.within20.after),
            )}
          </li>
          <li>
            {p.planned.within(
              "60",
              formatNumber(planned.within60.before),
              formatNumber(planned.within60.after),
              delta(planned.within60.before, planned.within60.after),
            )}
          </li>
        </ul>
        <p className="report-panel__hint">{p.planned.differenceHint}</p>
      </div>
      {footnote48.worst && (
        <p data-testid="planner-report-footnote48">
          {p.footnote48(
            formatNumber(footnote48.kommuner),
            formatNumber(footnote48.within20),
            formatNumber(footnote48.within60),
            footnote48.worst.namn,
            formatNumber(footnote48.worst.minutes, 1),
            verdict,
          )}
        </p>
      )}
      <h3 id={`${id}-title`}>{p.report.title}</h3>
      <p>{p.report.intro}</p>
      <div
        className="planner-table__scroll planner-table__scroll--short"
        role="region"
        aria-labelledby={`${id}-title`}
        tabIndex={0}
      >
        <table data-testid="planner-reconciliation">
          <thead>
            <tr>
              <th scope="col">{p.report.columns.figure}</th>
              <th scope="col">{p.report.columns.report}</th>
              <th scope="col">{p.report.columns.tables}</th>
              <th scope="col">{p.report.columns.agreement}</th>
              <th scope="col">{p.report.columns.where}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-agreement={row.agreement}>
                <th scope="row">{m.counts[row.key]}</th>
                <td className="num">
                  {row.report === null ? p.report.notStated : formatNumber(row.report.value)}
                </td>
                <td className="num">{formatNumber(row.tablesSay)}</td>
                <td>
                  {row.agreement === "match" ? "✓ " : row.agreement === "mismatch" ? "≠ " : ""}
                  {p.report.agreement[row.agreement]}
                </td>
                <td lang="sv">{row.report?.where ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{p.report.discrepancies}</h4>
      <ul className="report-panel__discrepancies">
        {summary.discrepancies.map((d) => {
          const text = language === "sv" ? d.sv : d;
          return (
            <li key={d.id}>
              <strong>{text.what}</strong>
              <dl>
                <dt>{p.report.terms.reportSays}</dt>
                <dd>{text.reportSays}</dd>
                <dt>{p.report.terms.tablesSay}</dt>
                <dd>{text.tablesSay}</dd>
                <dt>{p.report.terms.resolution}</dt>
                <dd>{text.resolution}</dd>
                <dt>{p.report.terms.evidence}</dt>
                <dd>{text.evidence}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
