// Why: issue 4's size goals — at most 450 KB gzip of JS and 400 KB gzip of data before the first render —
// measured on the production build, not guessed. First-render JS is the entry script of dist/index.html
// plus everything it imports statically (from Vite's manifest, build.manifest in vite.config.ts) and any
// <link rel="modulepreload">; first-render data is DATA_FILES of src/state/appData.ts, which useAppData
// fetches before the app renders. Lazy chunks (the MapLibre map), workers and the data fetched after the
// first render (search index, reach .bin files) are listed separately. KB = 1000 bytes, as Vite reports.
// Run alone, after `npm run build`: npx tsx test/bench/size.bench.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { DATA_FILES } from "../../src/state/appData.ts";

const GOAL_JS_KB = 450;
const GOAL_DATA_KB = 400;
const repoDir = fileURLToPath(new URL("../../", import.meta.url));

/** One chunk of Vite's dist/.vite/manifest.json (only the fields read here). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface Sized {
  /** Path relative to dist/, with "/" separators. */
  file: string;
  raw: number;
  gzip: number;
  brotli: number | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isManifestChunk(value: unknown): value is ManifestChunk {
  return (
    isRecord(value) &&
    typeof value.file === "string" &&
    (value.imports === undefined || isStringArray(value.imports)) &&
    (value.dynamicImports === undefined || isStringArray(value.dynamicImports)) &&
    (value.css === undefined || isStringArray(value.css))
  );
}

function readManifest(distDir: string): Manifest {
  const path = join(distDir, ".vite", "manifest.json");
  if (!existsSync(path))
    throw new Error(`${path} is missing: run \`npm run build\` (vite.config.ts sets build.manifest)`);
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!isRecord(parsed)) throw new Error(`${path}: not a Vite manifest`);
  const manifest: Manifest = {};
  for (const [key, chunk] of Object.entries(parsed)) {
    if (!isManifestChunk(chunk)) throw new Error(`${path}: entry "${key}" is not a manifest chunk`);
    manifest[key] = chunk;
  }
  return manifest;
}

/** The value of `name` in one HTML tag's attribute text, e.g. src="/assets/index-x.js". */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? "") : null;
}

/** Module scripts and modulepreloads that index.html makes the browser fetch at once, as dist/ paths. */
function htmlModuleFiles(html: string): string[] {
  const files: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isModuleScript = /^<script/i.test(tag) && attribute(tag, "type") === "module";
    const isModulePreload = /^<link/i.test(tag) && attribute(tag, "rel") === "modulepreload";
    const url = isModuleScript ? attribute(tag, "src") : isModulePreload ? attribute(tag, "href") : null;
    // Built URLs start with the base ("/"); an absolute http(s) URL would be another origin's script.
    if (url !== null && !/^[a-z]+:/i.test(url)) files.push(url.replace(/^\.?\//, ""));
  }
  return files;
}

/** Manifest keys reachable from `roots` through static imports only. */
function staticClosure(manifest: Manifest, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (seen.has(key)) continue;
    seen.add(key);
    pending.push(...(manifest[key]?.imports ?? []));
  }
  return seen;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

function measure(distDir: string, file: string, withBrotli: boolean): Sized {
  const path = join(distDir, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\``);
  const bytes = readFileSync(path);
  const brotli = withBrotli
    ? brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length
    : null;
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const sum = (items: readonly Sized[], pick: (item: Sized) => number) =>
  items.reduce((total, item) => total + pick(item), 0);

function detail(kind: string, item: Sized): string {
  const brotli = item.brotli === null ? "" : `, brotli ${kb(item.brotli)}`;
  return `size:   ${kind} ${item.file}: ${kb(item.raw)} KB raw, gzip ${kb(item.gzip)}${brotli}`;
}

function totals(label: string, items: readonly Sized[]): string {
  return `size: ${label}: ${items.length} file(s), ${kb(sum(items, (item) => item.raw))} KB raw, gzip ${kb(sum(items, (item) => item.gzip))}`;
}

export async function benchSize(distDir = join(repoDir, "dist")): Promise<string[]> {
  const htmlPath = join(distDir, "index.html");
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} is missing: run \`npm run build\` first`);
  const html = readFileSync(htmlPath, "utf8");
  const manifest = readManifest(distDir);

  // First render: the HTML entry's static import graph, plus whatever the HTML itself preloads.
  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]!.isEntry && key.endsWith(".html"));
  const firstRenderKeys = staticClosure(manifest, entryKeys);
  const firstRenderFiles = new Set([...firstRenderKeys].map((key) => manifest[key]!.file));
  for (const file of htmlModuleFiles(html)) firstRenderFiles.add(file);
  const firstRenderCss = new Set([...firstRenderKeys].flatMap((key) => manifest[key]!.css ?? []));
  const lazyChunkFiles = new Set(
    [
      ...staticClosure(
        manifest,
        [...firstRenderKeys].flatMap((key) => manifest[key]!.dynamicImports ?? []),
      ),
    ]
      .map((key) => manifest[key]!.file)
      .filter((file) => !firstRenderFiles.has(file)),
  );

  // The kommun widget's files (embed.js, embed/, data/embed/) are measured by embedSizeLine below.
  const allFiles = listFiles(distDir).filter(
    (file) => !file.endsWith(".map") && !file.startsWith(".vite/") && !isEmbedFile(file),
  );
  const jsFiles = allFiles.filter((file) => /\.m?js$/.test(file));
  const firstJs = [...firstRenderFiles].sort().map((file) => measure(distDir, file, true));
  const laterJs = jsFiles
    .filter((file) => !firstRenderFiles.has(file))
    .map((file) => measure(distDir, file, false));

  const firstDataNames = new Set<string>(Object.values(DATA_FILES));
  const firstData = [...firstDataNames].sort().map((name) => measure(distDir, `data/${name}`, true));
  const laterData = allFiles
    .filter((file) => file.startsWith("data/") && !firstDataNames.has(file.slice("data/".length)))
    .map((file) => measure(distDir, file, false));

  const htmlAndCss = [
    measure(distDir, "index.html", true),
    ...[...firstRenderCss].map((file) => measure(distDir, file, true)),
  ];

  const jsGzip = sum(firstJs, (item) => item.gzip);
  const dataGzip = sum(firstData, (item) => item.gzip);
  const over = [
    jsGzip > GOAL_JS_KB * 1000 ? `js ${kb(jsGzip)} > ${GOAL_JS_KB} KB` : null,
    dataGzip > GOAL_DATA_KB * 1000 ? `data ${kb(dataGzip)} > ${GOAL_DATA_KB} KB` : null,
  ].filter((text) => text !== null);

  return [
    `size: first-render js=${kb(jsGzip)} data=${kb(dataGzip)} (goals ${GOAL_JS_KB} / ${GOAL_DATA_KB} KB gzip)`,
    over.length === 0 ? "size: within the goals" : `size: OVER GOAL: ${over.join("; ")}`,
    `size: first-render brotli js=${kb(sum(firstJs, (item) => item.brotli ?? 0))} data=${kb(sum(firstData, (item) => item.brotli ?? 0))}`,
    ...firstJs.map((item) => detail("js", item)),
    ...firstData.map((item) => detail("data", item)),
    totals("first-render html+css", htmlAndCss),
    totals("later js (lazy chunks and workers)", laterJs),
    ...laterJs.map((item) => detail(lazyChunkFiles.has(item.file) ? "lazy chunk" : "worker/asset", item)),
    totals("later data (fetched after the first render)", laterData),
    ...laterData.map((item) => detail("data", item)),
    embedSizeLine(distDir),
  ];
}

function isEmbedFile(file: string): boolean {
  return (
    file === "embed.js" ||
    file === "embed.html" ||
    file.startsWith("embed/") ||
    file.startsWith("data/embed/")
  );
}

/**
 * Issue 9's line for the kommun widget. js: dist/embed.js, everything a widget runs before its text
 * shows (one classic script, CSS and strings inlined). data: the largest kommun file plus index.json,
 * i.e. the worst case of a widget asked for by name. map: the lazy map module plus MapLibre's worker,
 * which load only when a map comes on screen. Goals: js ≤ 45, data ≤ 10 KB gzip.
 */
export function embedSizeLine(distDir: string): string {
  const gzipKb = (files: readonly string[]) =>
    kb(
      sum(
        files.map((file) => measure(distDir, file, false)),
        (item) => item.gzip,
      ),
    );
  const files = listFiles(distDir);
  const kommunFiles = files.filter((file) => /^data\/embed\/\d{4}\.json$/.test(file));
  if (kommunFiles.length === 0)
    throw new Error(`${distDir}/data/embed/ has no kommun files: run \`npm run build\``);
  const largest = kommunFiles
    .map((file) => measure(distDir, file, false))
    .reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const mapFiles = files.filter((file) => /^embed\/.*\.m?js$/.test(file));
  return (
    `embed: js_gz_kb=${gzipKb(["embed.js"])} ` +
    `data_gz_kb=${kb(largest.gzip + measure(distDir, "data/embed/index.json", false).gzip)} ` +
    `map_js_gz_kb=${gzipKb(mapFiles)}`
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  for (const line of await benchSize()) console.log(line);
