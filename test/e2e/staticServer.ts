// A small static file server for the widget's e2e and Lighthouse runs: serves a build directory under
// any path prefix (dist/ as if copied to /kommun/arbete/) and a few in-memory host pages, on loopback.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { freePort } from "./preview.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".map": "application/json",
  ".bin": "application/octet-stream",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  stop: () => Promise<void>;
}

export interface StaticServerOptions {
  /** Directory served under `prefix`. */
  dir: string;
  /** URL path the directory appears at, with leading and trailing slash: "/kommun/arbete/". */
  prefix: string;
  /** In-memory files by exact path ("/host.html" → HTML), typed by extension, with their own headers. */
  pages?: Record<string, string | { body: string; headers: Record<string, string> }>;
  /** Extra response headers for every answer (e.g. a Content-Security-Policy to test). */
  headers?: Record<string, string>;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const host = "127.0.0.1";
  const port = await freePort(host);
  const root = normalize(options.dir);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const headers = { "Cache-Control": "no-store", ...options.headers };
    const page = options.pages?.[path];
    if (page !== undefined) {
      const { body, headers: pageHeaders } = typeof page === "string" ? { body: page, headers: {} } : page;
      response.writeHead(200, {
        ...headers,
        "Content-Type": TYPES[extname(path)] ?? TYPES[".html"],
        ...pageHeaders,
      });
      response.end(body);
      return;
    }
    if (!path.startsWith(options.prefix)) {
      response.writeHead(404, headers).end("not found");
      return;
    }
    let file = normalize(join(root, path.slice(options.prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403, headers).end("forbidden");
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, headers).end("not found");
      return;
    }
    response.writeHead(200, {
      ...headers,
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    origin: `http://${host}:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
