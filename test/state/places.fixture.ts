// A small hand-made place factory for the state tests; values mimic public/data/meeting-places.geojson.
import type { MeetingPlaceFeature, MeetingPlaceProps } from "../../src/data/schema";

export function place(
  overrides: Partial<MeetingPlaceProps> & Pick<MeetingPlaceProps, "id">,
): MeetingPlaceProps {
  return {
    kind: "booked",
    form: "fast_bemannat",
    status: "current",
    kommunKod: "2361",
    kommunNamn: "Härjedalen",
    lanKod: "23",
    faKod: "40",
    locality: null,
    label: "Arbetsförmedlingen Sveg",
    comment: null,
    precision: "kommun_seat",
    positionSource: "GeoNames cities500 #1",
    positionNote: null,
    sourceRef: "004 Bilaga 2, rad 1",
    sourceTable: "bilaga2",
    sourceRow: 1,
    displayLon: 14.36,
    displayLat: 62.03,
    ...overrides,
  };
}

export function feature(
  props: MeetingPlaceProps,
  lonLat: [number, number] = [14.35, 62.03],
): MeetingPlaceFeature {
  return { type: "Feature", geometry: { type: "Point", coordinates: lonLat }, properties: props };
}
