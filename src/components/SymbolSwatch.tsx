// Legend swatches drawn from the same symbol table as the map's paint expressions (map/symbols.ts).
import type { MeetingForm, MeetingStatus } from "../data/schema";
import { BASE_COLOURS, KIND_COLOURS, PROVIDER_COLOUR } from "../map/palette";
import { CENTRE_DOT_RADIUS, symbolFor } from "../map/symbols";

const SIZE = 24;
const C = SIZE / 2;

/**
 * A place symbol. `neutral` draws it in grey instead of its kind's colour: the status rows of the legend
 * explain the fill (filled, ring, pale), not the colour, so each swatch means one thing.
 */
export function PlaceSwatch({
  form,
  status,
  neutral = false,
}: {
  form: MeetingForm;
  status: MeetingStatus;
  neutral?: boolean;
}) {
  const symbol = symbolFor(form, status);
  const kindColours: string[] = Object.values(KIND_COLOURS);
  const grey = (colour: string) => (neutral && kindColours.includes(colour) ? PROVIDER_COLOUR : colour);
  const s = { ...symbol, fill: grey(symbol.fill), stroke: grey(symbol.stroke) };
  return (
    <svg className="swatch" width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
      {/* SVG strokes are centred on the edge while MapLibre draws them outside it: add half the width. */}
      <circle
        cx={C}
        cy={C}
        r={s.radius + s.strokeWidth / 2}
        fill={s.fill}
        fillOpacity={s.fillOpacity}
        stroke={s.stroke}
        strokeWidth={s.strokeWidth}
      />
      {s.centreDot && <circle cx={C} cy={C} r={CENTRE_DOT_RADIUS} fill={BASE_COLOURS.symbolOutline} />}
    </svg>
  );
}

/** A kind's colour, as a square: the colour every symbol of that kind shares. */
export function KindSwatch({ colour }: { colour: string }) {
  return (
    <svg className="swatch" width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
      <rect x={5} y={5} width={14} height={14} rx={3} fill={colour} />
    </svg>
  );
}

export function ProviderSwatch() {
  return (
    <svg className="swatch" width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
      <circle
        cx={C}
        cy={C}
        r={6}
        fill="none"
        stroke={PROVIDER_COLOUR}
        strokeWidth={2}
        strokeDasharray="2 2"
      />
    </svg>
  );
}

export function LineSwatch({
  colour,
  width,
  dashed = false,
}: {
  colour: string;
  width: number;
  dashed?: boolean;
}) {
  return (
    <svg className="swatch" width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
      <rect x={0} y={4} width={SIZE} height={SIZE - 8} fill={BASE_COLOURS.land} />
      <line
        x1={1}
        y1={C}
        x2={SIZE - 1}
        y2={C}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dashed ? "4 3" : undefined}
      />
    </svg>
  );
}
