import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Two entries: the full app (index.html) and, later, the kommun widget (embed.html).
export default defineConfig({
  plugins: [react()],
  build: { target: "es2022", sourcemap: true },
});
