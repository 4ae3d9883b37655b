// "Om beräkningen": how the travel times are made, every assumption (from summary.reachModel, so the
// figures shown are the ones the build used), the model check and its limits.
import { useId } from "react";
import type { ReachModelInfo } from "../data/schema";
import type { TransitSummary } from "../geo/transit/types";
import { useI18n } from "../i18n/I18nProvider";
import { useReachMessages } from "../i18n/reachMessages";
import { useRoadModelMessages } from "../i18n/roadModelMessages";
import { useTransitAssumptionMessages } from "../i18n/transitAssumptionMessages";

export function OmBerakningen({ model, transit }: { model: ReachModelInfo; transit?: TransitSummary }) {
  const r = useReachMessages();
  const g = useRoadModelMessages();
  const tr = useTransitAssumptionMessages();
  const audit = model.detourAudit;
  const t = r.method;
  const { formatNumber } = useI18n();
  const id = useId();
  const check = model.modelCheck;
  const percentOfPopulation = (population: number) =>
    r.percent(formatNumber((population / model.cells.population) * 100, 1));

  return (
    <details className="panel om-data om-berakningen" data-testid="om-berakningen">
      <summary>
        <h2>{t.title}</h2>
      </summary>
      {t.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}

      <h3 id={`${id}-assumptions`}>{t.assumptionsTitle}</h3>
      <p>
        <strong>{t.assumptionNote}</strong>
      </p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-assumptions`} tabIndex={0}>
        <table>
          <tbody>
            {model.assumptions.map((a) => (
              <tr key={a.name}>
                <th scope="row">
                  {t.assumptions[a.name] ?? g.assumptions[a.name] ?? tr.assumptions[a.name] ?? a.name}
                </th>
                <td>
                  {formatNumber(a.value, 2)} {a.unit}
                </td>
                <td>
                  <code>{a.name}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t.networkTitle}</h3>
      <p>
        {t.network(
          formatNumber(model.network.nodes),
          formatNumber(model.network.mainComponentKm),
          model.network.gapsBridged.length,
          model.network.danglingJoined,
          model.network.components,
        )}
      </p>
      <p>
        {g.rules(
          model.network.crossingsSplit,
          model.network.nearMissesJoined,
          model.network.skeletonLinksSplit,
          model.network.namedEndsJoined,
        )}
      </p>
      <p>
        {t.cells(
          formatNumber(model.cells.count),
          formatNumber(model.cells.population),
          model.cells.outsideKommunPolygons,
        )}
      </p>

      <h3>{t.accessTitle}</h3>
      <ul>
        {model.accessLegs.map((leg) => (
          <li key={leg.withinKm}>{t.access(leg.withinKm, percentOfPopulation(leg.population))}</li>
        ))}
      </ul>

      <h3 id={`${id}-check`}>{t.checkTitle}</h3>
      <p>
        {t.checkSkeleton(
          check.skeletonLinks.pairs,
          formatNumber(check.skeletonLinks.ratioP10, 2),
          formatNumber(check.skeletonLinks.ratioMedian, 2),
          formatNumber(check.skeletonLinks.ratioP90, 2),
        )}
      </p>
      <p>{t.checkCities}</p>
      <div className="table-scroll" role="region" aria-labelledby={`${id}-check`} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.cityColumns.pair}</th>
              <th scope="col">{t.cityColumns.minutes}</th>
              <th scope="col">{t.cityColumns.km}</th>
              <th scope="col">{t.cityColumns.reference}</th>
            </tr>
          </thead>
          <tbody>
            {check.cityPairs.map((pair) => (
              <tr key={`${pair.from}-${pair.to}`}>
                <th scope="row">
                  {pair.from} – {pair.to}
                </th>
                <td>{formatNumber(pair.modelMinutes)}</td>
                <td>{formatNumber(pair.modelKm)}</td>
                <td>{pair.referenceKm === null ? t.noReference : formatNumber(pair.referenceKm)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id={`${id}-gaps`}>{g.auditTitle}</h3>
      <p>{g.audit(audit.suspectedGaps.length, audit.pairs, formatNumber(audit.ratioLimit, 1))}</p>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby={`${id}-gaps`}
        tabIndex={0}
        data-testid="suspected-gaps"
      >
        <table>
          <thead>
            <tr>
              <th scope="col">{g.auditColumns.pair}</th>
              <th scope="col">{g.auditColumns.roadKm}</th>
              <th scope="col">{g.auditColumns.straightKm}</th>
              <th scope="col">{g.auditColumns.ratio}</th>
              <th scope="col">{g.auditColumns.roads}</th>
            </tr>
          </thead>
          <tbody>
            {audit.suspectedGaps.map((gap, index) => (
              <tr key={index}>
                <th scope="row">
                  {gap.from} – {gap.to}
                </th>
                <td>{formatNumber(gap.roadKm)}</td>
                <td>{formatNumber(gap.straightKm)}</td>
                <td>{formatNumber(gap.ratio, 2)}</td>
                <td>{gap.roads.map(g.roadName).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {transit && (
        <>
          <h3>{tr.title}</h3>
          <p data-testid="transit-method">
            {tr.feed(
              transit.feed.name,
              transit.feed.feedVersion,
              transit.feed.attribution,
              transit.serviceDate,
              formatClock(transit.window.fromMin),
              formatClock(transit.window.toMin),
              transit.kommunKoder.length,
            )}
          </p>
          <ul>
            {transit.excludedRouteTypes.length > 0 && (
              <li>{tr.excludedRouteTypes(transit.excludedRouteTypes.join(", "))}</li>
            )}
            {transit.gaps.map((gap) => (
              <li key={gap}>{tr.gaps[gap] ?? gap}</li>
            ))}
            <li>{tr.validation(transit.validation.errors, transit.validation.warnings)}</li>
          </ul>
        </>
      )}

      <h3>{t.limitsTitle}</h3>
      <ul>
        {t.limits.map((limit) => (
          <li key={limit}>{limit}</li>
        ))}
      </ul>
      <h3>{t.creditsTitle}</h3>
      <ul>
        {t.credits.map((credit) => (
          <li key={credit}>{credit}</li>
        ))}
      </ul>
    </details>
  );
}

/** Minutes after midnight → "07:00". */
function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
