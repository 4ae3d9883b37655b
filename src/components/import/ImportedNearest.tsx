// The finder's section for the user's own list: the nearest imported places per kind with their car
// travel time, clearly marked as coming from the user's file (not from report 004).
import type { LonLat } from "../../worker/travelTypes";
import { IMPORTED_KINDS } from "../../data/import/types";
import { useI18n } from "../../i18n/I18nProvider";
import { useImportedPlaces } from "../../state/importedPlaces";
import { useImportedTravel } from "../../state/useImportedTravel";
import { DiamondSwatch } from "./ImportedLegendRow";
import { useImportMessages } from "./useImportMessages";

export function ImportedNearest({ origin }: { origin: LonLat | null }) {
  const t = useImportMessages();
  const { formatNumber } = useI18n();
  const { list } = useImportedPlaces();
  const state = useImportedTravel(origin, list);
  if (!list || state.status === "idle") return null;
  return (
    <section className="panel imported-nearest" data-testid="imported-nearest" aria-live="polite">
      <h2>
        {t.nearestFromFile} <span className="imported-badge">{t.fromFile}</span>
      </h2>
      {state.status === "loading" && <p>{t.reachComputing}</p>}
      {state.status === "error" && <p role="alert">{t.reachError(state.reason)}</p>}
      {state.status === "ready" &&
        IMPORTED_KINDS.map((kind) =>
          state.byKind[kind].length === 0 ? null : (
            <div key={kind}>
              <h3>
                <DiamondSwatch kind={kind} /> {t.kindsPlural[kind]}
              </h3>
              <ul>
                {state.byKind[kind].map(({ place, travel }) => (
                  <li key={place.id} data-testid="imported-nearest-item">
                    <strong>{place.name}</strong>, {place.kommunNamn}
                    {place.service ? ` – ${place.service}` : ""}:{" "}
                    {t.travel(formatNumber(travel.minutes, 0), formatNumber(travel.km, 0))}
                  </li>
                ))}
              </ul>
            </div>
          ),
        )}
      {state.status === "ready" && IMPORTED_KINDS.every((k) => state.byKind[k].length === 0) && (
        <p>{t.noRoad}</p>
      )}
    </section>
  );
}
