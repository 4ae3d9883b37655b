// Counts shown next to each legend item. All come from the loaded data, never from constants, so the
// legend cannot drift from summary.json.
import type { MeetingPlaceFeature, Summary } from "../data/schema";

export interface LegendCounts {
  servicekontorCurrent: number;
  servicekontorPlanned: number;
  fastBemannat: number;
  reserTill: number;
  samarbetslosning: number;
  /** All booked-meeting places (offices and samarbetslösningar), as the report counts them. */
  booked: number;
  /** Booked places marked "Lösning klar senare i år"; summary.counts has no field, so counted from points. */
  pending: number;
  /** Number of Bilaga 3 contracted services (they have counts, not places). */
  contractedServices: number;
}

export function legendCounts(summary: Summary, places: readonly MeetingPlaceFeature[]): LegendCounts {
  const { counts } = summary;
  return {
    servicekontorCurrent: counts.servicekontor.current,
    servicekontorPlanned: counts.servicekontor.planned,
    fastBemannat: counts.afKontor.fastBemannat,
    reserTill: counts.afKontor.reserTill,
    samarbetslosning: counts.samarbetslosningar,
    booked: counts.afKontor.fastBemannat + counts.afKontor.reserTill + counts.samarbetslosningar,
    pending: places.filter((feature) => feature.properties.status === "pending").length,
    contractedServices: summary.contractedServices.length,
  };
}
