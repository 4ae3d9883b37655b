import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { sv } from "../../src/i18n/sv";
import { describePlace, positionRows } from "../../src/state/describePlace";
import { place } from "./places.fixture";

describe("describePlace", () => {
  it("says status, kommun and source in words, and quotes the comment verbatim", () => {
    const d = describePlace(
      place({
        id: "p",
        status: "pending",
        comment: "Avser lösning i Sysseleback",
        sourceRef: "004 Bilaga 2, rad 80",
      }),
      sv,
      "Jämtlands län",
    );
    const rows = Object.fromEntries(d.rows.map((r) => [r.term, r.value]));
    expect(rows["Status"]).toMatch(/^Lösning klar senare i år/);
    expect(rows["Kommun"]).toBe("Härjedalen, Jämtlands län");
    expect(rows["Kommentar i rapporten"]).toBe("Avser lösning i Sysseleback");
    expect(rows["Källa"]).toBe("004 Bilaga 2, rad 80");
  });

  it("omits the comment row when the report has none", () => {
    expect(describePlace(place({ id: "p" }), sv).rows.some((r) => r.term === sv.place.terms.comment)).toBe(
      false,
    );
  });
});

describe("positionRows", () => {
  it("explains locality precision and adds the note", () => {
    const rows = positionRows(
      { precision: "locality", positionNote: "Stadsdelens punkt enligt Wikipedia." },
      sv,
    );
    expect(rows.map((r) => r.value)).toEqual([
      "Placerad vid ortens mitt",
      "Stadsdelens punkt enligt Wikipedia.",
    ]);
  });

  it("does not repeat the phrase when the Swedish note already starts with it", () => {
    const note = "Placerad vid kommunens centralort enligt GeoNames (Kiruna).";
    expect(positionRows({ precision: "kommun_seat", positionNote: note }, sv)).toEqual([
      { term: "Position", value: note, verbatimSwedish: true },
    ]);
  });

  it("in English explains the precision and quotes the Swedish note separately", () => {
    const note = "Placerad vid kommunens centralort enligt GeoNames (Kiruna).";
    const rows = positionRows({ precision: "kommun_seat", positionNote: note }, en);
    expect(rows[0]?.value).toBe("Placed at the municipality's main town");
    expect(rows[1]).toMatchObject({ value: note, verbatimSwedish: true });
  });
});
