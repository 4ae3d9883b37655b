import { describe, expect, it } from "vitest";
import type { PlannerEdit } from "../../../src/state/planner/edits";
import { decodeScenario, encodeScenario, fingerprint } from "../../../src/state/planner/scenarioCodec";

const context = {
  placeIds: ["af-0114-upplands-vasby", "sk-0180-kista", "sam-1737-sysslebeck"],
  kommunKoder: ["0114", "0180", "1737", "2062"],
};

const edits: PlannerEdit[] = [
  { op: "add", id: "ny-1", kind: "booked", lon: 14.5, lat: 61.004, kommunKod: "2062" },
  { op: "move", placeId: "sk-0180-kista", lon: 18.001, lat: 59.402, kommunKod: "0180" },
  { op: "move", placeId: "ny-1", lon: 14.6, lat: 61.1, kommunKod: "2062" },
  { op: "close", placeId: "sam-1737-sysslebeck" },
  { op: "add", id: "ny-2", kind: "spontaneous", lon: 13.2, lat: 55.6, kommunKod: "0114" },
  { op: "close", placeId: "ny-2" },
];

describe("scenario codec", () => {
  it("decodes what it encodes, exactly", () => {
    const encoded = encodeScenario(edits, context);
    expect(encoded).toMatch(/^[0-9a-zA-Z]+$/);
    expect(decodeScenario(encoded, context)).toEqual({ ok: true, edits });
  });

  it("keeps ten edits short", () => {
    const ten = Array.from({ length: 10 }, (_, i): PlannerEdit =>
      i % 2 === 0
        ? { op: "add", id: `ny-${i / 2 + 1}`, kind: "booked", lon: 15 + i / 10, lat: 60, kommunKod: "2062" }
        : { op: "move", placeId: "sk-0180-kista", lon: 18, lat: 59 + i / 100, kommunKod: "0180" },
    );
    const encoded = encodeScenario(ten, context);
    expect(encoded.length).toBeLessThanOrEqual(5 + 5 * 9 + 5 * 11);
    expect(decodeScenario(encoded, context)).toEqual({ ok: true, edits: ten });
  });

  it("encodes no edits as an empty string", () => {
    expect(encodeScenario([], context)).toBe("");
  });

  it("refuses a link made on other data", () => {
    const encoded = encodeScenario(edits, context);
    const other = { ...context, placeIds: [...context.placeIds, "af-9999-ny"] };
    expect(fingerprint(other)).not.toBe(fingerprint(context));
    expect(decodeScenario(encoded, other)).toEqual({ ok: false, error: { reason: "dataChanged" } });
  });

  it("names the position of a malformed, unknown or out-of-range token", () => {
    const head = `1${fingerprint(context)}`;
    expect(decodeScenario(`${head}x`, context)).toEqual({ ok: false, error: { reason: "malformed", at: 5 } });
    expect(decodeScenario(`${head}c00c`, context)).toEqual({
      ok: false,
      error: { reason: "malformed", at: 8 },
    });
    expect(decodeScenario(`${head}c09`, context)).toEqual({
      ok: false,
      error: { reason: "unknownPlace", at: 5 },
    });
    expect(decodeScenario(`${head}C01`, context)).toEqual({
      ok: false,
      error: { reason: "unknownPlace", at: 5 },
    });
    expect(decodeScenario(`${head}b09000000`, context)).toEqual({
      ok: false,
      error: { reason: "outOfRange", at: 5 },
    });
    expect(decodeScenario(`${head}b00zzz000`, context)).toEqual({
      ok: false,
      error: { reason: "outOfRange", at: 5 },
    });
    expect(decodeScenario(`${head}b00<script>`, context)).toEqual({
      ok: false,
      error: { reason: "malformed", at: 5 },
    });
  });

  it("refuses another version and overlong input", () => {
    expect(decodeScenario("2abcd", context)).toEqual({ ok: false, error: { reason: "version" } });
    expect(decodeScenario("", context)).toEqual({ ok: false, error: { reason: "version" } });
    expect(decodeScenario(`1${"c00".repeat(2000)}`, context)).toEqual({
      ok: false,
      error: { reason: "tooLong" },
    });
  });

  it("refuses to encode a point outside Sweden", () => {
    expect(() =>
      encodeScenario(
        [{ op: "add", id: "ny-1", kind: "booked", lon: 40, lat: 60, kommunKod: "0114" }],
        context,
      ),
    ).toThrow(RangeError);
  });
});
