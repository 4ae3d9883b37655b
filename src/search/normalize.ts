// Why: a jobseeker types on a phone, often without å/ä/ö, sometimes as "ae"/"oe", and the search must
// still find "Örebro" from "Orebro" or "Oerebro". Names and queries go through the same fold, so every
// comparison in searchIndex.ts is between plain ASCII keys and the matching code never sees diacritics.

/** Letters that Unicode decomposition does not split into base letter + mark. */
const LIGATURES: Record<string, string> = { æ: "a", ø: "o", œ: "o", ß: "ss", ð: "d", þ: "th", ł: "l" };

/**
 * The search key of a name or query: lower case, diacritics dropped (å/ä → a, ö → o, é → e), the digraph
 * spellings ae/oe/aa read as a/o/a ("Goeteborg", "Haerjedalen"), and any run of other characters folded to
 * one space: "Malung-Sälen" → "malung salen". Applied to both sides, so a genuine "ae" in a name still
 * matches itself.
 */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøœßðþł]/g, (char) => LIGATURES[char] ?? char)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ae|oe|aa/g, (digraph) => digraph[0] ?? "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * A Swedish postnummer in its written form "NNN NN" when the query starts with one, with or without the
 * space ("79490", "794 90", "794 90 Orsa"); otherwise null.
 */
export function parsePostnummer(query: string): string | null {
  const match = /^\s*(\d{3})\s?(\d{2})(?!\d)/.exec(query);
  return match ? `${match[1]} ${match[2]}` : null;
}

/**
 * The digits of a postnummer being typed: "79", "794 ", "794 9" → "79", "794", "7949"; null unless the
 * query is 1–5 digits with at most one space after the third.
 */
export function postnummerDigits(query: string): string | null {
  const trimmed = query.trim();
  if (!/^\d{1,3}(\s?\d{1,2})?$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\s/g, "");
  // "79 490" is not how a postnummer is written; a space is only allowed after the third digit.
  return /\s/.test(trimmed) && trimmed.indexOf(" ") !== 3 ? null : digits;
}
