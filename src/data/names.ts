// Name matching helpers. They only ever *suggest*: the pipeline never applies a suggestion silently;
// a correction has to be written into data/corrections.csv with its evidence.

/** Lower case, diacritics removed, punctuation folded to single spaces: "Malung-Sälen" → "malung salen". */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Levenshtein edit distance (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The `limit` candidates closest to `name` (on folded names), nearest first, ties alphabetical. */
export function closestNames(name: string, candidates: readonly string[], limit = 3): string[] {
  const folded = foldName(name);
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(folded, foldName(candidate)) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate, "sv"))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/** URL-safe ASCII slug: "Västra Frölunda" → "vastra-frolunda". */
export function slug(text: string): string {
  return foldName(text).replace(/ /g, "-");
}
