// Why: the jobseeker finder suggests places on every keystroke, so the lookup must stay well under a frame
// (≤ 5 ms) over ~3,500 place names and ~18,800 postnummer. Names are folded once at build time
// (normalize.ts) and kept sorted, so exact, prefix and word-prefix matches are binary searches; only when
// those leave room in the suggestion list does a bounded edit-distance scan look for typos. Pure: no DOM,
// React or map imports, so the same code runs in scripts, tests, the worker and the UI.
import { parsePostnummer, postnummerDigits, searchKey } from "./normalize.ts";

export { parsePostnummer } from "./normalize.ts";

/** What a suggestion is: a kommun, a locality (tätort/postort), a city district, another named place, a postnummer. */
export type SearchKind = "kommun" | "locality" | "district" | "place" | "postnummer";

/**
 * What the position stands for:
 * - `kommun_seat`: a kommun, drawn at the seat GeoNames designates;
 * - `locality`: the point GeoNames gives the locality (or its postort);
 * - `district_centroid`: the area-weighted centroid of a Stockholm stadsdel polygon;
 * - `article_point`: a Wikipedia article's coordinate (a district's nominal point, a square, an airport);
 * - `postort`: a postnummer, drawn at its postort's point, which GeoNames shares among all codes of the
 *   postort; it is not the code's own area.
 */
export type SearchPrecision = "kommun_seat" | "locality" | "district_centroid" | "article_point" | "postort";

/** Where the position comes from. */
export type SearchSource = "geonames_cities500" | "geonames_postal" | "stockholm_stadsdelar" | "wikipedia";

export interface SearchEntry {
  /** Stable and unique: "kommun-2034", "postnummer-79490", "locality-1737-syssleback". */
  id: string;
  kind: SearchKind;
  /** What the list shows and what is matched: "Orsa", "Sysslebäck", "794 90 Orsa". */
  label: string;
  /** Second line: the län name for a kommun, else the kommun name (or the postal file's län when no kommun). */
  detail: string;
  /** 4-digit SCB kommunkod, null when the source gives none. */
  kommunKod: string | null;
  /** [lon, lat], WGS84 degrees. */
  position: [number, number];
  precision: SearchPrecision;
  source: SearchSource;
  /** Inhabitants as the source states them (SCB for kommuner, GeoNames for localities); null if unknown. */
  population: number | null;
}

/** How the query matched, best first. */
export type SearchMatch = "exact" | "prefix" | "word_prefix" | "fuzzy";

export interface SearchHit {
  entry: SearchEntry;
  match: SearchMatch;
  /** Edit distance for `fuzzy` (adjacent transpositions count 1), else 0. */
  distance: number;
}

/** Entries that share one search key ("orsa": Orsa kommun and the locality Orsa), best first. */
interface NameGroup {
  key: string;
  entries: SearchEntry[];
  /** Largest known population in the group: bigger places rank first within a match tier. */
  size: number;
}

/** The start of a later word in a key: "frolunda" in "vastra frolunda". */
interface WordStart {
  suffix: string;
  group: number;
}

export interface SearchIndex {
  readonly entryCount: number;
  /** Sorted by key. */
  readonly groups: readonly NameGroup[];
  /** Sorted by suffix. */
  readonly wordStarts: readonly WordStart[];
  /** Postnummer entries sorted by their 5 digits. */
  readonly postnummer: readonly { digits: string; entry: SearchEntry }[];
}

/** Within one name, which source's entry is listed first when size does not decide. */
const SOURCE_ORDER: Record<SearchSource, number> = {
  geonames_cities500: 0,
  wikipedia: 1,
  stockholm_stadsdelar: 2,
  geonames_postal: 3,
};

export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  const byKey = new Map<string, SearchEntry[]>();
  const postnummer: { digits: string; entry: SearchEntry }[] = [];
  for (const entry of entries) {
    if (entry.kind === "postnummer") {
      postnummer.push({ digits: entry.label.replace(/\D/g, "").slice(0, 5), entry });
      continue;
    }
    const key = searchKey(entry.label);
    if (key === "") continue;
    const group = byKey.get(key);
    if (group) group.push(entry);
    else byKey.set(key, [entry]);
  }

  const groups: NameGroup[] = [...byKey]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([key, members]) => ({
      key,
      // A kommun first; then the bigger place; then the better-attested one (Skärholmen the Stockholm
      // stadsdel before the postal file's two codes that put a Skärholmen in Huddinge).
      entries: members.sort(
        (a, b) =>
          Number(b.kind === "kommun") - Number(a.kind === "kommun") ||
          (b.population ?? 0) - (a.population ?? 0) ||
          SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] ||
          a.detail.localeCompare(b.detail, "sv"),
      ),
      size: Math.max(...members.map((entry) => entry.population ?? 0)),
    }));

  const wordStarts: WordStart[] = [];
  groups.forEach(({ key }, group) => {
    for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1))
      wordStarts.push({ suffix: key.slice(i + 1), group });
  });
  wordStarts.sort((a, b) => compareStrings(a.suffix, b.suffix));
  postnummer.sort((a, b) => compareStrings(a.digits, b.digits));

  return {
    entryCount: entries.length,
    groups,
    wordStarts,
    postnummer,
  };
}

/** Edit distance allowed for a query of this many characters: none for 1–3, 1 for 4–6, 2 from 7. */
export function allowedTypos(queryLength: number): number {
  return queryLength < 4 ? 0 : queryLength < 7 ? 1 : 2;
}

interface Candidate {
  group: NameGroup;
  match: SearchMatch;
  distance: number;
  /** A fuzzy match against a start of the key rather than the whole key (the user is still typing). */
  partial: boolean;
}

const MATCH_ORDER: Record<SearchMatch, number> = { exact: 0, prefix: 1, word_prefix: 2, fuzzy: 3 };

/**
 * Suggestions for what the user has typed so far, best first: a postnummer (or its first digits) lists
 * postnummer in order; a name lists exact > prefix > word-prefix > fuzzy matches, bigger places first
 * within each, a kommun before a locality of the same name.
 */
export function searchPlaces(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  if (limit <= 0) return [];
  const postnummer = parsePostnummer(query)?.replace(" ", "") ?? postnummerDigits(query);
  if (postnummer !== null) return searchPostnummer(index, postnummer, limit);

  const words = searchKey(query).split(" ");
  // "Härjedalens kommun": the word kommun names the kind, not the place.
  const key = (words.length > 1 ? words.filter((word) => word !== "kommun") : words).join(" ");
  if (key === "") return [];

  const candidates: Candidate[] = [];
  const seen = new Set<NameGroup>();
  const add = (group: NameGroup, match: SearchMatch, distance = 0, partial = false) => {
    if (seen.has(group)) return;
    seen.add(group);
    candidates.push({ group, match, distance, partial });
  };

  const { groups, wordStarts } = index;
  for (let i = lowerBound(groups, key, (g) => g.key); i < groups.length; i++) {
    const group = groups[i]!;
    if (!group.key.startsWith(key)) break;
    add(group, group.key === key ? "exact" : "prefix");
  }
  for (let i = lowerBound(wordStarts, key, (w) => w.suffix); i < wordStarts.length; i++) {
    const start = wordStarts[i]!;
    if (!start.suffix.startsWith(key)) break;
    add(groups[start.group]!, "word_prefix");
  }

  // Typos only matter when the exact and prefix tiers leave room: they would rank below them anyway.
  const found = candidates.reduce((sum, c) => sum + c.group.entries.length, 0);
  const typos = allowedTypos(key.length);
  if (found < limit && typos > 0) {
    const rows = new EditRows(key.length);
    for (const group of groups) {
      if (seen.has(group)) continue;
      rows.measure(key, group.key, typos);
      if (rows.full <= typos) add(group, "fuzzy", rows.full, false);
      else if (rows.prefix <= typos) add(group, "fuzzy", rows.prefix, true);
    }
  }

  candidates.sort(
    (a, b) =>
      MATCH_ORDER[a.match] - MATCH_ORDER[b.match] ||
      a.distance - b.distance ||
      Number(a.partial) - Number(b.partial) ||
      b.group.size - a.group.size ||
      compareStrings(a.group.key, b.group.key),
  );
  const hits: SearchHit[] = [];
  for (const { group, match, distance } of candidates) {
    for (const entry of group.entries) {
      if (hits.length === limit) return hits;
      hits.push({ entry, match, distance });
    }
  }
  return hits;
}

function searchPostnummer(index: SearchIndex, digits: string, limit: number): SearchHit[] {
  const { postnummer } = index;
  const hits: SearchHit[] = [];
  for (let i = lowerBound(postnummer, digits, (p) => p.digits); i < postnummer.length; i++) {
    const { digits: code, entry } = postnummer[i]!;
    if (!code.startsWith(digits) || hits.length === limit) break;
    hits.push({ entry, match: code === digits ? "exact" : "prefix", distance: 0 });
  }
  return hits;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition, "Götebrog" → "Göteborg" is
 * 1) between a query and a key, both for the whole key and for its best-matching start, reusing three
 * rows so a scan over thousands of keys allocates nothing. Gives up (reports limit + 1) once every cell of
 * a row exceeds the limit.
 */
class EditRows {
  private before: Int32Array;
  private previous: Int32Array;
  private current: Int32Array;

  constructor(queryLength: number) {
    // The outer loop runs over the key's characters; each row holds one cell per query character + 1.
    const width = queryLength + 1;
    this.before = new Int32Array(width);
    this.previous = new Int32Array(width);
    this.current = new Int32Array(width);
  }

  /** Distance of the query to the whole key, after measure(); limit + 1 means "more than the limit". */
  full = 0;
  /** Distance of the query to the best start of the key ("Götebr" to "göteborg" is 1). */
  prefix = 0;

  /** Sets `full` and `prefix` (fields, not a returned object: this runs for thousands of keys per keystroke). */
  measure(query: string, key: string, limit: number): void {
    const m = query.length;
    const over = limit + 1;
    // A whole-key match needs similar lengths; a prefix match needs the key to be long enough.
    this.full = over;
    this.prefix = over;
    if (key.length < m - limit) return;
    let before = this.before;
    let previous = this.previous;
    let current = this.current;
    for (let i = 0; i <= m; i++) previous[i] = i;
    // prefix: the best distance of the whole query to key.slice(0, j) over all j.
    let prefix = previous[m]!;
    for (let j = 1; j <= key.length; j++) {
      const keyChar = key.charCodeAt(j - 1);
      current[0] = j;
      let rowMin = j;
      for (let i = 1; i <= m; i++) {
        const queryChar = query.charCodeAt(i - 1);
        const cost = queryChar === keyChar ? 0 : 1;
        let value = Math.min(previous[i]! + 1, current[i - 1]! + 1, previous[i - 1]! + cost);
        if (
          i > 1 &&
          j > 1 &&
          queryChar === key.charCodeAt(j - 2) &&
          query.charCodeAt(i - 2) === keyChar &&
          before[i - 2]! + 1 < value
        )
          value = before[i - 2]! + 1;
        current[i] = value;
        if (value < rowMin) rowMin = value;
      }
      if (current[m]! < prefix) prefix = current[m]!;
      if (rowMin > limit) {
        this.prefix = Math.min(prefix, over);
        return;
      }
      // Rotate the rows without allocating.
      const spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    this.full = previous[m]!;
    this.prefix = prefix;
  }
}

/** First index whose key is ≥ `key` in code-unit order (keys are ASCII, so this is plain order). */
function lowerBound<T>(items: readonly T[], key: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(items[middle]!) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
