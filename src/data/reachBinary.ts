// The compact binary form of the road network and the population cells, written by `npm run data` to
// public/data/reach-network.bin and reach-cells.bin and read by the Web Worker. The Node build computes
// summary.json from the decoded form too, so browser and build start from identical numbers.
//
// Layout of both files: "NKR1" (4 bytes), u32 header length, UTF-8 JSON header, zero padding to a multiple
// of 8, then the arrays the header lists, in order, each padded to 8 bytes. Little-endian throughout.
import type { RoadGraph } from "../geo/roadGraph.ts";
import type { AttachedPoints } from "../geo/reach.ts";

const MAGIC = "NKR1";

type ArrayKind = "f32" | "f64" | "i32" | "u16" | "u8";
interface ArraySpec {
  name: string;
  kind: ArrayKind;
  length: number;
}

const CONSTRUCTORS = {
  f32: Float32Array,
  f64: Float64Array,
  i32: Int32Array,
  u16: Uint16Array,
  u8: Uint8Array,
} as const;

type Numeric = ArrayLike<number>;

function encode(
  header: Record<string, unknown>,
  arrays: { name: string; kind: ArrayKind; values: Numeric }[],
): Uint8Array {
  const specs: ArraySpec[] = arrays.map((a) => ({ name: a.name, kind: a.kind, length: a.values.length }));
  const json = new TextEncoder().encode(JSON.stringify({ ...header, arrays: specs }));
  const pad8 = (n: number) => Math.ceil(n / 8) * 8;
  let size = pad8(8 + json.length);
  for (const a of arrays) size += pad8(a.values.length * CONSTRUCTORS[a.kind].BYTES_PER_ELEMENT);
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(4, json.length, true);
  bytes.set(json, 8);
  let offset = pad8(8 + json.length);
  for (const a of arrays) {
    const typed = CONSTRUCTORS[a.kind].from(a.values);
    if (a.kind !== "f32" && a.kind !== "f64")
      for (let i = 0; i < a.values.length; i++)
        if (typed[i] !== a.values[i])
          throw new Error(`${a.name}[${i}] = ${a.values[i]} does not fit ${a.kind}`);
    bytes.set(new Uint8Array(typed.buffer), offset);
    offset += pad8(typed.byteLength);
  }
  return bytes;
}

function decode(buffer: ArrayBuffer): { header: Record<string, unknown>; arrays: Map<string, Numeric> } {
  const bytes = new Uint8Array(buffer);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new Error("not a Närvarokartan reach file");
  const jsonLength = new DataView(buffer).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + jsonLength))) as Record<
    string,
    unknown
  > & {
    arrays: ArraySpec[];
  };
  const pad8 = (n: number) => Math.ceil(n / 8) * 8;
  let offset = pad8(8 + jsonLength);
  const arrays = new Map<string, Numeric>();
  for (const spec of header.arrays) {
    const Ctor = CONSTRUCTORS[spec.kind];
    const byteLength = spec.length * Ctor.BYTES_PER_ELEMENT;
    if (offset + byteLength > buffer.byteLength) throw new Error(`reach file truncated at ${spec.name}`);
    arrays.set(spec.name, new Ctor(buffer.slice(offset, offset + byteLength)));
    offset += pad8(byteLength);
  }
  return { header, arrays };
}

function get(arrays: Map<string, Numeric>, name: string): Numeric {
  const a = arrays.get(name);
  if (!a) throw new Error(`reach file: array ${name} missing`);
  return a;
}

/** How one array is stored in the file and held in memory once decoded (floats widen to f64). */
interface Field<K extends string> {
  key: K;
  stored: ArrayKind;
  memory: "f64" | "i32" | "u8";
}

const MEMORY = { f64: Float64Array, i32: Int32Array, u8: Uint8Array } as const;

/** The file name of a field: the key itself, or prefix + Key ("cell" + "lon" → "cellLon"). */
const arrayName = (prefix: string, key: string) =>
  prefix === "" ? key : prefix + key[0]!.toUpperCase() + key.slice(1);

/** One table per array group drives both directions, so encode and decode can never disagree on order. */
function encodeFields<K extends string>(
  source: Record<K, Numeric>,
  fields: readonly Field<K>[],
  prefix = "",
): { name: string; kind: ArrayKind; values: Numeric }[] {
  return fields.map((f) => ({ name: arrayName(prefix, f.key), kind: f.stored, values: source[f.key] }));
}

function decodeFields<K extends string>(
  arrays: Map<string, Numeric>,
  fields: readonly Field<K>[],
  prefix = "",
): Record<K, Float64Array | Int32Array | Uint8Array> {
  return Object.fromEntries(
    fields.map((f) => [f.key, MEMORY[f.memory].from(get(arrays, arrayName(prefix, f.key)))]),
  ) as Record<K, Float64Array | Int32Array | Uint8Array>;
}

type NetworkArrays = Omit<RoadGraph, "roadNames">;

const NETWORK_FIELDS: readonly Field<keyof NetworkArrays>[] = [
  { key: "nodeLon", stored: "f32", memory: "f64" },
  { key: "nodeLat", stored: "f32", memory: "f64" },
  { key: "routable", stored: "u8", memory: "u8" },
  { key: "component", stored: "i32", memory: "i32" },
  { key: "offsets", stored: "i32", memory: "i32" },
  { key: "targets", stored: "i32", memory: "i32" },
  { key: "edgeMinutes", stored: "f32", memory: "f64" },
  { key: "edgeKm", stored: "f32", memory: "f64" },
  { key: "edgeRoad", stored: "i32", memory: "i32" },
];

export function encodeNetwork(graph: RoadGraph): Uint8Array {
  return encode({ kind: "network", roadNames: graph.roadNames }, encodeFields(graph, NETWORK_FIELDS));
}

export function decodeNetwork(buffer: ArrayBuffer): RoadGraph {
  const { header, arrays } = decode(buffer);
  return {
    ...(decodeFields(arrays, NETWORK_FIELDS) as NetworkArrays),
    roadNames: header.roadNames as string[],
  };
}

/** One kommun in the cells file: its codes, to aggregate by kommun, FA region and län. */
export interface CellKommun {
  kod: string;
  faKod: string;
  lanKod: string;
}

export interface CellData {
  kommuner: CellKommun[];
  /** Inhabited 1 km cells: centre, census 2021 population, kommun index, network attachment. */
  cells: AttachedPoints & { population: Float64Array; kommun: Int32Array };
  /** One point per kommun (same order as kommuner): the GeoNames seat. */
  seats: AttachedPoints;
  populationYear: number;
}

type CellArrays = CellData["cells"];
type SeatArrays = CellData["seats"];

const CELL_FIELDS: readonly Field<keyof CellArrays>[] = [
  { key: "lon", stored: "f32", memory: "f64" },
  { key: "lat", stored: "f32", memory: "f64" },
  { key: "population", stored: "u16", memory: "f64" },
  { key: "kommun", stored: "u16", memory: "i32" },
  { key: "node", stored: "i32", memory: "i32" },
  { key: "accessKm", stored: "f32", memory: "f64" },
  { key: "extraOffsets", stored: "i32", memory: "i32" },
  { key: "extraNode", stored: "i32", memory: "i32" },
  { key: "extraKm", stored: "f32", memory: "f64" },
];

const SEAT_FIELDS: readonly Field<keyof SeatArrays>[] = [
  { key: "lon", stored: "f32", memory: "f64" },
  { key: "lat", stored: "f32", memory: "f64" },
  { key: "node", stored: "i32", memory: "i32" },
  { key: "accessKm", stored: "f32", memory: "f64" },
  { key: "extraOffsets", stored: "i32", memory: "i32" },
  { key: "extraNode", stored: "i32", memory: "i32" },
  { key: "extraKm", stored: "f32", memory: "f64" },
];

export function encodeCells(data: CellData): Uint8Array {
  return encode({ kind: "cells", kommuner: data.kommuner, populationYear: data.populationYear }, [
    ...encodeFields(data.cells, CELL_FIELDS, "cell"),
    ...encodeFields(data.seats, SEAT_FIELDS, "seat"),
  ]);
}

export function decodeCells(buffer: ArrayBuffer): CellData {
  const { header, arrays } = decode(buffer);
  return {
    kommuner: header.kommuner as CellKommun[],
    populationYear: header.populationYear as number,
    cells: decodeFields(arrays, CELL_FIELDS, "cell") as CellArrays,
    seats: decodeFields(arrays, SEAT_FIELDS, "seat") as SeatArrays,
  };
}
