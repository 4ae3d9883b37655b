import { describe, expect, it } from "vitest";
import {
  DATA_FILES,
  GEOMETRY_FILES,
  loadAppData,
  loadMapGeometry,
  type FetchLike,
} from "../../src/state/appData";

const collection = { type: "FeatureCollection", features: [] };
const summary = { counts: {}, distanceServices: [] };

function fakeFetch(
  overrides: Record<string, { ok: boolean; status?: number; body?: unknown }> = {},
  requested: string[] = [],
): FetchLike {
  return async (url) => {
    requested.push(url);
    const file = url.slice(url.lastIndexOf("/") + 1);
    const o = overrides[file] ?? { ok: true, body: file === DATA_FILES.summary ? summary : collection };
    return { ok: o.ok, status: o.status ?? 200, json: async () => o.body };
  };
}

describe("loadAppData", () => {
  it("loads only the places and the summary from <base>data/ for the first render", async () => {
    const requested: string[] = [];
    const result = await loadAppData("/narvaro/", fakeFetch({}, requested));
    expect(result.ok).toBe(true);
    expect(requested.sort()).toEqual(["/narvaro/data/meeting-places.geojson", "/narvaro/data/summary.json"]);
  });

  it("reports an HTTP failure with the file name instead of throwing", async () => {
    const result = await loadAppData("/", fakeFetch({ [DATA_FILES.places]: { ok: false, status: 404 } }));
    expect(result).toEqual({ ok: false, error: { file: DATA_FILES.places, reason: "HTTP 404" } });
  });

  it("rejects a summary without counts", async () => {
    const result = await loadAppData("/", fakeFetch({ [DATA_FILES.summary]: { ok: true, body: {} } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.file).toBe(DATA_FILES.summary);
  });

  it("reports a network error", async () => {
    const result = await loadAppData("/", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(result).toMatchObject({ ok: false, error: { reason: "Failed to fetch" } });
  });
});

describe("loadMapGeometry", () => {
  it("loads the three polygon files", async () => {
    const requested: string[] = [];
    const result = await loadMapGeometry("/", fakeFetch({}, requested));
    expect(result.ok).toBe(true);
    expect(requested.sort()).toEqual(
      Object.values(GEOMETRY_FILES)
        .map((f) => `/data/${f}`)
        .sort(),
    );
  });

  it("rejects a file that is not a FeatureCollection, naming it", async () => {
    const result = await loadMapGeometry(
      "/",
      fakeFetch({ [GEOMETRY_FILES.lan]: { ok: true, body: { type: "Feature" } } }),
    );
    expect(result).toMatchObject({ ok: false, error: { file: GEOMETRY_FILES.lan } });
  });
});
