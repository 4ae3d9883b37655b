// The core's types (src/geo/transit/types.ts) under the names the UI uses.
export type {
  FeedInfo as TransitFeedMeta,
  GtfsNoticeSummary as TransitNotice,
  TransitKind,
  TransitReachStats as TransitKindFigures,
  TransitSummary,
} from "../../geo/transit/types";
