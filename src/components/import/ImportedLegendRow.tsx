// The legend's row for the imported list: a diamond per kind present, the count and a checkbox for the
// layer. Renders nothing until a list is imported.
import { IMPORTED_KINDS, type ImportedKind } from "../../data/import/types";
import { useI18n } from "../../i18n/I18nProvider";
import { IMPORTED_COLOURS } from "../../map/importedLayer";
import { BASE_COLOURS } from "../../map/palette";
import { importedPlacesStore, useImportedPlaces } from "../../state/importedPlaces";
import { useImportMessages } from "./useImportMessages";

export function DiamondSwatch({ kind }: { kind: ImportedKind }) {
  return (
    <svg className="swatch" width={24} height={24} viewBox="0 0 24 24" aria-hidden="true">
      <path
        d="M12 2 L22 12 L12 22 L2 12 Z"
        fill={IMPORTED_COLOURS[kind]}
        stroke={BASE_COLOURS.symbolDark}
        strokeWidth={1.5}
      />
    </svg>
  );
}

export function ImportedLegendRow() {
  const t = useImportMessages();
  const { messages: m, formatNumber } = useI18n();
  const { list, visible } = useImportedPlaces();
  if (!list) return null;
  const kinds = IMPORTED_KINDS.filter((kind) => list.places.some((p) => p.kind === kind));
  return (
    <label className="check" data-testid="legend-imported">
      <input
        type="checkbox"
        checked={visible}
        onChange={(event) => importedPlacesStore.setVisible(event.target.checked)}
      />
      {kinds.map((kind) => (
        <DiamondSwatch key={kind} kind={kind} />
      ))}
      <span>
        {t.layerLegend} <span className="count">{m.legend.count(formatNumber(list.places.length))}</span>
      </span>
    </label>
  );
}
