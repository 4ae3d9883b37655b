import { describe, expect, it } from "vitest";
import type { MeetingKind, MeetingStatus } from "../../src/data/schema";
import { DEFAULT_TOGGLES, isPlaceVisible, type LayerToggles } from "../../src/state/toggles";
import { placeFilter } from "../../src/map/layers";

const KINDS: MeetingKind[] = ["spontaneous", "booked", "provider"];
const STATUSES: MeetingStatus[] = ["current", "planned", "pending"];

function allToggles(): LayerToggles[] {
  const out: LayerToggles[] = [];
  for (const spontaneous of [false, true])
    for (const booked of [false, true])
      for (const showPlanned of [false, true])
        out.push({ spontaneous, booked, showPlanned, faRegions: false });
  return out;
}

/**
 * Evaluates the small subset of MapLibre expressions placeFilter emits, so the test can check that the map
 * filter and the list predicate agree. An unknown operator fails the test rather than passing silently.
 */
function evaluate(expression: unknown, props: Record<string, unknown>): unknown {
  if (!Array.isArray(expression)) return expression;
  const [op, ...args] = expression as [string, ...unknown[]];
  switch (op) {
    case "all":
      return args.every((a) => evaluate(a, props) === true);
    case "get":
      return props[args[0] as string];
    case "literal":
      return args[0];
    case "in":
      return (evaluate(args[1], props) as unknown[]).includes(evaluate(args[0], props));
    case "==":
      return evaluate(args[0], props) === evaluate(args[1], props);
    case "!=":
      return evaluate(args[0], props) !== evaluate(args[1], props);
    default:
      throw new Error(`operator ${op} not supported by the test evaluator`);
  }
}

describe("isPlaceVisible", () => {
  it("shows every current and planned place by default", () => {
    expect(isPlaceVisible({ kind: "spontaneous", status: "planned" }, DEFAULT_TOGGLES)).toBe(true);
    expect(isPlaceVisible({ kind: "booked", status: "pending" }, DEFAULT_TOGGLES)).toBe(true);
  });

  it("hides planned places when 'Visa planerade' is off, but keeps pending ones", () => {
    const toggles = { ...DEFAULT_TOGGLES, showPlanned: false };
    expect(isPlaceVisible({ kind: "spontaneous", status: "planned" }, toggles)).toBe(false);
    expect(isPlaceVisible({ kind: "booked", status: "pending" }, toggles)).toBe(true);
  });

  it("never shows provider points (Bilaga 3 has counts only)", () => {
    expect(isPlaceVisible({ kind: "provider", status: "current" }, DEFAULT_TOGGLES)).toBe(false);
  });
});

describe("placeFilter", () => {
  it("agrees with isPlaceVisible for every toggle combination, kind and status", () => {
    for (const toggles of allToggles()) {
      const filter = placeFilter(toggles);
      for (const kind of KINDS) {
        for (const status of STATUSES) {
          expect(evaluate(filter, { kind, status }), JSON.stringify({ toggles, kind, status })).toBe(
            isPlaceVisible({ kind, status }, toggles),
          );
        }
      }
    }
  });
});
