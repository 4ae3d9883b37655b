import { useId } from "react";
import type { DistanceService } from "../data/schema";
import type { Language } from "../i18n/language";
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
          return (
            <li key={service.id}>
              <span className="distance__channel">{m.distance.channel[service.channel]}:</span>{" "}
              <DistanceServiceText service={service} language={language} />
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

/** "Label – value", the value a tel: or https: link where it is one (shared with the finder's results). */
export function DistanceServiceText({ service, language }: { service: DistanceService; language: Language }) {
  const href = distanceServiceHref(service);
  return (
    <>
      {distanceServiceLabel(service, language)}
      {" – "}
      {href === null ? (
        <span lang="sv">{service.value}</span>
      ) : (
        <a href={href} className="distance__value">
          {service.value}
        </a>
      )}
    </>
  );
}
