import { describe, expect, it } from "vitest";
import type {
  KommunCollection,
  KommunProps,
  MeetingPlaceCollection,
  MeetingPlaceProps,
  ReachStats,
  Summary,
  SummaryKommun,
} from "../../src/data/schema";
import { buildEmbedData, neighbourCodes } from "../../src/embed/data/buildEmbedData";

// Three square kommuner on a line: A [0,1]×[0,1] and B [1,2]×[0,1] share an edge; C lies far away.
const square = (west: number) => [
  [
    [west, 0],
    [west + 1, 0],
    [west + 1, 1],
    [west, 1],
    [west, 0],
  ],
];
const kommuner: KommunCollection = {
  type: "FeatureCollection",
  features: [
    ["0001", "Aby", 0],
    ["0002", "Bby", 1],
    ["0003", "Cby", 10],
  ].map(([kod, namn, west]) => ({
    type: "Feature",
    properties: { kod, namn, lanNamn: "Testlän", labelLon: Number(west) + 0.5, labelLat: 0.5 } as KommunProps,
    geometry: { type: "Polygon", coordinates: square(Number(west)) },
  })),
};

const place = (id: string, kommunKod: string, kind: MeetingPlaceProps["kind"], lon: number) => ({
  type: "Feature" as const,
  geometry: { type: "Point" as const, coordinates: [lon, 0.5] },
  properties: {
    id,
    kind,
    form: kind === "spontaneous" ? "servicekontor" : "fast_bemannat",
    status: "current",
    kommunKod,
    kommunNamn: kommunKod,
    label: `Plats ${id}`,
    locality: null,
    comment: null,
    precision: "kommun_seat",
    positionNote: null,
    sourceRef: "004",
    displayLon: lon,
    displayLat: 0.5,
  } as MeetingPlaceProps,
});
const places: MeetingPlaceCollection = {
  type: "FeatureCollection",
  features: [place("sk-a", "0001", "spontaneous", 0.5), place("af-a", "0001", "booked", 0.4)],
};

const stats = (share20: number, fromSeat: ReachStats["fromSeat"]): ReachStats => ({
  population: 100,
  unreachablePopulation: 0,
  places: 0,
  meanMin: 1,
  medianMin: 1,
  p90Min: 1,
  maxMin: 1,
  popWithin: { "10": 0, "20": share20 * 100, "30": 0, "45": 0, "60": 100 },
  shareWithin: { "10": 0, "20": share20, "30": 0, "45": 0, "60": 1 },
  fromSeat,
});
const kommun = (kod: string, namn: string, reach: SummaryKommun["reach"]) =>
  ({ kod, namn, seat: { name: `${namn} centrum`, lon: 1.5, lat: 0.5 }, reach }) as SummaryKommun;

const summary = {
  reportDate: "2021-10-01",
  contractedServices: [{}, {}],
  distanceServices: [
    { id: "a", audience: "arbetssokande", channel: "phone", value: "1" },
    { id: "b", audience: "arbetsgivare", channel: "phone", value: "2" },
  ],
  kommuner: [
    kommun("0001", "Aby", {
      spontaneous: stats(0.9, { placeId: "sk-a", kommunKod: "0001", minutes: 2, km: 1 }),
      booked: stats(0.8, { placeId: "af-a", kommunKod: "0001", minutes: 3, km: 2 }),
    }),
    kommun("0002", "Bby", {
      spontaneous: stats(0.25, { placeId: "sk-a", kommunKod: "0001", minutes: 41.6, km: 55.2 }),
      booked: stats(0.5, { placeId: "af-a", kommunKod: "0001", minutes: 37, km: 50 }),
    }),
    kommun("0003", "Cby", {
      booked: stats(0, { placeId: "af-missing", kommunKod: "0009", minutes: 1, km: 1 }),
    }),
  ],
} as unknown as Summary;

describe("buildEmbedData", () => {
  const build = buildEmbedData(summary, places, kommuner);
  const byKod = new Map(build.kommuner.map((k) => [k.kod, k]));

  it("finds neighbours by shared borders only", () => {
    const neighbours = neighbourCodes(kommuner);
    expect([...neighbours.get("0001")!]).toEqual(["0002"]);
    expect([...neighbours.get("0003")!]).toEqual([]);
    expect(byKod.get("0002")!.map.neighbours.map((n) => n.namn)).toEqual(["Aby"]);
  });

  it("gives a kommun without a place of a kind the nearest one, with the pipeline's minutes and km", () => {
    const b = byKod.get("0002")!;
    expect(b.places).toEqual([]);
    expect(b.nearest.spontaneous).toMatchObject({ place: { id: "sk-a" }, minutes: 41.6, km: 55.2 });
    expect(b.nearest.booked).toMatchObject({ place: { id: "af-a" }, minutes: 37, km: 50 });
    expect(b.reach.spontaneous).toEqual({ population: 100, share20: 0.25, share60: 1 });
    // The bbox grows to take in the nearest places outside.
    expect(b.map.bbox[0]).toBeLessThanOrEqual(0.4);
  });

  it("lists a kommun's own places and gives no nearest for a kind it has", () => {
    const a = byKod.get("0001")!;
    expect(a.places.map((p) => p.id).sort()).toEqual(["af-a", "sk-a"]);
    expect(a.nearest).toEqual({ spontaneous: null, booked: null });
  });

  it("keeps only the jobseekers' alternatives and counts Bilaga 3's services", () => {
    expect(byKod.get("0001")!.distanceServices.map((s) => s.id)).toEqual(["a"]);
    expect(byKod.get("0001")!.providerServiceCount).toBe(2);
  });

  it("reports a fromSeat that names an unknown place instead of dropping it silently", () => {
    expect(build.issues).toEqual([
      { kommunKod: "0003", reason: "booked.fromSeat names unknown place af-missing" },
    ]);
  });
});
