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

export function encodeNetwork(graph: RoadGraph): Uint8Array {
  return encode({ kind: "network" }, [
    { name: "nodeLon", kind: "f32", values: graph.nodeLon },
    { name: "nodeLat", kind: "f32", values: graph.nodeLat },
    { name: "routable", kind: "u8", values: graph.routable },
    { name: "component", kind: "i32", values: graph.component },
    { name: "offsets", kind: "i32", values: graph.offsets },
    { name: "targets", kind: "i32", values: graph.targets },
    { name: "edgeMinutes", kind: "f32", values: graph.edgeMinutes },
    { name: "edgeKm", kind: "f32", values: graph.edgeKm },
  ]);
}

export function decodeNetwork(buffer: ArrayBuffer): RoadGraph {
  const { arrays } = decode(buffer);
  const f64 = (name: string) => Float64Array.from(get(arrays, name));
  return {
    nodeLon: f64("nodeLon"),
    nodeLat: f64("nodeLat"),
    routable: Uint8Array.from(get(arrays, "routable")),
    component: Int32Array.from(get(arrays, "component")),
    offsets: Int32Array.from(get(arrays, "offsets")),
    targets: Int32Array.from(get(arrays, "targets")),
    edgeMinutes: f64("edgeMinutes"),
    edgeKm: f64("edgeKm"),
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

export function encodeCells(data: CellData): Uint8Array {
  const { cells, seats } = data;
  return encode({ kind: "cells", kommuner: data.kommuner, populationYear: data.populationYear }, [
    { name: "cellLon", kind: "f32", values: cells.lon },
    { name: "cellLat", kind: "f32", values: cells.lat },
    { name: "cellPopulation", kind: "u16", values: cells.population },
    { name: "cellKommun", kind: "u16", values: cells.kommun },
    { name: "cellNode", kind: "i32", values: cells.node },
    { name: "cellAccessKm", kind: "f32", values: cells.accessKm },
    { name: "seatLon", kind: "f32", values: seats.lon },
    { name: "seatLat", kind: "f32", values: seats.lat },
    { name: "seatNode", kind: "i32", values: seats.node },
    { name: "seatAccessKm", kind: "f32", values: seats.accessKm },
  ]);
}

export function decodeCells(buffer: ArrayBuffer): CellData {
  const { header, arrays } = decode(buffer);
  const f64 = (name: string) => Float64Array.from(get(arrays, name));
  const i32 = (name: string) => Int32Array.from(get(arrays, name));
  return {
    kommuner: header.kommuner as CellKommun[],
    populationYear: header.populationYear as number,
    cells: {
      lon: f64("cellLon"),
      lat: f64("cellLat"),
      population: f64("cellPopulation"),
      kommun: i32("cellKommun"),
      node: i32("cellNode"),
      accessKm: f64("cellAccessKm"),
    },
    seats: { lon: f64("seatLon"), lat: f64("seatLat"), node: i32("seatNode"), accessKm: f64("seatAccessKm") },
  };
}
