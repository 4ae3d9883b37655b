// A GTFS feed loaded in the browser: the files go to the transit worker (unpacked, read, validated, kept
// there in memory), the figures are computed with the feed's default options at once, and again when the
// user changes the service date, the window or närtrafik. Components call this hook, never the worker.
// Nothing is stored: a reload forgets the feed.
import { useCallback, useRef, useState } from "react";
import { transitClient } from "../../worker/transitClient";
import type {
  TransitComputed,
  TransitLoaded,
  TransitRunOptions,
  TransitSourceBlob,
  TransitValidation,
} from "../../worker/transitProtocol";
import type { TransitLoadProblem } from "./transitProblems";

export type TransitFeedState =
  | { status: "idle" }
  | { status: "reading"; fileName: string }
  | {
      status: "failed";
      fileName: string;
      problem: TransitLoadProblem;
      validation: TransitValidation | null;
    }
  | {
      status: "loaded";
      fileName: string;
      loaded: TransitLoaded;
      options: TransitRunOptions;
      /**
       * The figures for `options`, or the previous ones while new ones are computed; `ms` is what the user
       * waited on the main thread's clock (reading the files included after a load).
       */
      computed: { result: TransitComputed; ms: number } | null;
      computing: boolean;
      error: string | null;
    }
  | { status: "error"; fileName: string; reason: string };

export interface TransitFeed {
  state: TransitFeedState;
  open: (files: TransitSourceBlob[]) => void;
  compute: (options: TransitRunOptions) => void;
  clear: () => void;
}

/** "feed.zip", "norrbotten/ (11 files)" or "stops.txt and 6 more": what the user chose, in a few words. */
export function describeChoice(files: readonly TransitSourceBlob[]): string {
  if (files.length === 1) return files[0]!.name;
  const folder = files[0]!.name.includes("/") ? files[0]!.name.slice(0, files[0]!.name.indexOf("/")) : null;
  const same = folder !== null && files.every((f) => f.name.startsWith(`${folder}/`));
  return same ? `${folder}/ (${files.length})` : `${files[0]!.name} + ${files.length - 1}`;
}

export function useTransitFeed(): TransitFeed {
  const [state, setState] = useState<TransitFeedState>({ status: "idle" });
  // Only the latest load or compute may change the state (a new file replaces an older one mid-way).
  const latest = useRef(0);

  const run = useCallback(
    (fileName: string, loaded: TransitLoaded, options: TransitRunOptions, started = performance.now()) => {
      const request = ++latest.current;
      setState((s) => ({
        status: "loaded",
        fileName,
        loaded,
        options,
        computed: s.status === "loaded" ? s.computed : null,
        computing: true,
        error: null,
      }));
      transitClient()
        .compute(options)
        .then(
          ({ result }) => {
            if (request !== latest.current) return;
            const computed = { result, ms: performance.now() - started };
            setState({
              status: "loaded",
              fileName,
              loaded,
              options,
              computed,
              computing: false,
              error: null,
            });
          },
          (error: Error) => {
            if (request !== latest.current) return;
            setState((s) => (s.status === "loaded" ? { ...s, computing: false, error: error.message } : s));
          },
        );
    },
    [],
  );

  const open = useCallback(
    (files: TransitSourceBlob[]) => {
      if (files.length === 0) return;
      const request = ++latest.current;
      const started = performance.now();
      const fileName = describeChoice(files);
      setState({ status: "reading", fileName });
      transitClient()
        .load(files)
        .then(
          (outcome) => {
            if (request !== latest.current) return;
            if (!outcome.ok) {
              setState({
                status: "failed",
                fileName,
                problem: outcome.problem,
                validation: outcome.validation,
              });
              return;
            }
            const loaded: TransitLoaded = {
              feed: outcome.feed,
              validation: outcome.validation,
              defaults: outcome.defaults,
              routeTypes: outcome.routeTypes,
            };
            run(fileName, loaded, loaded.defaults, started);
          },
          (error: Error) => {
            if (request === latest.current) setState({ status: "error", fileName, reason: error.message });
          },
        );
    },
    [run],
  );

  const compute = useCallback(
    (options: TransitRunOptions) => {
      if (state.status === "loaded") run(state.fileName, state.loaded, options);
    },
    [state, run],
  );

  const clear = useCallback(() => {
    latest.current++;
    setState({ status: "idle" });
    void transitClient().clear();
  }, []);

  return { state, open, compute, clear };
}
