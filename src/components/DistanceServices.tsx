import { useId } from "react";
import type { DistanceService } from "../data/schema";
import { useI18n } from "../i18n/I18nProvider";
import { distanceServiceHref, distanceServiceLabel } from "../state/distanceServices";

/** Phone and digital services: the alternative to travelling, kept visible whatever the map shows. */
export function DistanceServices({ services }: { services: readonly DistanceService[] }) {
  const { messages: m, language } = useI18n();
  const titleId = useId();
  return (
    <aside className="panel distance" aria-labelledby={titleId}>
      <h2 id={titleId}>{m.distance.title}</h2>
      <p>{m.distance.intro}</p>
      <ul>
        {services.map((service) => {
          const href = distanceServiceHref(service);
          return (
            <li key={service.id}>
              <span className="distance__channel">{m.distance.channel[service.channel]}:</span>{" "}
              {distanceServiceLabel(service, language)}
              {" – "}
              {href === null ? (
                <span lang="sv">{service.value}</span>
              ) : (
                <a href={href} className="distance__value">
                  {service.value}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
