import { describe, expect, it } from "vitest";
import { DATA_FILES, loadAppData, type FetchLike } from "../../src/state/appData";

const collection = { type: "FeatureCollection", features: [] };
const summary = { counts: {}, distanceServices: [] };

function fakeFetch(
  overrides: Record<string, { ok: boolean; status?: number; body?: unknown }> = {},
): FetchLike {
  return async (url) => {
    const file = url.slice(url.lastIndexOf("/") + 1);
    const o = overrides[file] ?? { ok: true, body: file === DATA_FILES.summary ? summary : collection };
    return { ok: o.ok, status: o.status ?? 200, json: async () => o.body };
  };
}

describe("loadAppData", () => {
  it("loads all five files from <base>data/", async () => {
    const requested: string[] = [];
    const base = fakeFetch();
    const result = await loadAppData("/narvaro/", (url) => {
      requested.push(url);
      return base(url);
    });
    expect(result.ok).toBe(true);
    expect(requested.sort()).toEqual(
      Object.values(DATA_FILES)
        .map((f) => `/narvaro/data/${f}`)
        .sort(),
    );
  });

  it("reports an HTTP failure with the file name instead of throwing", async () => {
    const result = await loadAppData("/", fakeFetch({ [DATA_FILES.places]: { ok: false, status: 404 } }));
    expect(result).toEqual({ ok: false, error: { file: DATA_FILES.places, reason: "HTTP 404" } });
  });

  it("rejects a file that is not a FeatureCollection", async () => {
    const result = await loadAppData(
      "/",
      fakeFetch({ [DATA_FILES.lan]: { ok: true, body: { type: "Feature" } } }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.file).toBe(DATA_FILES.lan);
  });

  it("reports a network error", async () => {
    const result = await loadAppData("/", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(result).toMatchObject({ ok: false, error: { reason: "Failed to fetch" } });
  });
});
