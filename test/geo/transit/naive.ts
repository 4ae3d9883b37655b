// The naive baseline: one forward RAPTOR per origin and departure minute, scanning every trip of every
// pattern in every round, with no reuse between minutes. Slow by design; the property test checks that
// the range search gives exactly its answers, and the bench measures the speed-up against it.
import type { RangeQuery } from "../../../src/geo/transit/raptor.ts";
import type { Timetable } from "../../../src/geo/transit/timetable.ts";

/** Door-to-door whole minutes (arrival rounded up to the minute) from origin o leaving at minute t; null if none within maxTripMin. */
export function naiveTravelMin(tt: Timetable, q: RangeQuery, o: number, tMin: number): number | null {
  const t = tMin * 60;
  const S = tt.stopCount;
  let ready = new Float64Array(S).fill(Infinity);
  for (let a = q.accessStart[o]!; a < q.accessStart[o + 1]!; a++)
    ready[q.accessStop[a]!] = Math.min(ready[q.accessStop[a]!]!, t + q.accessSeconds[a]!);
  let best = t + q.directSeconds[o]!;
  for (let k = 1; k <= q.rounds; k++) {
    const arrived = new Float64Array(S).fill(Infinity);
    for (let p = 0; p < tt.patternCount; p++) {
      const start = tt.patternStopStart[p]!;
      const n = tt.patternStopStart[p + 1]! - start;
      for (let j = tt.patternTripStart[p]!; j < tt.patternTripStart[p + 1]!; j++) {
        let boarded = false;
        for (let i = 0; i < n; i++) {
          const s = tt.patternStops[start + i]!;
          if (boarded && tt.canAlight[start + i])
            arrived[s] = Math.min(arrived[s]!, tt.arrival[tt.timesStart[j]! + i]!);
          if (!boarded && tt.canBoard[start + i] && tt.departure[tt.timesStart[j]! + i]! >= ready[s]!)
            boarded = true;
        }
      }
    }
    for (let s = 0; s < S; s++) best = Math.min(best, arrived[s]! + q.egressSeconds[s]!);
    const next = ready.slice();
    for (let s = 0; s < S; s++)
      for (let e = tt.transferStart[s]!; e < tt.transferStart[s + 1]!; e++)
        next[s] = Math.min(next[s]!, arrived[tt.transferFrom[e]!]! + tt.transferSeconds[e]!);
    ready = next;
  }
  if (best === Infinity) return null;
  const minutes = Math.ceil(best / 60) - tMin;
  return minutes <= q.maxTripMin ? minutes : null;
}
