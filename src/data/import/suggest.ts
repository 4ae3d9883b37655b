// Suggestions for a name that matched nothing: the closest candidates, only when they are close enough
// to be a plausible typo. They are shown to the user and never applied.
import { closestNames, editDistance, foldName } from "../names.ts";

export function suggest(value: string, candidates: readonly string[], limit = 3): string[] {
  const folded = foldName(value);
  if (folded === "") return [];
  const allowed = Math.max(2, Math.floor(folded.length / 3));
  return closestNames(value, candidates, limit).filter(
    (candidate) => editDistance(folded, foldName(candidate)) <= allowed,
  );
}
