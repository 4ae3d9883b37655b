// Messages between the UI and the transit worker. A feed is loaded once (unpacked, parsed, validated and
// kept in the worker's memory), then computed as often as the options change; "clear" forgets it.
import type { TransitLoadProblem } from "../state/transit/transitProblems.ts";
import type {
  TransitFeedMeta,
  TransitKind,
  TransitKindFigures,
  TransitNotice,
} from "../state/transit/transitTypes.ts";

/** A file as the user chose it; `name` keeps the folder path of a folder pick (webkitRelativePath). */
export interface TransitSourceBlob {
  name: string;
  blob: Blob;
}

export interface TransitRunOptions {
  /** YYYY-MM-DD */
  serviceDate: string;
  /** Departure window, minutes after midnight of the service date. */
  window: { fromMin: number; toMin: number };
  /** Include route_type 1501 (närtrafik, booked in advance). */
  includeDemandResponsive: boolean;
}

export interface TransitValidation {
  errors: number;
  warnings: number;
  notices: TransitNotice[];
}

export interface TransitLoaded {
  feed: TransitFeedMeta;
  validation: TransitValidation;
  /** The core's default options for this feed (an ordinary Wednesday, 07:00–09:00, no 1501). */
  defaults: TransitRunOptions;
  /** The feed's route types, to say in words what it lacks (no rail, …). */
  routeTypes: number[];
}

export interface TransitComputed {
  options: TransitRunOptions;
  excludedRouteTypes: number[];
  kommunKoder: string[];
  cells: number;
  departures: number;
  figures: Record<TransitKind, Record<string, TransitKindFigures>>;
}

export type TransitLoadOutcome =
  | ({ ok: true } & TransitLoaded)
  | { ok: false; problem: TransitLoadProblem; validation: TransitValidation | null };

export type TransitRequest =
  | { id: number; type: "load"; files: TransitSourceBlob[] }
  | { id: number; type: "compute"; options: TransitRunOptions }
  | { id: number; type: "clear" };

export type TransitReply =
  | ({ id: number; type: "loaded" } & TransitLoaded)
  | { id: number; type: "failed"; problem: TransitLoadProblem; validation: TransitValidation | null }
  | { id: number; type: "computed"; result: TransitComputed; ms: number }
  | { id: number; type: "cleared" }
  | { id: number; type: "error"; reason: string };
