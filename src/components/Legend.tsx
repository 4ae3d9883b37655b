import { useId } from "react";
import type { MeetingForm, MeetingStatus } from "../data/schema";
import { useI18n } from "../i18n/I18nProvider";
import { BASE_COLOURS } from "../map/palette";
import type { LegendCounts } from "../state/legendCounts";
import type { LayerToggles } from "../state/toggles";
import { LineSwatch, PlaceSwatch, ProviderSwatch } from "./SymbolSwatch";

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
        <label className="check">
          <input
            type="checkbox"
            checked={toggles.spontaneous}
            onChange={(event) => onToggle("spontaneous", event.target.checked)}
          />
          <PlaceSwatch form="servicekontor" status="current" />
          <span>
            {m.legend.spontaneous} {count(counts.servicekontorCurrent)}
          </span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={toggles.booked}
            onChange={(event) => onToggle("booked", event.target.checked)}
          />
          <PlaceSwatch form="fast_bemannat" status="current" />
          <span>
            {m.legend.booked} {count(counts.booked)}
          </span>
        </label>
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
        <label className="check">
          <input
            type="checkbox"
            checked={toggles.showPlanned}
            onChange={(event) => onToggle("showPlanned", event.target.checked)}
          />
          <PlaceSwatch form="servicekontor" status="planned" />
          <span>
            {m.legend.showPlanned} {count(counts.servicekontorPlanned)}
          </span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{m.legend.layersLegend}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={toggles.faRegions}
            onChange={(event) => onToggle("faRegions", event.target.checked)}
          />
          <LineSwatch colour={BASE_COLOURS.faBorder} width={2} dashed />
          <span>{m.legend.faRegions}</span>
        </label>
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
            <PlaceSwatch form={STATUS_EXAMPLE[status]} status={status} />
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
