import { describe, expect, it } from "vitest";
import type { ReportStates, SummaryCounts } from "../../src/data/schema";
import { reconciliationRows } from "../../src/state/reconciliation";

const counts: SummaryCounts = {
  kommuner: 290,
  faRegioner: 60,
  lan: 21,
  servicekontor: { current: 120, planned: 28 },
  kommunerWithServicekontor: { current: 109, includingPlanned: 124 },
  afKontor: { fastBemannat: 88, reserTill: 24 },
  samarbetslosningar: 106,
  kommunerWithBookedPresence: 211,
  kommunerWithoutBookedPresence: 79,
  glesbygdskommunerWithBookedPresence: 20,
  landsbygdskommunerWithBookedPresence: 51,
};
const stated = (value: number) => ({ value, where: "avsnitt 1", quote: "…" });
const reportStates: ReportStates = {
  kommuner: stated(290),
  kommunerWithServicekontor: { current: stated(110) },
};

describe("reconciliationRows", () => {
  const rows = reconciliationRows(counts, reportStates);
  const byKey = new Map(rows.map((r) => [r.key, r]));

  it("has one row per count, nested counts flattened", () => {
    expect(rows).toHaveLength(14);
    expect(byKey.has("servicekontor.planned")).toBe(true);
  });

  it("marks agreement, disagreement and figures the text does not state", () => {
    expect(byKey.get("kommuner")?.agreement).toBe("match");
    expect(byKey.get("kommunerWithServicekontor.current")).toMatchObject({
      agreement: "mismatch",
      tablesSay: 109,
    });
    expect(byKey.get("kommunerWithServicekontor.includingPlanned")?.agreement).toBe("notStated");
    expect(byKey.get("lan")).toMatchObject({ agreement: "notStated", report: null });
  });
});
