// npm run build (after the app's vite build): the kommun widget, see vite.embed.config.ts. Builds the
// lazy map module first, then the shell with the map's hashed file name.
import { build, type Rolldown } from "vite";
import { embedMapConfig, embedShellConfig } from "../vite.embed.config.ts";

const started = performance.now();
const mapOutput = await build({ configFile: false, ...embedMapConfig() });
const outputs = (Array.isArray(mapOutput) ? mapOutput : [mapOutput]) as Rolldown.RolldownOutput[];
const entry = outputs
  .flatMap((output) => output.output)
  .find((chunk): chunk is Rolldown.OutputChunk => chunk.type === "chunk" && chunk.isEntry);
if (entry === undefined) throw new Error("build-embed: the map build emitted no entry chunk");
await build({ configFile: false, ...embedShellConfig(entry.fileName) });
console.log(
  `built dist/embed.js and dist/${entry.fileName} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
