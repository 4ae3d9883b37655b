// npm run bench: the speed and size goals, measured on this machine, each against a baseline measured in
// the same run. Never part of npm test (timings are not test assertions). The size entry reads dist/, and
// the import entry serves it in headless Chromium: run `npm run build` first.
import { benchImport } from "../test/bench/import.bench.ts";
import { benchReach } from "../test/bench/reach.bench.ts";
import { benchSearch } from "../test/bench/search.bench.ts";
import { benchSize } from "../test/bench/size.bench.ts";
import { benchTransit } from "../test/bench/transit.bench.ts";

for (const [name, bench] of [
  ["reach", benchReach],
  ["search", benchSearch],
  ["transit", benchTransit],
  ["size", benchSize],
  ["import", benchImport],
] as const) {
  console.log(`== ${name}`);
  for (const line of await bench()) console.log(line);
}
