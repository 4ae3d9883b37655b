// The widget is a second entry that must never pull in the app shell (issue 9): walk the static and
// dynamic imports of src/embed/main.ts and of the map module and check where they lead.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "../..");

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ""));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")])
    if (existsSync(candidate) && !candidate.endsWith("/")) return candidate;
  return null;
}

/** Every file and bare package the entry reaches, type-only imports excluded (they vanish in the build). */
function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file) || !/\.tsx?$/.test(file)) continue;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, typeOnly, specifier] of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)) {
      if (typeOnly || specifier === undefined) continue;
      const target = resolveImport(file, specifier);
      if (target === null && !specifier.startsWith(".")) packages.add(specifier.split("/")[0]!);
      else if (target !== null) pending.push(target);
    }
    for (const [, specifier] of text.matchAll(/^import\s+"([^"]+)"/gm))
      if (specifier) pending.push(resolveImport(file, specifier) ?? "");
  }
  return { files: [...files].map((f) => relative(repo, f)).sort(), packages: [...packages].sort() };
}

describe("the widget's import graph", () => {
  it("the shell (embed.js) reaches no React, no app shell, no component and no MapLibre", () => {
    const { files, packages } = graph(join(repo, "src/embed/main.ts"));
    expect(files).toContain("src/embed/element.ts");
    expect(files.filter((f) => /^src\/(app|components|map)\//.test(f) || f.endsWith(".tsx"))).toEqual([]);
    expect(packages).toEqual([]);
  });

  it("the map module brings MapLibre and nothing of the app but its palette", () => {
    const { files, packages } = graph(join(repo, "src/embed/map/embedMap.ts"));
    expect(packages).toEqual(["maplibre-gl"]);
    expect(files.filter((f) => !f.startsWith("src/embed/"))).toEqual(["src/map/palette.ts"]);
  });
});
