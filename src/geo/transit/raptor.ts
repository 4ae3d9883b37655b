// Reverse multi-target range RAPTOR. For every arrival deadline τ (whole minutes, earliest first) it finds
// the latest time one can leave each stop and still reach a target place by τ with at most `rounds`
// rides; an origin (a cell) that departs at minute t arrives at the first τ whose latest departure from it
// is ≥ t. Labels only grow as τ grows, so each deadline starts from the previous one's labels and scans
// only the patterns whose stops improved (Conveyal's range RAPTOR, run backwards from the places).
import type { Timetable } from "./timetable.ts";

/** Where a search starts and ends: the walks from origins to stops and from stops to target places. */
export interface RangeQuery {
  /** Origin o walks to accessStop[accessStart[o] … accessStart[o + 1]) in accessSeconds. */
  accessStart: Int32Array;
  accessStop: Int32Array;
  accessSeconds: Float64Array;
  /** Walking straight to the nearest target: seconds (Infinity if none in reach) and the target index. */
  directSeconds: Float64Array;
  directTarget: Int32Array;
  /** Per stop: walk to the nearest target, seconds (Infinity if none in reach), and the target index. */
  egressSeconds: Float64Array;
  egressTarget: Int32Array;
  /** Departure minutes firstDepartureMin, +1, … (departures of them), minutes after midnight. */
  firstDepartureMin: number;
  departures: number;
  /** Longest journey, minutes: later arrivals are no connection. */
  maxTripMin: number;
  /** Most vehicles per journey (transfers + 1). */
  rounds: number;
}

export const NO_CONNECTION = 0xffff;

export interface RangeResult {
  /** Door-to-door minutes of origin o departing at minute d: travelMin[o × departures + d]; NO_CONNECTION if none. */
  travelMin: Uint16Array;
  /** The target reached, same layout; −1 if none. */
  target: Int32Array;
  /** Pattern scans done (a measure of the work, for the bench). */
  patternScans: number;
}

export function rangeRaptor(tt: Timetable, q: RangeQuery): RangeResult {
  const origins = q.directSeconds.length;
  const D = q.departures;
  const rounds = q.rounds;
  const S = tt.stopCount;
  const travelMin = new Uint16Array(origins * D).fill(NO_CONNECTION);
  const target = new Int32Array(origins * D).fill(-1);

  // alight[k][s]: latest time to arrive at s by vehicle (or on foot at the end) and still reach a target
  // with k more rides; board[k][s]: latest departure from s reaching a target with ≤ k rides, seconds.
  // Labels are kept per round: a label of the previous deadline may need more rides than this round allows,
  // so only a same-round label can prune.
  const alight = Array.from({ length: rounds }, () => new Float64Array(S).fill(-Infinity));
  const alightTarget = Array.from({ length: rounds }, () => new Int32Array(S).fill(-1));
  const board = Array.from({ length: rounds + 1 }, () => new Float64Array(S).fill(-Infinity));
  const boardTarget = Array.from({ length: rounds + 1 }, () => new Int32Array(S).fill(-1));
  const bestBoard = board[rounds]!;
  const bestBoardTarget = boardTarget[rounds]!;
  const marked = Array.from({ length: rounds }, () => new Uint8Array(S));
  const markedList: number[][] = Array.from({ length: rounds }, () => []);
  const patternMarked = new Uint8Array(tt.patternCount);
  const boardImproved: number[] = [];
  const boardFlag = new Uint8Array(S);
  let patternScans = 0;

  const improveAlight = (k: number, s: number, value: number, tgt: number) => {
    if (value <= alight[k]![s]!) return;
    // A journey with fewer rides is allowed wherever more are: carry the label to every later round.
    for (let j = k; j < rounds; j++)
      if (value > alight[j]![s]!) {
        alight[j]![s] = value;
        alightTarget[j]![s] = tgt;
      }
    if (!marked[k]![s]) {
      marked[k]![s] = 1;
      markedList[k]!.push(s);
    }
  };

  const egressStops: number[] = [];
  for (let s = 0; s < S; s++) if (Number.isFinite(q.egressSeconds[s]!)) egressStops.push(s);
  const next = new Int32Array(origins); // first unresolved departure of each origin
  const firstSec = q.firstDepartureMin * 60;
  const lastTau = q.firstDepartureMin + D - 1 + q.maxTripMin;

  for (let tauMin = q.firstDepartureMin; tauMin <= lastTau; tauMin++) {
    const tau = tauMin * 60;
    for (const s of egressStops) improveAlight(0, s, tau - q.egressSeconds[s]!, q.egressTarget[s]!);

    for (let k = 1; k <= rounds; k++) {
      const fromRound = k - 1;
      const list = markedList[fromRound]!;
      if (list.length === 0) break;
      const patterns: number[] = [];
      for (const s of list) {
        marked[fromRound]![s] = 0;
        for (let i = tt.stopPatternStart[s]!; i < tt.stopPatternStart[s + 1]!; i++) {
          const p = tt.stopPatterns[i]!;
          if (!patternMarked[p]) {
            patternMarked[p] = 1;
            patterns.push(p);
          }
        }
      }
      list.length = 0;
      const alightBefore = alight[fromRound]!;
      const alightBeforeTarget = alightTarget[fromRound]!;
      const boardK = board[k]!;
      for (const p of patterns) {
        patternMarked[p] = 0;
        patternScans++;
        const stopStart = tt.patternStopStart[p]!;
        const n = tt.patternStopStart[p + 1]! - stopStart;
        const tripFirst = tt.patternTripStart[p]!;
        const tripEnd = tt.patternTripStart[p + 1]!;
        let trip = -1; // current pattern-trip (latest one usable), −1 none
        let tripTarget = -1;
        // Backwards along the pattern: board the current trip here, or alight here from a later trip.
        for (let i = n - 1; i >= 0; i--) {
          const s = tt.patternStops[stopStart + i]!;
          if (trip >= 0 && tt.canBoard[stopStart + i]) {
            const dep = tt.departure[tt.timesStart[trip]! + i]!;
            if (dep > boardK[s]!) {
              for (let j = k; j <= rounds; j++)
                if (dep > board[j]![s]!) {
                  board[j]![s] = dep;
                  boardTarget[j]![s] = tripTarget;
                }
              if (!boardFlag[s]) {
                boardFlag[s] = 1;
                boardImproved.push(s);
              }
            }
          }
          const latest = alightBefore[s]!;
          if (latest === -Infinity || !tt.canAlight[stopStart + i]) continue;
          // Latest trip arriving here by `latest`; FIFO order makes arrival non-decreasing in the trip.
          let lo = trip < 0 ? tripFirst : trip + 1;
          let hi = tripEnd - 1;
          let found = -1;
          while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (tt.arrival[tt.timesStart[mid]! + i]! <= latest) {
              found = mid;
              lo = mid + 1;
            } else hi = mid - 1;
          }
          if (found >= 0) {
            trip = found;
            tripTarget = alightBeforeTarget[s]!;
          }
        }
      }
      // Walk before boarding: whoever alights at `from` and walks to s may board there.
      for (const s of boardImproved) {
        boardFlag[s] = 0;
        if (k === rounds) continue;
        for (let e = tt.transferStart[s]!; e < tt.transferStart[s + 1]!; e++)
          improveAlight(k, tt.transferFrom[e]!, boardK[s]! - tt.transferSeconds[e]!, boardTarget[k]![s]!);
      }
      boardImproved.length = 0;
    }
    for (let r = 0; r < rounds; r++) {
      for (const s of markedList[r]!) marked[r]![s] = 0;
      markedList[r]!.length = 0;
    }

    // Origins: the latest departure from home that still arrives by τ.
    for (let o = 0; o < origins; o++) {
      let d = next[o]!;
      if (d >= D) continue;
      let latest = tau - q.directSeconds[o]!;
      let tgt = q.directTarget[o]!;
      for (let a = q.accessStart[o]!; a < q.accessStart[o + 1]!; a++) {
        const v = bestBoard[q.accessStop[a]!]! - q.accessSeconds[a]!;
        if (v > latest) {
          latest = v;
          tgt = bestBoardTarget[q.accessStop[a]!]!;
        }
      }
      while (d < D && firstSec + d * 60 <= latest) {
        travelMin[o * D + d] = tauMin - q.firstDepartureMin - d;
        target[o * D + d] = tgt;
        d++;
      }
      // Departures whose horizon has passed stay NO_CONNECTION.
      while (d < D && tauMin - (q.firstDepartureMin + d) >= q.maxTripMin) d++;
      next[o] = d;
    }
  }
  return { travelMin, target, patternScans };
}
