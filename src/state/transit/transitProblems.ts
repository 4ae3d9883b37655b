// Why a feed loaded in the browser could not be used: a problem with the files handed over (zip,
// folder), or a feed whose errors leave nothing to route on (the validation report says which).
import type { GtfsArchiveProblem } from "../../data/gtfsArchive";

export type TransitLoadProblem = GtfsArchiveProblem | { reason: "invalid" };
