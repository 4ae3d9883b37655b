// A uniform grid over points for nearest-neighbour and radius queries. Points are [lon, lat]; the grid
// works in degrees scaled per latitude band, distances in metres (haversine).
import { haversineM } from "./distance.ts";

const RAD = Math.PI / 180;
const M_PER_DEG_LAT = 111_195;

export class PointGrid {
  private readonly cellDegLat: number;
  private readonly cellDegLon: number;
  private readonly buckets = new Map<number, number[]>();
  private readonly lons: ArrayLike<number>;
  private readonly lats: ArrayLike<number>;

  /**
   * @param lons, lats the points (index i = point i)
   * @param cellM bucket size in metres (at latitude 62, the middle of Sweden)
   * @param include optional filter: only points for which it returns true are indexed
   */
  constructor(
    lons: ArrayLike<number>,
    lats: ArrayLike<number>,
    cellM: number,
    include: (i: number) => boolean = () => true,
  ) {
    this.lons = lons;
    this.lats = lats;
    this.cellDegLat = cellM / M_PER_DEG_LAT;
    this.cellDegLon = cellM / (M_PER_DEG_LAT * Math.cos(62 * RAD));
    for (let i = 0; i < lons.length; i++) {
      if (!include(i)) continue;
      const key = this.key(this.col(lons[i]!), this.row(lats[i]!));
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = []));
      bucket.push(i);
    }
  }

  private col(lon: number): number {
    return Math.floor(lon / this.cellDegLon);
  }
  private row(lat: number): number {
    return Math.floor(lat / this.cellDegLat);
  }
  private key(col: number, row: number): number {
    return (col + 100_000) * 200_000 + (row + 100_000);
  }

  /** Calls `fn(index, distanceM)` for every point in the buckets that can lie within `radiusM`. */
  visit(lon: number, lat: number, radiusM: number, fn: (i: number, distanceM: number) => void): void {
    const dRow = Math.ceil(radiusM / M_PER_DEG_LAT / this.cellDegLat);
    // Buckets are narrower in metres north of 62°, wider south of it: widen the column span to match.
    const cosLat = Math.max(0.2, Math.cos(Math.min(89, Math.abs(lat) + (dRow + 1) * this.cellDegLat) * RAD));
    const dCol = Math.ceil(radiusM / (M_PER_DEG_LAT * cosLat) / this.cellDegLon);
    const c0 = this.col(lon);
    const r0 = this.row(lat);
    for (let c = c0 - dCol; c <= c0 + dCol; c++)
      for (let r = r0 - dRow; r <= r0 + dRow; r++) {
        const bucket = this.buckets.get(this.key(c, r));
        if (!bucket) continue;
        for (const i of bucket) fn(i, haversineM(lon, lat, this.lons[i]!, this.lats[i]!));
      }
  }

  /**
   * The nearest indexed point to [lon, lat] within `maxM`, or -1. Searches growing rings of buckets; ties
   * go to the lower index so results never depend on insertion order.
   */
  nearest(lon: number, lat: number, maxM: number): { index: number; distanceM: number } {
    let best = -1;
    let bestD = Infinity;
    const cellM = this.cellDegLat * M_PER_DEG_LAT;
    for (let radius = cellM; ; radius *= 2) {
      const r = Math.min(radius, maxM);
      this.visit(lon, lat, r, (i, d) => {
        if (d < bestD || (d === bestD && i < best)) {
          bestD = d;
          best = i;
        }
      });
      // A point found within r is final: everything within r has been visited.
      if (bestD <= r || r >= maxM) break;
    }
    return bestD <= maxM ? { index: best, distanceM: bestD } : { index: -1, distanceM: Infinity };
  }
}
