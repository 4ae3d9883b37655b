import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Two entries: the full app (index.html) and, later, the kommun widget (embed.html).
export default defineConfig({
  plugins: [react()],
  // manifest: dist/.vite/manifest.json, the chunk graph test/bench/size.bench.ts reads to tell the JS of
  // the first render (entry and its static imports) from lazy chunks.
  build: { target: "es2022", sourcemap: true, manifest: true },
});
