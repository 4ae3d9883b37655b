// The exported CSV reads back into the same places (positions as coordinates, same kinds and kommuner).
import { describe, expect, it } from "vitest";
import { placesCsv } from "../../../src/components/import/exportCsv.ts";
import { read } from "./gazetteer.ts";

describe("export of imported places", () => {
  it("round-trips through the importer", () => {
    const first = read(
      "namn;typ;postnummer;kommun\nA;KROM;794 90;\nB;bokat möte;;Mölndal\nC; servicekontor ;;Kiruna\n",
    );
    const again = read(placesCsv(first.accepted));
    expect(again.rejected).toEqual([]);
    expect(
      again.accepted.map((p) => [p.name, p.kind, p.service, p.lon, p.lat, p.kommunKod, p.precision]),
    ).toEqual(
      first.accepted.map((p) => [p.name, p.kind, p.service, p.lon, p.lat, p.kommunKod, "coordinates"]),
    );
  });
});
