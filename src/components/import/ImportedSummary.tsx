// The confirmed list: its count next to report 004's national Bilaga 3 figures (which have no addresses,
// so they stay the reference), the travel time to the nearest provider from the file, and "remove".
import { useImportedReach } from "../../state/useImportedReach";
import type { ContractedService } from "../../data/schema";
import { useI18n } from "../../i18n/I18nProvider";
import type { ImportedList } from "../../state/importedPlaces";
import { IMPORTED_KINDS } from "../../data/import/types";
import { useImportMessages } from "./useImportMessages";

export function ImportedSummary({
  list,
  services,
  onRemove,
}: {
  list: ImportedList;
  services: readonly ContractedService[];
  onRemove: () => void;
}) {
  const t = useImportMessages();
  const { formatNumber } = useI18n();
  const reach = useImportedReach(list);
  const inFile = new Set(list.places.map((p) => p.service));
  // The services the file names, or all six when it names none.
  const shown = services.some((s) => inFile.has(s.name))
    ? services.filter((s) => inFile.has(s.name))
    : services;
  const counts = IMPORTED_KINDS.map(
    (kind) => [kind, list.places.filter((p) => p.kind === kind).length] as const,
  ).filter(([, n]) => n > 0);
  return (
    <div className="import-summary" data-testid="imported-summary">
      <h3>{t.fileLabel(list.fileName)}</h3>
      <p data-testid="imported-bilaga3">
        {t.bilaga3(
          list.places.length,
          shown
            .map((s) =>
              t.bilaga3Service(s.name, formatNumber(s.approvedAddresses), formatNumber(s.kommunCount)),
            )
            .join("; "),
        )}
      </p>
      <ul>
        {counts.map(([kind, n]) => (
          <li key={kind}>
            {t.kindsPlural[kind]}: {formatNumber(n)}
          </li>
        ))}
      </ul>
      <p aria-live="polite" data-testid="imported-reach">
        {reach.status === "computing" && t.reachComputing}
        {reach.status === "ready" &&
          t.providerReach(
            formatNumber(reach.sverige.medianMin ?? 0, 1),
            formatNumber(reach.sverige.shareWithin["30"] * 100, 1),
            formatNumber(reach.sverige.shareWithin["60"] * 100, 1),
          )}
        {reach.status === "error" && t.reachError(reach.reason)}
      </p>
      <p className="import-summary__actions">
        <button
          type="button"
          onClick={() =>
            // Loaded on demand: PapaParse stays out of the first render.
            void import("./exportCsv").then(({ downloadCsv }) =>
              downloadCsv(list.places, `${list.fileName.replace(/\.[^.]*$/, "")}-placerade.csv`),
            )
          }
          data-testid="import-export"
        >
          {t.exportCsv}
        </button>{" "}
        <button type="button" onClick={onRemove} data-testid="import-remove">
          {t.clear}
        </button>
      </p>
    </div>
  );
}
