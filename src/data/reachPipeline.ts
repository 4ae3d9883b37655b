// The travel-reach part of the data build, after buildData(): road graph, population cells, nearest place
// per scenario, aggregates per kommun / FA region / län / Sweden, the model check, and the two binary
// files for the worker. Pure: texts and the base outputs in, summary additions and bytes out.
import * as ASSUMPTIONS from "../geo/assumptions.ts";
import { ACCESS_CIRCUITY, DETOUR_AUDIT_RATIO } from "../geo/assumptions.ts";
import { detourAudit, touchingPairs, type AuditPair, type AuditPoint } from "../geo/detourAudit.ts";
import { haversineM } from "../geo/distance.ts";
import { assignToAreas } from "../geo/assignAreas.ts";
import { modelCheck, type CityPoint } from "../geo/modelCheck.ts";
import { NetworkIndex, ReachEngine } from "../geo/reach.ts";
import { buildRoadGraph, type RoadCollection, type RoadGraphStats } from "../geo/roadGraph.ts";
import { areaLevels, scenarioReach, type ScenarioReach } from "../geo/reachSummary.ts";
import { parseSkeleton, type Skeleton } from "../geo/skeleton.ts";
import type { DataIssue } from "./csv.ts";
import { parsePopulationGrid } from "./population.ts";
import { decodeCells, decodeNetwork, encodeCells, encodeNetwork, type CellData } from "./reachBinary.ts";
import { REACH_KEYS, inScenario, placedPlaces, type EnginePlace } from "./reachScenarios.ts";
import { SEAT_CORRECTIONS_FILE, parseKommunSeats } from "./reference.ts";
import type {
  BaseSummary,
  MeetingPlaceCollection,
  KommunCollection,
  Reach,
  ReachModelInfo,
  Summary,
} from "./schema.ts";

export const REACH_FILES = {
  population: "population/se_grid_1km_census2021.csv",
  roads: "roads/osm_numbered_roads/swedish_roads.json",
  skeleton: "roads/eroad_skeleton_imp_act/graph.graphml",
  seats: "places/geonames_cities500_SE/kommun_seats_SE.csv",
} as const;

/** The shared files, and the project's seat corrections (data/kommun_seat_corrections.csv). */
export type ReachTexts = Record<keyof typeof REACH_FILES | "seatCorrections", string>;

export interface ReachInputs {
  summary: BaseSummary;
  kommuner: KommunCollection;
  meetingPlaces: MeetingPlaceCollection;
}

export interface ReachBuild {
  summary: Summary;
  networkBytes: Uint8Array;
  cellsBytes: Uint8Array;
}

/** Copies bytes into a fresh ArrayBuffer (what a fetch in the browser hands the worker). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

export function buildReach(
  texts: ReachTexts,
  base: ReachInputs,
  dataDir = "../shared/data",
): { build: ReachBuild | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const file = (key: keyof typeof REACH_FILES) => `${dataDir}/${REACH_FILES[key]}`;

  let roads: RoadCollection | null = null;
  try {
    roads = JSON.parse(texts.roads) as RoadCollection;
    if (roads.type !== "FeatureCollection" || !Array.isArray(roads.features))
      throw new Error("not a FeatureCollection");
  } catch (error) {
    issues.push({ file: file("roads"), line: 0, reason: `not GeoJSON: ${(error as Error).message}` });
  }
  const skeleton = parseSkeleton(texts.skeleton, file("skeleton"));
  issues.push(...skeleton.issues);
  const grid = parsePopulationGrid(texts.population, file("population"));
  issues.push(...grid.issues);
  const seats = parseKommunSeats(texts.seats, file("seats"), {
    text: texts.seatCorrections,
    file: SEAT_CORRECTIONS_FILE,
  });
  issues.push(...seats.issues);
  if (!roads) return { build: null, issues };

  const built = buildRoadGraph(roads, skeleton.skeleton, file("roads"), {
    seats: seats.rows.map((seat) => ({ name: seat.name, lon: seat.lon, lat: seat.lat })),
  });
  issues.push(...built.issues);
  const networkBytes = encodeNetwork(built.graph);
  const graph = decodeNetwork(toArrayBuffer(networkBytes));
  const network = new NetworkIndex(graph);

  // Cells → kommun (containing polygon, else nearest), in the kommun order of kommuner.geojson.
  const kommunFeatures = base.kommuner.features;
  const cellLon = Float64Array.from(grid.rows, (c) => c.lon);
  const cellLat = Float64Array.from(grid.rows, (c) => c.lat);
  const { areaOf, outside } = assignToAreas(
    cellLon,
    cellLat,
    kommunFeatures.map((f) => f.geometry),
  );
  const seatByKod = new Map(seats.rows.map((s) => [s.kommunKod, s]));
  const seatPoints = kommunFeatures.map((f) => {
    const seat = seatByKod.get(f.properties.kod);
    if (!seat)
      issues.push({ file: file("seats"), line: 0, reason: `no seat for kommun ${f.properties.kod}` });
    return seat ?? { lon: NaN, lat: NaN };
  });
  if (issues.length > 0) return { build: null, issues };

  const cellAttach = network.attachAll(cellLon, cellLat);
  const seatAttach = network.attachAll(
    Float64Array.from(seatPoints, (s) => s.lon),
    Float64Array.from(seatPoints, (s) => s.lat),
  );
  const cellsBytes = encodeCells({
    kommuner: kommunFeatures.map((f) => ({
      kod: f.properties.kod,
      faKod: f.properties.faKod,
      lanKod: f.properties.lanKod,
    })),
    populationYear: 2021,
    cells: { ...cellAttach, population: Float64Array.from(grid.rows, (c) => c.population), kommun: areaOf },
    seats: seatAttach,
  });
  const data: CellData = decodeCells(toArrayBuffer(cellsBytes));
  const engine = new ReachEngine(graph, data.cells, data.seats);
  const levels = areaLevels(data);

  const places = placedPlaces(base.meetingPlaces);
  const results = new Map<string, ScenarioReach>();
  for (const key of REACH_KEYS) {
    const selected = places.filter((p) => inScenario(key, p));
    if (selected.length > 0) results.set(key, scenarioReach(engine, data, levels, selected));
  }
  const reachAt = (pick: (r: ScenarioReach) => Reach[keyof Reach]): Reach =>
    Object.fromEntries([...results].map(([key, r]) => [key, pick(r)])) as Reach;

  const faNames = new Map(kommunFeatures.map((f) => [f.properties.faKod, f.properties.faNamn]));
  const lanNames = new Map(kommunFeatures.map((f) => [f.properties.lanKod, f.properties.lanNamn]));
  const befolkning = (keyOf: (kod: string) => boolean) =>
    base.summary.kommuner.filter((k) => keyOf(k.kod)).reduce((sum, k) => sum + k.befolkning, 0);
  const kommunIndex = new Map(data.kommuner.map((k, i) => [k.kod, i]));
  const seatKommunName = new Map(kommunFeatures.map((f) => [f.properties.kod, f.properties.namn]));

  const labels = new Map(base.meetingPlaces.features.map((f) => [f.properties.id, f.properties.label]));
  const audit = auditPairs(kommunFeatures, seatPoints, places, (id) => labels.get(id) ?? id);

  const summary: Summary = {
    ...base.summary,
    kommuner: base.summary.kommuner.map((k) => {
      const a = kommunIndex.get(k.kod)!;
      const seat = seatByKod.get(k.kod)!;
      return {
        ...k,
        seat: { name: seat.name, lon: seat.lon, lat: seat.lat },
        reach: reachAt((r) => r.kommuner[a]),
      };
    }),
    faRegioner: levels.faKoder.map((kod, a) => ({
      kod,
      namn: faNames.get(kod)!,
      befolkning: befolkning((k) => data.kommuner[kommunIndex.get(k)!]!.faKod === kod),
      reach: reachAt((r) => r.faRegioner[a]),
    })),
    lan: levels.lanKoder.map((kod, a) => ({
      kod,
      namn: lanNames.get(kod)!,
      befolkning: befolkning((k) => data.kommuner[kommunIndex.get(k)!]!.lanKod === kod),
      reach: reachAt((r) => r.lan[a]),
    })),
    sverige: { befolkning: befolkning(() => true), reach: reachAt((r) => r.sverige) },
    reachModel: modelInfo(built.stats, data, outside, audit, {
      skeleton: skeleton.skeleton,
      roads,
      network,
      cities: seats.rows.map((s) => ({
        name: seatKommunName.get(s.kommunKod) ?? s.name,
        lon: s.lon,
        lat: s.lat,
      })),
    }),
  };
  return { build: { summary, networkBytes, cellsBytes }, issues: [] };
}

/**
 * The detour audit's pairs: each kommun seat to its nearest placed meeting place of each kind (straight
 * line), and the seats of every two kommuner whose polygons touch.
 */
export function auditPairs(
  kommunFeatures: KommunCollection["features"],
  seatPoints: readonly { lon: number; lat: number }[],
  places: readonly EnginePlace[],
  /** The place's label ("Servicekontor Ödeshög"), else its id. */
  labelOf: (placeId: string) => string = (id) => id,
): AuditPair[] {
  const seats: AuditPoint[] = kommunFeatures.map((f, i) => ({
    name: f.properties.namn,
    lon: seatPoints[i]!.lon,
    lat: seatPoints[i]!.lat,
  }));
  const pairs: AuditPair[] = [];
  const kinds = [...new Set(places.map((p) => p.kind))].sort();
  for (const seat of seats)
    for (const kind of kinds) {
      let best: EnginePlace | null = null;
      let bestM = Infinity;
      for (const p of places) {
        if (p.kind !== kind) continue;
        const d = haversineM(seat.lon, seat.lat, p.lon, p.lat);
        if (d < bestM || (d === bestM && best !== null && p.id < best.id)) [best, bestM] = [p, d];
      }
      if (best) pairs.push({ from: seat, to: { name: labelOf(best.id), lon: best.lon, lat: best.lat } });
    }
  for (const [i, j] of touchingPairs(kommunFeatures.map((f) => f.geometry)))
    pairs.push({ from: seats[i]!, to: seats[j]! });
  return pairs;
}

function modelInfo(
  stats: RoadGraphStats,
  data: CellData,
  outside: number,
  audit: AuditPair[],
  check: { roads: RoadCollection; skeleton: Skeleton; network: NetworkIndex; cities: CityPoint[] },
): ReachModelInfo {
  const population = data.cells.population.reduce((s, p) => s + p, 0);
  const accessLegs = [1, 2, 5, 10, 20].map((withinKm) => {
    let pop = 0;
    for (let i = 0; i < data.cells.population.length; i++)
      if (data.cells.accessKm[i]! / ACCESS_CIRCUITY <= withinKm) pop += data.cells.population[i]!;
    return { withinKm, population: Math.round(pop) };
  });
  return {
    assumptions: assumptionList(),
    network: {
      nodes: stats.nodes,
      edges: stats.edges,
      mainComponentKm: stats.components[0]?.km ?? 0,
      components: stats.components.length,
      gapsBridged: stats.gapsBridged.map((g) => ({
        from: [round5(g.from[0]), round5(g.from[1])],
        to: [round5(g.to[0]), round5(g.to[1])],
        distanceM: g.distanceM,
      })),
      danglingJoined: stats.danglingJoined,
      crossingsSplit: stats.crossingsSplit,
      nearMissesJoined: stats.nearMissesJoined,
      skeletonLinks: stats.skeletonLinks,
      skeletonLinksSplit: stats.skeletonLinksSplit,
      namedEndsJoined: stats.namedEndsJoined,
    },
    detourAudit: {
      ratioLimit: DETOUR_AUDIT_RATIO,
      pairs: audit.length,
      suspectedGaps: detourAudit(check.network, audit),
    },
    cells: {
      count: data.cells.population.length,
      population: Math.round(population),
      outsideKommunPolygons: outside,
    },
    accessLegs,
    modelCheck: modelCheck(check.roads, check.skeleton, check.network, check.cities),
  };
}

/**
 * Every numeric constant of src/geo/assumptions.ts (and every entry of a table of them, such as
 * ROAD_SPEED_KMH), read from the module itself so a new assumption cannot be left out of "Om beräkningen".
 * Units come from the name: _KMH km/h, _KM km, _M m, _MIN min, _TRANSFERS a count (no unit), anything else a
 * factor. WITHIN_MINUTES is a reporting choice, not a model assumption, and functions and lists are not
 * values: all are left out.
 */
export function assumptionList(): ReachModelInfo["assumptions"] {
  const unitOf = (name: string) =>
    name.endsWith("_KMH")
      ? "km/h"
      : name.endsWith("_KM")
        ? "km"
        : name.endsWith("_M")
          ? "m"
          : name.endsWith("_MIN")
            ? "min"
            : name.endsWith("_TRANSFERS")
              ? ""
              : "×";
  return Object.entries(ASSUMPTIONS).flatMap(([name, value]) => {
    if (typeof value === "number") return [{ name, value, unit: unitOf(name) }];
    if (typeof value === "object" && !Array.isArray(value))
      return Object.entries(value as Record<string, number>).map(([key, v]) => ({
        name: `${name}.${key}`,
        value: v,
        unit: unitOf(name),
      }));
    return [];
  });
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
