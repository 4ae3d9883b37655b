// One real build per test file, shared by its tests (the build takes about a second).
import { buildData, type BuildOutputs, type SourceTexts } from "../../src/data/pipeline.ts";
import { dataDir, loadSources } from "../../scripts/load-sources.ts";

export function buildWith(overrides: Partial<SourceTexts> = {}) {
  return buildData(loadSources(overrides), dataDir);
}

export function buildReal(): BuildOutputs {
  const { outputs, issues } = buildWith();
  if (!outputs) throw new Error(`build failed: ${issues.map((i) => i.reason).join("; ")}`);
  return outputs;
}
