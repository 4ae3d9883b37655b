import type { SummaryCounts } from "../data/schema";

/**
 * Flat names for every figure in SummaryCounts, e.g. "kommuner" or "servicekontor.planned".
 * Derived from the schema so that a new count is a compile error until it has a label in i18n.
 */
export type CountKey = {
  [K in keyof SummaryCounts & string]: SummaryCounts[K] extends number
    ? K
    : `${K}.${keyof SummaryCounts[K] & string}`;
}[keyof SummaryCounts & string];
