// The words shown for one place, shared by the map popup and the list so both say the same thing.
import type { MeetingPlaceProps } from "../data/schema";
import type { Messages } from "../i18n/messages";

export interface DescriptionRow {
  term: string;
  value: string;
  /** Text quoted verbatim from the Swedish data (a screen reader should read it as Swedish). */
  verbatimSwedish?: boolean;
}

export interface PlaceDescription {
  title: string;
  rows: DescriptionRow[];
}

/**
 * The position rows. The pipeline's notes are Swedish and often begin with the same words as the
 * Swedish precision text ("Placerad vid kommunens centralort enligt GeoNames (Kiruna)."); then the note
 * alone says it all and repeating the phrase would only add noise.
 */
export function positionRows(
  place: Pick<MeetingPlaceProps, "precision" | "positionNote">,
  m: Messages,
): DescriptionRow[] {
  const precision = m.place.precision[place.precision];
  const note = place.positionNote;
  if (note === null) return [{ term: m.place.terms.position, value: precision }];
  if (note.toLocaleLowerCase("sv").startsWith(precision.toLocaleLowerCase("sv"))) {
    return [{ term: m.place.terms.position, value: note, verbatimSwedish: true }];
  }
  return [
    { term: m.place.terms.position, value: precision },
    { term: m.place.terms.positionNote, value: note, verbatimSwedish: true },
  ];
}

export function describePlace(place: MeetingPlaceProps, m: Messages, lanNamn?: string): PlaceDescription {
  const rows: DescriptionRow[] = [
    { term: m.place.terms.kind, value: m.place.kind[place.kind] },
    { term: m.place.terms.form, value: m.place.form[place.form] },
    { term: m.place.terms.status, value: m.place.statusSentence[place.status] },
    {
      term: m.place.terms.kommun,
      value: lanNamn === undefined ? place.kommunNamn : `${place.kommunNamn}, ${lanNamn}`,
    },
    ...positionRows(place, m),
  ];
  if (place.comment !== null)
    rows.push({ term: m.place.terms.comment, value: place.comment, verbatimSwedish: true });
  rows.push({ term: m.place.terms.source, value: place.sourceRef, verbatimSwedish: true });
  return { title: place.label, rows };
}
