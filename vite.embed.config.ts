// The kommun widget's build (issue 9), separate from the app's vite.config.ts and run after it by
// scripts/build-embed.ts, into the same dist/:
//   dist/embed.js            the shell: one classic script (IIFE), no framework, its CSS inlined
//   dist/embed/map-<hash>.js the map: an ES module with MapLibre and its CSS, import()ed by the shell
//   dist/embed/maplibre-gl-worker-<hash>.mjs  MapLibre's worker, a file of its own (?url&no-inline)
// Library mode cannot code-split an IIFE, so the map is a second build whose file name the shell gets
// through `define`. Every URL is relative: the shell resolves from document.currentScript, the map
// module from import.meta.url, so dist/ works from any origin and path.
import { defineConfig, type UserConfig } from "vite";

const shared: UserConfig = {
  base: "./",
  publicDir: false,
  // No React here: the widget must never pull in the app shell.
  plugins: [],
  logLevel: "warn",
};

export function embedMapConfig(): UserConfig {
  return {
    ...shared,
    build: {
      outDir: "dist",
      emptyOutDir: false,
      target: "es2022",
      minify: true,
      sourcemap: true,
      lib: { entry: "src/embed/map/embedMap.ts", formats: ["es"] },
      rolldownOptions: {
        output: {
          // Library mode leaves ES output's whitespace alone (to keep pure annotations for bundlers);
          // this file goes to browsers, so minify it fully.
          minify: true,
          // V8's explicit compile hint: compile every function while the file streams in, on a
          // background thread, instead of lazily on the main thread at first call. Nearly all of the
          // bundle runs when a map starts, and those first calls were a large part of its long tasks.
          // After minification, which would drop the comment; it must be the file's first line.
          postBanner: "//# allFunctionsCalledOnLoad",
          entryFileNames: "embed/map-[hash].js",
          chunkFileNames: "embed/[name]-[hash].js",
          assetFileNames: "embed/[name]-[hash][extname]",
        },
      },
    },
  };
}

export function embedShellConfig(mapFile: string): UserConfig {
  return {
    ...shared,
    define: { __EMBED_MAP_FILE__: JSON.stringify(mapFile) },
    build: {
      outDir: "dist",
      emptyOutDir: false,
      target: "es2022",
      minify: true,
      sourcemap: true,
      lib: {
        entry: "src/embed/main.ts",
        name: "NarvaroKarta",
        formats: ["iife"],
        fileName: () => "embed.js",
      },
    },
  };
}

// `vite build -c vite.embed.config.ts` alone builds the shell against an existing map file name; the
// real build is scripts/build-embed.ts, which builds the map first.
export default defineConfig(embedShellConfig(process.env.EMBED_MAP_FILE ?? "embed/map.js"));
