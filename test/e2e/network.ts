// Detects requests that leave the page's own origin. The map must be fully self-hosted.
import type { BrowserContext } from "playwright-core";

/** data: and blob: URLs never touch the network, so they count as the page's own. */
export function isOwnOrigin(url: string, origin: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export interface NetworkLog {
  /** Every request URL the context issued, in order. */
  readonly requests: string[];
  /** The requests to any other origin (each was aborted before it left the browser). */
  foreign: () => string[];
}

/**
 * Records every request of `context` and aborts those to other origins, so a stray tile or font URL
 * is reported instead of being attempted.
 */
export async function watchNetwork(context: BrowserContext, origin: string): Promise<NetworkLog> {
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  await context.route("**/*", (route) =>
    isOwnOrigin(route.request().url(), origin) ? route.continue() : route.abort("blockedbyclient"),
  );
  return { requests, foreign: () => requests.filter((url) => !isOwnOrigin(url, origin)) };
}
