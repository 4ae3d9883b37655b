// Fetches the widget's data files relative to embed.js, once per page: several widgets for the same
// kommun share one request. Checks the shape at the edge so a stale or foreign file gives a clear error.
import { assetUrl } from "../scriptUrl";
import { EMBED_DATA_VERSION, type EmbedIndex, type EmbedKommunData } from "./types";

const cache = new Map<string, Promise<unknown>>();

/** null for a 404 (no such kommun file); throws on other failures. */
function fetchJson(path: string): Promise<unknown> {
  let pending = cache.get(path);
  if (pending === undefined) {
    pending = fetch(assetUrl(path), { credentials: "omit" }).then((response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    // A failed request may be retried by the next render.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

function hasVersion(value: unknown): value is { version: number } {
  return typeof value === "object" && value !== null && "version" in value;
}

export async function loadKommun(kod: string): Promise<EmbedKommunData | null> {
  const data = await fetchJson(`data/embed/${kod}.json`);
  if (data === null) return null;
  if (!hasVersion(data) || data.version !== EMBED_DATA_VERSION || (data as EmbedKommunData).kod !== kod)
    throw new Error(`data/embed/${kod}.json is not a version ${EMBED_DATA_VERSION} kommun file`);
  return data as EmbedKommunData;
}

export async function loadIndex(): Promise<EmbedIndex> {
  const data = await fetchJson("data/embed/index.json");
  if (!hasVersion(data) || data.version !== EMBED_DATA_VERSION)
    throw new Error(`data/embed/index.json is missing or not version ${EMBED_DATA_VERSION}`);
  return data as EmbedIndex;
}
