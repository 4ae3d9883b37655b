// The engine behind the Web Worker, as a plain class so Node (tests, bench) runs exactly what the browser
// runs: travel from a point to every place, what-if aggregates for an edited set of places, and reach
// areas. Inputs are the binary files of `npm run data`; coordinates [lon, lat]; minutes; km.
import { isobands, pointGrid, simplify } from "@turf/turf";
import type { Feature, MultiPolygon, Point } from "geojson";
import { decodeCells, decodeNetwork, type CellData } from "../data/reachBinary.ts";
import { inScenario, type EnginePlace, type ReachKey } from "../data/reachScenarios.ts";
import {
  ACCESS_CIRCUITY,
  ACCESS_SPEED_KMH,
  DIRECT_MAX_KM,
  accessMinutes,
  accessRoadKm,
} from "../geo/assumptions.ts";
import { isSuspectedDetour, pathRoads } from "../geo/detourAudit.ts";
import { multiSourceDijkstra, type ShortestPaths } from "../geo/dijkstra.ts";
import { haversineM } from "../geo/distance.ts";
import { IncrementalScenario, type UpdateMode } from "../geo/incremental/incrementalScenario.ts";
import { NetworkIndex, ReachEngine, placeSources, type AccessLeg } from "../geo/reach.ts";
import { PointGrid } from "../geo/spatialIndex.ts";
import { areaLevels, scenarioReach, type AreaLevels, type ScenarioReach } from "../geo/reachSummary.ts";
import type { RoadGraph } from "../geo/roadGraph.ts";
import type { LonLat, PlaceTravel } from "./travelTypes.ts";

export type { EnginePlace };

/** One route of `npm run route`: what the finder shows for it, and the road numbers along it. */
export interface RouteResult {
  /** Minutes and km rounded as travelFrom rounds them (Infinity: no road connection). */
  minutes: number;
  km: number;
  /** Road numbers in driving order, each once ("E45", "62"); empty for a direct leg. */
  roads: string[];
  /** True when the route runs through a suspected gap of the detour audit. */
  gapCaveat: boolean;
}

/**
 * Scenario keys whose last computation is kept for the next request (the least recently used is dropped
 * and computed from scratch when asked again): the dragged kind and one more (a comparison).
 */
export const MAX_INCREMENTAL_STATES = 2;

export class ReachService {
  readonly graph: RoadGraph;
  readonly network: NetworkIndex;
  private cellData: CellData | null = null;
  private engine: ReachEngine | null = null;
  private levels: AreaLevels | null = null;
  private readonly attachCache = new Map<string, AccessLeg[]>();
  /** The last computation of each scenario, which the next request of that key is diffed against. */
  private readonly incremental = new Map<ReachKey, IncrementalScenario>();
  /** How the last scenario() was computed: from the previous state of its key, or from scratch. */
  lastScenarioMode: UpdateMode = "full";

  constructor(networkBuffer: ArrayBuffer) {
    this.graph = decodeNetwork(networkBuffer);
    this.network = new NetworkIndex(this.graph);
  }

  /** The population cells are needed only for aggregates and what-if: loaded on demand. */
  loadCells(cellsBuffer: ArrayBuffer): void {
    this.cellData = decodeCells(cellsBuffer);
    this.engine = new ReachEngine(this.graph, this.cellData.cells, this.cellData.seats);
    this.levels = areaLevels(this.cellData);
    this.incremental.clear();
  }

  private attachPlace(place: EnginePlace) {
    const key = `${place.id}@${place.lon},${place.lat}`;
    let a = this.attachCache.get(key);
    if (!a) this.attachCache.set(key, (a = this.network.attachLegs(place.lon, place.lat)));
    return a;
  }

  /**
   * Estimated car minutes and road km from `origin` to each place: access leg, network, egress leg; or a
   * direct local-road leg for places within DIRECT_MAX_KM, whichever is faster. Places with no road
   * connection (another island) are left out.
   */
  travelFrom(origin: LonLat, places: readonly EnginePlace[]): { accessKm: number; travel: PlaceTravel[] } {
    const { start, paths } = this.pathsFrom(origin);
    const out: PlaceTravel[] = [];
    for (const place of places) {
      const { minutes, km } = this.travelTo(origin, paths, place);
      if (!Number.isFinite(minutes)) continue;
      const straightKm = haversineM(origin[0], origin[1], place.lon, place.lat) / 1000;
      out.push({
        placeId: place.id,
        minutes: Math.round(minutes * 10) / 10,
        km: Math.round(km * 10) / 10,
        ...(isSuspectedDetour(km, straightKm) ? { suspectedGap: true } : {}),
      });
    }
    out.sort((p, q) => p.minutes - q.minutes || (p.placeId < q.placeId ? -1 : 1));
    // Straight-line km (the access leg without its circuity factor).
    return { accessKm: Math.round((start.accessKm / ACCESS_CIRCUITY) * 10) / 10, travel: out };
  }

  /**
   * One route, as travelFrom computes it for the finder (same legs, same rounding), with the road numbers
   * it uses: for `npm run route` and the method note.
   */
  route(origin: LonLat, place: EnginePlace): RouteResult {
    const previousEdge = new Int32Array(this.graph.nodeLon.length);
    const { paths } = this.pathsFrom(origin, previousEdge);
    const { minutes, km, endNode } = this.travelTo(origin, paths, place);
    const roads = endNode >= 0 ? pathRoads(this.graph, previousEdge, endNode) : [];
    return {
      minutes: Math.round(minutes * 10) / 10,
      km: Math.round(km * 10) / 10,
      roads,
      gapCaveat: isSuspectedDetour(km, haversineM(origin[0], origin[1], place.lon, place.lat) / 1000),
    };
  }

  private pathsFrom(origin: LonLat, previousEdge?: Int32Array): { start: AccessLeg; paths: ShortestPaths } {
    const legs = this.network.attachLegs(origin[0], origin[1]);
    const paths = multiSourceDijkstra(
      this.graph,
      legs.map((leg) => ({
        node: leg.node,
        minutes: accessMinutes(leg.accessKm),
        km: leg.accessKm,
        label: 0,
      })),
      undefined,
      previousEdge,
    );
    return { start: legs[0]!, paths };
  }

  /** Best of the place's egress legs and the direct local-road leg; endNode = -1 for the direct leg. */
  private travelTo(
    origin: LonLat,
    paths: ShortestPaths,
    place: EnginePlace,
  ): { minutes: number; km: number; endNode: number } {
    let [minutes, km, endNode] = [Infinity, Infinity, -1];
    for (const end of this.attachPlace(place)) {
      if (end.node < 0) continue;
      const t = paths.minutes[end.node]! + accessMinutes(end.accessKm);
      if (t < minutes) [minutes, km, endNode] = [t, paths.km[end.node]! + end.accessKm, end.node];
    }
    const straightM = haversineM(origin[0], origin[1], place.lon, place.lat);
    if (straightM <= DIRECT_MAX_KM * 1000) {
      const directKm = accessRoadKm(straightM);
      if (accessMinutes(directKm) < minutes) [minutes, km, endNode] = [accessMinutes(directKm), directKm, -1];
    }
    return { minutes, km, endNode };
  }

  /**
   * All aggregates (kommun, FA region, län, Sweden) of one scenario for the given places. Incremental:
   * the places are diffed against the previous request of the same key, and a few moved, added or closed
   * places (a drag) update only what they touch; the result equals scenarioFull's exactly.
   */
  scenario(key: ReachKey, places: readonly EnginePlace[]): ScenarioReach {
    if (!this.engine || !this.cellData || !this.levels) throw new Error("cells not loaded");
    // Most recently used last; each state holds ≈ 20 MB for the national data (typed arrays and the
    // direct legs of every place).
    let state = this.incremental.get(key);
    this.incremental.delete(key);
    state ??= new IncrementalScenario(this.network, this.cellData, this.levels, this.engine);
    this.incremental.set(key, state);
    if (this.incremental.size > MAX_INCREMENTAL_STATES)
      this.incremental.delete(this.incremental.keys().next().value!);
    const reach = state.update(places.filter((p) => inScenario(key, p)));
    this.lastScenarioMode = state.lastMode;
    return reach;
  }

  /** The same aggregates from scratch, without touching the incremental state (the bench's baseline). */
  scenarioFull(key: ReachKey, places: readonly EnginePlace[]): ScenarioReach {
    if (!this.engine || !this.cellData || !this.levels) throw new Error("cells not loaded");
    return scenarioReach(
      this.engine,
      this.cellData,
      this.levels,
      places.filter((p) => inScenario(key, p)),
    );
  }

  /**
   * The area within `minutes` of the nearest of `places` (isobands over a regular lon/lat grid whose
   * values are the model's minutes at each grid point), simplified for drawing. `cellDeg` sets the grid
   * step in degrees.
   */
  reachArea(
    places: readonly EnginePlace[],
    minutes: number,
    // Finer for one place (a town's surroundings), coarser for a whole kind (the country).
    cellDeg = places.length > 20 ? 0.05 : 0.02,
  ): Feature<MultiPolygon> | null {
    if (places.length === 0) return null;
    const paths = multiSourceDijkstra(this.graph, placeSources(this.network, places));
    // Only the box the fastest car could reach: 110 km/h for `minutes`, around every place.
    const reachDeg = ((minutes / 60) * 110) / 111;
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of places) {
      w = Math.min(w, p.lon - reachDeg * 2.2);
      e = Math.max(e, p.lon + reachDeg * 2.2);
      s = Math.min(s, p.lat - reachDeg);
      n = Math.max(n, p.lat + reachDeg);
    }
    [w, s, e, n] = [Math.max(w, 10.5), Math.max(s, 55), Math.min(e, 24.5), Math.min(n, 69.2)];
    const grid = pointGrid([w, s, e, n], cellDeg, { units: "degrees" }) as unknown as {
      type: "FeatureCollection";
      features: Feature<Point, { minutes: number }>[];
    };
    const maxAccessM = Math.min(50_000, ((minutes / 60) * ACCESS_SPEED_KMH * 1000) / ACCESS_CIRCUITY);
    // Direct local-road legs via a grid over the places, not a loop over every place per point.
    const placeGrid = new PointGrid(
      places.map((p) => p.lon),
      places.map((p) => p.lat),
      DIRECT_MAX_KM * 1000,
    );
    for (const f of grid.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      // A grid point farther than the fastest access leg could cover in `minutes` is outside anyway.
      // Every leg of multi-node attachment, as for the cells.
      let t = Infinity;
      for (const at of this.network.attachLegs(lon, lat, maxAccessM))
        if (at.node >= 0) t = Math.min(t, accessMinutes(at.accessKm) + paths.minutes[at.node]!);
      placeGrid.visit(lon, lat, DIRECT_MAX_KM * 1000, (_, d) => {
        if (d <= DIRECT_MAX_KM * 1000) t = Math.min(t, accessMinutes(accessRoadKm(d)));
      });
      f.properties = { minutes: Number.isFinite(t) ? t : 1e6 };
    }
    const bands = isobands(grid, [0, minutes], { zProperty: "minutes" });
    const band = bands.features[0];
    if (!band || band.geometry.coordinates.length === 0) return null;
    return simplify(band as Feature<MultiPolygon>, {
      tolerance: cellDeg / 4,
      highQuality: false,
    }) as Feature<MultiPolygon>;
  }
}
