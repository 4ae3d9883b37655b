// The planner's public-transport state: which figures are shown (the build's feed from summary.json, or
// a feed loaded in the browser), for the planner's kind of meeting; the rows, footnote 48 and the
// no-connection count; and the transit indicator the planner's map shows instead of the car's.
import { useMemo, useState } from "react";
import type { Summary } from "../../data/schema";
import type { TransitRunOptions, TransitValidation } from "../../worker/transitProtocol";
import {
  transitClasses,
  transitFiguresFromSummary,
  transitFootnote48,
  transitRows,
  type TransitFigures,
  type TransitIndicator,
  type TransitKind,
} from "./transitFigures";
import type { TransitFeedMeta, TransitKindFigures } from "./transitTypes";
import { useTransitFeed } from "./useTransitFeed";

export type TransitSource = "build" | "loaded";

/** What the section says about the figures it shows: which feed, day, window and what was left out. */
export interface TransitShown {
  source: TransitSource;
  feed: TransitFeedMeta;
  options: TransitRunOptions;
  excludedRouteTypes: number[];
  /** The feed's route types when known (a loaded feed), for "no trains" etc. */
  routeTypes: number[] | null;
  /** Gaps its source documents, as codes (summary.transit.gaps): the build's feed, or the same feed loaded. */
  gaps: string[];
  validation: TransitValidation;
  kommunKoder: string[];
}

function figuresFromRecord(record: Record<string, TransitKindFigures>): TransitFigures {
  return new Map(Object.entries(record));
}

export function useTransitPlanner(summary: Summary, plannerKind: string) {
  const feed = useTransitFeed();
  const kind: TransitKind = plannerKind === "spontaneous" ? "spontaneous" : "booked";
  const [preferred, setSource] = useState<TransitSource>("loaded");
  const [indicator, setIndicator] = useState<TransitIndicator | null>(null);

  const build = summary.transit ?? null;
  const loaded = feed.state.status === "loaded" && feed.state.computed !== null ? feed.state : null;
  const source: TransitSource | null =
    loaded !== null && (preferred === "loaded" || build === null) ? "loaded" : build ? "build" : null;

  const shown = useMemo<TransitShown | null>(() => {
    if (source === "loaded" && loaded) {
      const { result } = loaded.computed!;
      const { feed } = loaded.loaded;
      // The build's feed loaded again: what its SOURCES.md says still holds (and its licence line).
      const same = build !== null && build.feed.id === feed.id && build.feed.feedVersion === feed.feedVersion;
      return {
        source,
        feed: same ? { ...feed, attribution: build.feed.attribution } : feed,
        gaps: same ? build.gaps : [],
        options: result.options,
        excludedRouteTypes: result.excludedRouteTypes,
        routeTypes: loaded.loaded.routeTypes,
        validation: loaded.loaded.validation,
        kommunKoder: result.kommunKoder,
      };
    }
    if (source === "build" && build)
      return {
        source,
        feed: build.feed,
        options: {
          serviceDate: build.serviceDate,
          window: build.window,
          includeDemandResponsive: !build.excludedRouteTypes.includes(1501),
        },
        excludedRouteTypes: build.excludedRouteTypes,
        routeTypes: null,
        gaps: build.gaps,
        validation: build.validation,
        kommunKoder: build.kommunKoder,
      };
    return null;
  }, [source, loaded, build]);

  const figuresOf = useMemo(() => {
    const computed = source === "loaded" && loaded ? loaded.computed!.result.figures : null;
    return (k: TransitKind): TransitFigures =>
      computed ? figuresFromRecord(computed[k]) : transitFiguresFromSummary(summary, k);
  }, [source, loaded, summary]);

  const figures = useMemo(() => figuresOf(kind), [figuresOf, kind]);
  const bookedFigures = useMemo(() => figuresOf("booked"), [figuresOf]);
  const rows = useMemo(() => transitRows(summary, kind, figures), [summary, kind, figures]);
  const footnote48 = useMemo(() => transitFootnote48(summary, bookedFigures), [summary, bookedFigures]);
  const noConnection = useMemo(() => {
    const withPeople = rows.filter((r) => r.transit.noConnectionPopulation > 0);
    return {
      kommuner: withPeople.length,
      people: withPeople.reduce((sum, r) => sum + r.transit.noConnectionPopulation, 0),
    };
  }, [rows]);

  const kommunKoder = useMemo(() => summary.kommuner.map((k) => k.kod), [summary]);
  const classes = useMemo(
    () => (indicator === null || shown === null ? null : transitClasses(kommunKoder, figures, indicator)),
    [indicator, shown, kommunKoder, figures],
  );

  return {
    feed,
    kind,
    source,
    setSource,
    hasBuild: build !== null,
    shown,
    rows,
    footnote48,
    noConnection,
    indicator: shown === null ? null : indicator,
    setIndicator,
    classes,
  };
}

export type TransitPlanner = ReturnType<typeof useTransitPlanner>;
