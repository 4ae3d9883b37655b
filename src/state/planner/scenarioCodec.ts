// The scenario in the URL (`?view=planner&s=…`): a pure, compact codec for the planner's edit list.
// Only [0-9a-z] plus a few ASCII letters, so it needs no escaping. Nothing in `s` is ever evaluated: it
// is parsed into numbers and looked up in the loaded data, and anything else is rejected with a reason.
//
// Layout: "1" (version) + 4 chars base36 data fingerprint + one token per edit:
//   b|s KK XXX YYY   add a booked|spontaneous place in kommun KK at lon/lat XXX/YYY
//   m|M PP KK XXX YYY move base place PP (m) or added place PP (M)
//   c|C PP           close base place PP (c) or added place PP (C)
// PP: index of the base place (base36, 2 chars) or the number of an added place ("ny-N");
// KK: index of the kommun in summary.kommuner; XXX: (lon − 10°) / 0.001°; YYY: (lat − 54°) / 0.001°.
import { COORD_STEP_DEG, type PlannerEdit } from "./edits";

export interface CodecContext {
  /** Ids of the base places, in the order of meeting-places.geojson. */
  placeIds: readonly string[];
  /** Kommun codes in summary.kommuner order. */
  kommunKoder: readonly string[];
}

export type DecodeError =
  | { reason: "tooLong" }
  | { reason: "version" }
  | { reason: "dataChanged" }
  | { reason: "malformed"; at: number }
  | { reason: "unknownPlace"; at: number }
  | { reason: "outOfRange"; at: number };

export type DecodeResult = { ok: true; edits: PlannerEdit[] } | { ok: false; error: DecodeError };

const VERSION = "1";
export const MAX_ENCODED_LENGTH = 4000;
const LON0 = 10;
const LAT0 = 54;
/** Sweden and a margin: lon 10–25°, lat 54–70°. */
const MAX_X = 15_000;
const MAX_Y = 16_000;

/** FNV-1a over the place ids and kommun codes: a link made on other data is refused, not misread. */
export function fingerprint(context: CodecContext): string {
  let hash = 0x811c9dc5;
  const text = `${context.placeIds.join(",")}|${context.kommunKoder.join(",")}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, "0");
}

const b36 = (n: number, width: number) => n.toString(36).padStart(width, "0");

function coord(lon: number, lat: number): string {
  const x = Math.round((lon - LON0) / COORD_STEP_DEG);
  const y = Math.round((lat - LAT0) / COORD_STEP_DEG);
  if (x < 0 || x > MAX_X || y < 0 || y > MAX_Y) throw new RangeError(`point ${lon},${lat} outside Sweden`);
  return b36(x, 3) + b36(y, 3);
}

export function encodeScenario(edits: readonly PlannerEdit[], context: CodecContext): string {
  if (edits.length === 0) return "";
  const placeIndex = new Map(context.placeIds.map((id, i) => [id, i]));
  const kommunIndex = new Map(context.kommunKoder.map((kod, i) => [kod, i]));
  const kommun = (kod: string) => {
    const i = kommunIndex.get(kod);
    if (i === undefined) throw new RangeError(`unknown kommun ${kod}`);
    return b36(i, 2);
  };
  const place = (id: string, lower: string) => {
    const added = /^ny-(\d+)$/.exec(id);
    if (added) return lower.toUpperCase() + b36(Number(added[1]), 2);
    const i = placeIndex.get(id);
    if (i === undefined) throw new RangeError(`unknown place ${id}`);
    return lower + b36(i, 2);
  };
  let out = VERSION + fingerprint(context);
  for (const e of edits) {
    if (e.op === "add") {
      // Added ids are numbered in order, so the decoder can give them back.
      out += (e.kind === "booked" ? "b" : "s") + kommun(e.kommunKod) + coord(e.lon, e.lat);
    } else if (e.op === "move") out += place(e.placeId, "m") + kommun(e.kommunKod) + coord(e.lon, e.lat);
    else out += place(e.placeId, "c");
  }
  return out;
}

const B36 = /^[0-9a-z]+$/;

export function decodeScenario(encoded: string, context: CodecContext): DecodeResult {
  if (encoded.length > MAX_ENCODED_LENGTH) return { ok: false, error: { reason: "tooLong" } };
  if (encoded[0] !== VERSION) return { ok: false, error: { reason: "version" } };
  if (encoded.slice(1, 5) !== fingerprint(context)) return { ok: false, error: { reason: "dataChanged" } };
  const edits: PlannerEdit[] = [];
  const addedIds = new Set<string>();
  let addedCount = 0;
  let at = 5;
  const read = (width: number): number | null => {
    const text = encoded.slice(at, at + width);
    if (text.length !== width || !B36.test(text)) return null;
    at += width;
    return Number.parseInt(text, 36);
  };
  while (at < encoded.length) {
    const start = at;
    const op = encoded[at++]!;
    const fail = (reason: "malformed" | "unknownPlace" | "outOfRange"): DecodeResult => ({
      ok: false,
      error: { reason, at: start },
    });
    if (op === "b" || op === "s") {
      const k = read(2);
      const x = read(3);
      const y = read(3);
      if (k === null || x === null || y === null) return fail("malformed");
      const kommunKod = context.kommunKoder[k];
      if (kommunKod === undefined || x > MAX_X || y > MAX_Y) return fail("outOfRange");
      const id = `ny-${++addedCount}`;
      addedIds.add(id);
      edits.push({
        op: "add",
        id,
        kind: op === "b" ? "booked" : "spontaneous",
        kommunKod,
        lon: Number((LON0 + x * COORD_STEP_DEG).toFixed(3)),
        lat: Number((LAT0 + y * COORD_STEP_DEG).toFixed(3)),
      });
      continue;
    }
    if (op !== "m" && op !== "M" && op !== "c" && op !== "C") return fail("malformed");
    const ref = read(2);
    if (ref === null) return fail("malformed");
    let placeId: string | undefined;
    if (op === "M" || op === "C") {
      placeId = `ny-${ref}`;
      if (!addedIds.has(placeId)) return fail("unknownPlace");
    } else {
      placeId = context.placeIds[ref];
      if (placeId === undefined) return fail("unknownPlace");
    }
    if (op === "c" || op === "C") {
      edits.push({ op: "close", placeId });
      continue;
    }
    const k = read(2);
    const x = read(3);
    const y = read(3);
    if (k === null || x === null || y === null) return fail("malformed");
    const kommunKod = context.kommunKoder[k];
    if (kommunKod === undefined || x > MAX_X || y > MAX_Y) return fail("outOfRange");
    edits.push({
      op: "move",
      placeId,
      kommunKod,
      lon: Number((LON0 + x * COORD_STEP_DEG).toFixed(3)),
      lat: Number((LAT0 + y * COORD_STEP_DEG).toFixed(3)),
    });
  }
  return { ok: true, edits };
}
