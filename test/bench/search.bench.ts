// Why: the finder searches on every keystroke, on the main thread, within a 5 ms budget on a 2-core
// machine. This times the index on the real data, typing whole names one character at a time, against a
// naive baseline measured in the same run: a linear scan computing the edit distance to every entry.
// Run alone: npx tsx test/bench/search.bench.ts
import { pathToFileURL } from "node:url";
import { loadSearchSources } from "../../scripts/build-search.ts";
import { dataDir } from "../../scripts/load-sources.ts";
import { editDistance } from "../../src/data/names.ts";
import { buildSearchEntries } from "../../src/search/entries.ts";
import { searchKey } from "../../src/search/normalize.ts";
import { buildSearchIndex, searchPlaces, type SearchEntry } from "../../src/search/searchIndex.ts";

/** Names typed one character at a time; some with the typos and missing diacritics users make. */
const TYPED = [
  "Östersund",
  "orebro",
  "794 90",
  "Götebrog",
  "Sysseleback",
  "Rosengard",
  "Stockholm",
  "Harjedalen",
  "Malung-Sälen",
  "Västra Frölunda",
  "Kista",
  "Östersnd",
  "Haparanda",
  "11453",
];
const ROUNDS = 20;
const BASELINE_ROUNDS = 2;

function keystrokes(): string[] {
  return TYPED.flatMap((name) => Array.from({ length: name.length }, (_, i) => name.slice(0, i + 1)));
}

/** The naive way: fold the query, edit distance to every entry's folded label, best 8. */
function naiveSearch(keys: readonly string[], entries: readonly SearchEntry[], query: string): SearchEntry[] {
  const key = searchKey(query);
  return keys
    .map((entryKey, i) => ({ distance: editDistance(key, entryKey), i }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 8)
    .map(({ i }) => entries[i]!);
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const ms = (value: number) => value.toFixed(3);

export async function benchSearch(): Promise<string[]> {
  const { entries, issues } = buildSearchEntries(loadSearchSources(), dataDir);
  if (issues.length > 0)
    throw new Error(`search sources have ${issues.length} issue(s); run scripts/build-search.ts`);
  let index = buildSearchIndex(entries);
  const buildMs = time(() => (index = buildSearchIndex(entries)));
  const queries = keystrokes();

  for (const query of queries) searchPlaces(index, query); // warm-up: let the JIT compile the hot paths
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const query of queries) samples.push(time(() => searchPlaces(index, query)));
  samples.sort((a, b) => a - b);

  const keys = entries.map((entry) => searchKey(entry.label));
  naiveSearch(keys, entries, queries[0]!);
  const baselineSamples: number[] = [];
  for (let round = 0; round < BASELINE_ROUNDS; round++)
    for (const query of queries) baselineSamples.push(time(() => naiveSearch(keys, entries, query)));
  baselineSamples.sort((a, b) => a - b);

  const median = quantile(samples, 0.5);
  const baseline = quantile(baselineSamples, 0.5);
  return [
    `search: ${entries.length} entries, index built in ${ms(buildMs)} ms; ${queries.length} keystrokes × ${ROUNDS} rounds`,
    `search: keystroke median=${ms(median)} p95=${ms(quantile(samples, 0.95))} max=${ms(samples.at(-1) ?? NaN)} ` +
      `baseline=${ms(baseline)} ratio=${(baseline / median).toFixed(1)}`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  for (const line of await benchSearch()) console.log(line);
