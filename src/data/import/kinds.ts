// The kind column: which of the three kinds of meeting a row is, in the words people use, or the name of
// a Bilaga 3 service (which makes the row a provider carrying that service). Unknown words are rejected
// with the closest accepted words as suggestions; nothing is mapped by similarity alone.
import { foldName } from "../names.ts";
import type { ServiceName } from "./gazetteer.ts";
import { suggest } from "./suggest.ts";
import type { ImportedKind, RowProblem } from "./types.ts";

/** Accepted words per kind, folded (lower case, no diacritics). Documented in the help text. */
export const KIND_WORDS: Readonly<Record<ImportedKind, readonly string[]>> = {
  spontaneous: [
    "spontaneous",
    "spontan",
    "spontanbesok",
    "spontana besok",
    "spontaneous visit",
    "spontaneous visits",
    "servicekontor",
    "statligt servicekontor",
    "service office",
  ],
  booked: [
    "booked",
    "bokad",
    "bokat",
    "bokade",
    "bokat mote",
    "bokade moten",
    "booked meeting",
    "booked meetings",
    "kontor",
    "office",
    "arbetsformedlingen",
    "samarbetslosning",
  ],
  provider: [
    "provider",
    "providers",
    "leverantor",
    "leverantorer",
    "anordnare",
    "utforare",
    "avtalad",
    "avtalad leverantor",
    "contracted provider",
  ],
};

/** The words suggested for an unknown kind, as people write them. */
const SUGGESTED_WORDS = [
  "spontanbesök",
  "servicekontor",
  "bokat möte",
  "kontor",
  "leverantör",
  "anordnare",
  "spontaneous",
  "booked",
  "provider",
];

const KIND_BY_WORD = new Map<string, ImportedKind>(
  Object.entries(KIND_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind as ImportedKind])),
);

export type KindResult =
  { ok: true; kind: ImportedKind; service: string | null } | { ok: false; problem: RowProblem };

/** A Bilaga 3 service by its full name, its name without the code, or the code: "KROM", "rusta och matcha". */
export function findService(services: readonly ServiceName[], value: string): ServiceName | null {
  const folded = foldName(value);
  const withoutCode = foldName(value.replace(/\(.*?\)/g, " "));
  const code = /\(([^)]*)\)/.exec(value)?.[1];
  return (
    services.find(
      (s) =>
        foldName(s.name) === folded ||
        (foldName(s.name) === withoutCode && (code === undefined || foldName(code) === foldName(s.code))) ||
        foldName(s.code) === folded,
    ) ?? null
  );
}

export function readKind(value: string, services: readonly ServiceName[]): KindResult {
  if (value.trim() === "") return { ok: false, problem: { code: "empty_kind" } };
  const kind = KIND_BY_WORD.get(foldName(value));
  if (kind) return { ok: true, kind, service: null };
  const service = findService(services, value);
  if (service) return { ok: true, kind: "provider", service: service.name };
  const candidates = [...SUGGESTED_WORDS, ...services.map((s) => s.name)];
  return {
    ok: false,
    problem: { code: "unknown_kind", value: value.trim(), suggestions: suggest(value, candidates) },
  };
}
