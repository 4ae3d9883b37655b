import { useId, type ReactNode } from "react";
import type { MeetingForm, MeetingStatus } from "../data/schema";
import { useI18n } from "../i18n/I18nProvider";
import { BASE_COLOURS, KIND_COLOURS } from "../map/palette";
import type { LegendCounts } from "../state/legendCounts";
import type { LayerToggles } from "../state/toggles";
import { ImportedLegendRow } from "./import/ImportedLegendRow";
import { KindSwatch, LineSwatch, PlaceSwatch, ProviderSwatch } from "./SymbolSwatch";

export interface LegendProps {
  toggles: LayerToggles;
  counts: LegendCounts;
  /** Per status, counted from the places themselves. */
  statusCounts: Record<MeetingStatus, number>;
  onToggle: (key: keyof LayerToggles, value: boolean) => void;
}

const FORM_COUNT: Record<MeetingForm, keyof LegendCounts> = {
  servicekontor: "servicekontorCurrent",
  fast_bemannat: "fastBemannat",
  reser_till: "reserTill",
  samarbetslosning: "samarbetslosning",
};

/** Which form each status row uses as its example symbol (the only forms that have that status). */
const STATUS_EXAMPLE: Record<MeetingStatus, MeetingForm> = {
  current: "fast_bemannat",
  planned: "servicekontor",
  pending: "fast_bemannat",
};

export function Legend({ toggles, counts, statusCounts, onToggle }: LegendProps) {
  const { messages: m, formatNumber } = useI18n();
  const id = useId();
  const providerNoteId = `${id}-provider-note`;
  const count = (n: number) => <span className="count">{m.legend.count(formatNumber(n))}</span>;

  return (
    <section className="panel legend" data-testid="legend" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.legend.title}</h2>

      <fieldset>
        <legend>{m.legend.kindsLegend}</legend>
        <ToggleRow
          checked={toggles.spontaneous}
          onChange={(value) => onToggle("spontaneous", value)}
          swatch={<KindSwatch colour={KIND_COLOURS.spontaneous} />}
        >
          {m.legend.spontaneous} {count(counts.servicekontorCurrent)}
        </ToggleRow>
        <ToggleRow
          checked={toggles.booked}
          onChange={(value) => onToggle("booked", value)}
          swatch={<KindSwatch colour={KIND_COLOURS.booked} />}
        >
          {m.legend.booked} {count(counts.booked)}
        </ToggleRow>
        <div className="check check--disabled">
          <input type="checkbox" id={`${id}-provider`} disabled aria-describedby={providerNoteId} />
          <ProviderSwatch />
          <span>
            <label htmlFor={`${id}-provider`}>{m.legend.provider}</label>
            <span id={providerNoteId} className="note">
              {m.legend.providerNote(formatNumber(counts.contractedServices))}
            </span>
          </span>
        </div>
        <ImportedLegendRow />
        <ToggleRow
          checked={toggles.showPlanned}
          onChange={(value) => onToggle("showPlanned", value)}
          swatch={<PlaceSwatch form="servicekontor" status="planned" />}
        >
          {m.legend.showPlanned} {count(counts.servicekontorPlanned)}
        </ToggleRow>
      </fieldset>

      <fieldset>
        <legend>{m.legend.layersLegend}</legend>
        <ToggleRow
          checked={toggles.faRegions}
          onChange={(value) => onToggle("faRegions", value)}
          swatch={<LineSwatch colour={BASE_COLOURS.faBorder} width={2} dashed />}
        >
          {m.legend.faRegions}
        </ToggleRow>
      </fieldset>

      <h3>{m.legend.formsTitle}</h3>
      <ul className="key">
        {(Object.keys(FORM_COUNT) as MeetingForm[]).map((form) => (
          <li key={form}>
            <PlaceSwatch form={form} status="current" />
            <span>
              {m.place.form[form]} {count(counts[FORM_COUNT[form]])}
            </span>
          </li>
        ))}
      </ul>

      <h3>{m.legend.statusTitle}</h3>
      <ul className="key">
        {(Object.keys(STATUS_EXAMPLE) as MeetingStatus[]).map((status) => (
          <li key={status}>
            <PlaceSwatch form={STATUS_EXAMPLE[status]} status={status} neutral />
            <span>
              {m.place.status[status]} {count(statusCounts[status])}
            </span>
          </li>
        ))}
      </ul>

      <h3>{m.legend.bordersTitle}</h3>
      <ul className="key">
        <li>
          <LineSwatch colour={BASE_COLOURS.kommunBorder} width={1} />
          <span>{m.legend.kommunBorder}</span>
        </li>
        <li>
          <LineSwatch colour={BASE_COLOURS.lanBorder} width={2} />
          <span>{m.legend.lanBorder}</span>
        </li>
        <li>
          <LineSwatch colour={BASE_COLOURS.faBorder} width={2} dashed />
          <span>{m.legend.faBorder}</span>
        </li>
      </ul>
    </section>
  );
}

/** A labelled checkbox with its map symbol; the whole row is the click target. */
function ToggleRow({
  checked,
  onChange,
  swatch,
  children,
}: {
  checked: boolean;
  onChange: (value: boolean) => void;
  swatch: ReactNode;
  children: ReactNode;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {swatch}
      <span>{children}</span>
    </label>
  );
}
