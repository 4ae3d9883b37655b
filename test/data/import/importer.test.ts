import { describe, expect, it } from "vitest";
import { toSweref99tm } from "../../../src/data/import/coordinates.ts";
import { importPlaces } from "../../../src/data/import/importPlaces.ts";
import { IMPORT_MESSAGES } from "../../../src/i18n/importMessages.ts";
import { cp1252, gazetteer, read, utf8 } from "./gazetteer.ts";

const en = IMPORT_MESSAGES.en;
const HEADER = "namn;typ;kommun\n";

describe("encodings", () => {
  const text = "namn;typ;kommun\nRusta Mölndal;leverantör;Mölndal\n";
  it("reads UTF-8 without BOM", () => {
    const r = read(utf8(text));
    expect(r.encoding).toBe("utf-8");
    expect(r.accepted[0]).toMatchObject({ name: "Rusta Mölndal", kommunKod: "1481" });
  });
  it("reads UTF-8 with BOM and strips it from the first header", () => {
    const r = read(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]));
    expect(r.encoding).toBe("utf-8-bom");
    expect(r.columns.name).toBe("namn");
    expect(r.accepted).toHaveLength(1);
  });
  it("reads Windows-1252 when the bytes are not valid UTF-8, and says so", () => {
    const r = read(cp1252(text));
    expect(r.encoding).toBe("windows-1252");
    expect(r.detected.encoding).toBe("windows-1252");
    expect(r.accepted[0]?.name).toBe("Rusta Mölndal");
  });
  it("reads UTF-16LE with BOM (Excel Unicode text)", () => {
    const units = [0xfeff, ...[...text].map((c) => c.charCodeAt(0))];
    const bytes = new Uint8Array(new Uint16Array(units).buffer);
    const r = read(bytes);
    expect(r.encoding).toBe("utf-16le");
    expect(r.accepted[0]?.name).toBe("Rusta Mölndal");
  });
  it("an override to Windows-1252 on UTF-8 bytes is followed (and shows mojibake, detected stays utf-8)", () => {
    const r = read(utf8(text), { encoding: "windows-1252" });
    expect(r.encoding).toBe("windows-1252");
    expect(r.detected.encoding).toBe("utf-8");
    expect(r.accepted).toHaveLength(0);
    expect(r.rejected[0]).toMatchObject({
      name: "Rusta MÃ¶lndal",
      problem: { code: "unknown_kind", value: "leverantÃ¶r" },
    });
  });
});

describe("delimiters", () => {
  const rows = [
    ["namn", "typ", "ort", "kommun"],
    ["Kontor, Orsa", "bokat", "Orsa", "Orsa"],
    ["Tjänst; Kiruna", "leverantör", "Kiruna", "Kiruna"],
  ];
  const write = (d: string) =>
    rows.map((r) => r.map((c) => (c.includes(d) ? `"${c}"` : c)).join(d)).join("\r\n") + "\r\n";
  it.each([",", ";", "\t"] as const)("detects %j with quoted cells holding the other delimiters", (d) => {
    const r = read(write(d));
    expect(r.delimiter).toBe(d);
    expect(r.accepted.map((p) => p.name)).toEqual(["Kontor, Orsa", "Tjänst; Kiruna"]);
    expect(r.accepted.map((p) => p.line)).toEqual([2, 3]);
  });
  it("follows a delimiter override (here a wrong one: the header is then one column)", () => {
    const r = importPlaces(utf8(write(";")), gazetteer(), { delimiter: "," });
    expect(r).toEqual({
      ok: false,
      problem: { code: "no_name_column", header: ["namn;typ;ort;kommun"] },
      detected: { encoding: "utf-8", delimiter: ";" },
    });
  });
  it("honours Excel's sep= line and counts it as line 1", () => {
    const r = read("sep=,\nnamn,kommun\nA,Orsa\n");
    expect(r.delimiter).toBe(",");
    expect(r.notes).toContainEqual({ code: "sep_line", delimiter: "," });
    expect(r.accepted[0]?.line).toBe(3);
  });
});

describe("column names", () => {
  it.each([
    ["NAMN;TYP;POSTNUMMER", "Orsa;Leverantör;794 90"],
    ["Name;Kind;Postcode", "Orsa;provider;79490"],
    ["name;Tjänst;Postal code", "Orsa;Rusta och matcha;794 90"],
    ["Benämning;Type;PostNr", "Orsa;Provider;79490"],
  ])("%s", (header, row) => {
    const r = read(`${header}\n${row}\n`);
    expect(r.accepted).toHaveLength(1);
    expect(r.accepted[0]).toMatchObject({ precision: "postnummer", kommunKod: "2034", kind: "provider" });
  });
  it("reads units in brackets, English coordinate names and reports unused columns", () => {
    const r = read("Name,Latitude (WGS84),Longitude (WGS84),Comment\nA,59.3293,18.0686,x\n");
    expect(r.columns).toMatchObject({ name: "Name", lat: "Latitude (WGS84)", lon: "Longitude (WGS84)" });
    expect(r.notes).toContainEqual({ code: "unused_columns", columns: ["Comment"] });
    expect(r.accepted[0]).toMatchObject({ kommunKod: "0180", precision: "coordinates" });
  });
  it("reads ort, kommunkod as a code and N/E", () => {
    const [e, n] = toSweref99tm(18.0686, 59.3293);
    const r = read(
      `Namn;Ort;Kommunkod;N;E\nA;;0180;${Math.round(n)};${Math.round(e)}\nB;Sysslebäck;1737;;\n`,
    );
    expect(r.coordinates).toBe("sweref99tm");
    expect(r.accepted.map((p) => [p.precision, p.kommunKod])).toEqual([
      ["coordinates", "0180"],
      ["locality", "1737"],
    ]);
  });
});

describe("coordinate forms and lat/lon detection", () => {
  it("WGS84 lat, lon with decimal point", () => {
    const r = read("namn,lat,lon\nA,67.8558,20.2253\n");
    expect(r.coordinates).toBe("wgs84-latlon");
    expect(r.accepted[0]).toMatchObject({ lat: 67.8558, lon: 20.2253, kommunKod: "2584" });
  });
  it("WGS84 with decimal comma in a semicolon file", () => {
    const r = read("namn;lat;lon\nA;57,7089;11,9746\n");
    expect(r.accepted[0]).toMatchObject({ lat: 57.7089, lon: 11.9746, kommunKod: "1480" });
  });
  it("detects longitude first from Sweden's extent when the columns are lon, lat", () => {
    const r = read("namn;lon;lat\nA;13,0038;55,6050\n");
    expect(r.coordinates).toBe("wgs84-lonlat");
    expect(r.accepted[0]).toMatchObject({ lon: 13.0038, lat: 55.605, kommunKod: "1280" });
    expect(r.notes.map((n) => n.code)).toEqual(["no_kind_column"]);
  });
  it("detects a 'lat' column that holds longitudes, and says so", () => {
    const r = read("namn;lat;lon\nA;13,0038;55,6050\nB;18,0686;59,3293\n");
    expect(r.coordinates).toBe("wgs84-lonlat");
    expect(r.accepted.map((p) => p.kommunKod)).toEqual(["1280", "0180"]);
    expect(r.notes).toContainEqual({ code: "coordinates_swapped_names", column: "lat" });
  });
  it("x/y in degrees: the order follows the values, not the letters", () => {
    const r = read("namn;x;y\nA;18,0686;59,3293\n");
    expect(r.coordinates).toBe("wgs84-lonlat");
    expect(r.accepted[0]?.kommunKod).toBe("0180");
  });
  it("a user override of the order is followed: swapped pairs fall outside Sweden", () => {
    const r = read("namn;lat;lon\nA;59,3293;18,0686\n", { coordinates: "wgs84-lonlat" });
    expect(r.detected.coordinates).toBe("wgs84-latlon");
    expect(r.rejected[0]?.problem.code).toBe("outside_sweden");
  });
  it("SWEREF 99 TM with Swedish X (northing, 7 digits) and Y (easting, 6 digits), spaces as thousands separators", () => {
    const r = read("namn;X;Y\nA;6 580 822;674 032\n");
    expect(r.coordinates).toBe("sweref99tm");
    expect(r.accepted[0]?.lat).toBeCloseTo(59.3302, 3);
    expect(r.accepted[0]?.lon).toBeCloseTo(18.0592, 3);
  });
  it("SWEREF 99 TM on the central meridian 15° E: easting 500 000, northing = 0.9996 × GRS80 meridian arc to 60°", () => {
    // Meridian arc from the equator to 60° N on GRS80: 6,654,072.82 m (independent of proj4).
    const northing = 0.9996 * 6_654_072.82;
    const r = read(`namn;N;E\nA;${northing.toFixed(2)};500000\n`);
    expect(r.accepted[0]?.lat).toBeCloseTo(60, 5);
    expect(r.accepted[0]?.lon).toBeCloseTo(15, 6);
  });
  it("warns when eastings look like a local SWEREF 99 zone", () => {
    const r = read("namn;N;E\nA;6580822;153000\nB;6580000;152000\n");
    expect(r.notes).toContainEqual({ code: "local_zone_suspected" });
    expect(r.rejected.map((x) => x.problem.code)).toEqual(["outside_sweden", "outside_sweden"]);
  });
});

describe("SWEREF 99 TM round trips at the 290 kommun seats", () => {
  const seats = [...gazetteer().kommunByKod.values()];
  const lines = seats.map((k) => {
    const [e, n] = toSweref99tm(k.seat[0], k.seat[1]);
    return `${k.namn};${n.toFixed(3)};${e.toFixed(3)}`;
  });
  const r = read(`namn;N;E\n${lines.join("\n")}\n`);
  it("every seat comes back to its GeoNames point within 1e-6°", () => {
    expect(seats).toHaveLength(290);
    expect(r.rejected).toEqual([]);
    r.accepted.forEach((p, i) => {
      expect(Math.abs(p.lon - seats[i]!.seat[0])).toBeLessThan(1e-6);
      expect(Math.abs(p.lat - seats[i]!.seat[1])).toBeLessThan(1e-6);
    });
  });
  it("and lies in its own kommun (point-in-polygon) for the seats checked by name", () => {
    const byName = new Map(r.accepted.map((p) => [p.name, p.kommunKod]));
    for (const [namn, kod] of [
      ["Stockholm", "0180"],
      ["Göteborg", "1480"],
      ["Malmö", "1280"],
      ["Kiruna", "2584"],
      ["Orsa", "2034"],
      ["Gotland", "0980"],
      ["Haparanda", "2583"],
    ])
      expect(byName.get(namn!)).toBe(kod);
    const own = r.accepted.filter((p, i) => p.kommunKod === seats[i]!.kod).length;
    expect(own).toBeGreaterThanOrEqual(285);
  });
});

describe("quoted newlines and line numbers", () => {
  it("counts quoted newlines, blank lines and CRLF when numbering rows", () => {
    const text =
      'namn;typ;kommun\r\n"Kontor\r\nmed två\r\nrader";bokat;Orsa\r\n\r\nB;leverantör;Mölnadal\r\n;;\r\n"C ""citat""";leverantör;Kiruna\r\n';
    const r = read(text);
    expect(r.rowCount).toBe(3);
    expect(r.accepted.map((p) => [p.line, p.name])).toEqual([
      [2, "Kontor\r\nmed två\r\nrader"],
      [8, 'C "citat"'],
    ]);
    expect(r.rejected.map((x) => x.line)).toEqual([6]);
  });
  it("counts lone LF and lone CR line ends", () => {
    expect(read('namn;kommun\n"a\nb";Orsa\nc;Orsa\n').accepted.map((p) => p.line)).toEqual([2, 4]);
    expect(read("namn;kommun\rA;Orsa\rB;Orsa\r").accepted.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe("positioning without coordinates", () => {
  it("postnummer, ort, kommun seat, with precision and what it came from", () => {
    const r = read(
      HEADER.replace("\n", ";postnummer;ort\n") +
        "A;leverantör;;794 90;\nB;leverantör;Torsby;;Sysslebäck\nC;leverantör;Ale;;\n",
    );
    expect(r.accepted.map((p) => [p.precision, p.positionFrom, p.kommunKod])).toEqual([
      ["postnummer", "794 90 Orsa", "2034"],
      ["locality", "Sysslebäck", "1737"],
      ["kommun_seat", "Ale", "1440"],
    ]);
  });
  it("a locality GeoNames names outranks postorter of the same name in neighbouring kommuner", () => {
    const r = read("namn;ort\nA;Billdal\nB;Motala\n");
    expect(r.accepted.map((p) => [p.precision, p.kommunKod])).toEqual([
      ["locality", "1480"],
      ["locality", "0583"],
    ]);
  });
  it("falls back to a coarser column with a warning, never silently", () => {
    const r = read("namn;postnummer;kommun\nA;99999;Orsa\n");
    expect(r.accepted[0]).toMatchObject({ precision: "kommun_seat", kommunKod: "2034" });
    expect(r.accepted[0]?.warnings).toEqual([
      { code: "fallback", because: { code: "unknown_postnummer", value: "99999" }, used: "kommun_seat" },
    ]);
  });
  it("reads 'Mölndals stad' and 'Orsa kommun' as kommuner, and notes a point in another kommun", () => {
    const r = read("namn;kommun;lat;lon\nA;Mölndals stad;;\nB;Orsa kommun;;\nC;Orsa;59,3293;18,0686\n");
    expect(r.accepted.map((p) => p.kommunKod)).toEqual(["1481", "2034", "0180"]);
    expect(r.accepted[2]?.warnings).toEqual([
      { code: "kommun_mismatch", stated: "Orsa", found: "Stockholm" },
    ]);
  });
  it("a missing kind column makes every row the default kind, noted for confirmation", () => {
    expect(read("namn;kommun\nA;Orsa\n").notes).toContainEqual({
      code: "no_kind_column",
      defaultKind: "provider",
    });
    expect(read("namn;kommun\nA;Orsa\n", { defaultKind: "booked" }).accepted[0]?.kind).toBe("booked");
  });
  it("kinds in Swedish and English, and Bilaga 3 services by name or code", () => {
    const r = read(
      "namn;typ;kommun\nA;Servicekontor;Orsa\nB;Bokat möte;Orsa\nC;KROM;Orsa\nD;Stöd och matchning (STOM);Orsa\nE;booked;Orsa\n",
    );
    expect(r.accepted.map((p) => [p.kind, p.service])).toEqual([
      ["spontaneous", null],
      ["booked", null],
      ["provider", "Rusta och matcha"],
      ["provider", "Stöd och matchning"],
      ["booked", null],
    ]);
  });
});

describe("each rejection reason, in words a person understands", () => {
  const reasons = (text: string) => read(text).rejected.map((r) => [r.line, en.row(r.problem)]);
  it.each([
    ["namn;kommun\n;Orsa\n", "no name"],
    ['namn;kommun\n"A;Orsa\n', 'a quote (") is opened but not closed: a quoted cell must end with a quote'],
    ["namn;kommun\nA;Orsa;x\n", "the row has 3 cells but the header has 2"],
    [
      "namn,lat,lon\nA,59,3,18,0\n",
      "the row has 5 cells but the header has 3 (decimal comma in a comma-separated file? quote the number or use semicolons)",
    ],
    ["namn;typ;kommun\nA;;Orsa\n", "no kind (spontaneous, booked, provider or a Bilaga 3 service)"],
    ["namn;typ;kommun\nA;levrantör;Orsa\n", "unknown kind 'levrantör' — did you mean leverantör?"],
    ["namn;lat;lon\nA;59,3;nära\nB;59,3;18,1\n", "'nära' in column 'lon' is not a number"],
    ["namn;lat;lon\nA;59,3;\nB;59,3;18,1\n", "the coordinate in 'lon' is missing ('lat' is filled in)"],
    [
      "namn;N;E\nA;1234567;7654321\nB;6580822;674032\n",
      "'1234567', '7654321' is not SWEREF 99 TM (a 7-digit northing and a 6-digit easting)",
    ],
    ["namn;lat;lon\nA;52,52;13,40\n", "point lies outside Sweden (52.5200 N, 13.4000 E)"],
    ["namn;postnummer\nA;1234\n", "postnummer '1234' has 4 digits (it needs 5)"],
    ["namn;postnummer\nA;99999\n", "postnummer '99999' is not in the GeoNames postal code list"],
    ["namn;ort\nA;Sysslebäk\n", "unknown ort 'Sysslebäk' — did you mean Sysslebäck?"],
    ["namn;kommun\nA;Mölnadal\n", "unknown kommun 'Mölnadal' — did you mean Mölndal?"],
    ["namn;kommun;ort\nA;;\n", "no position: no coordinates, postnummer, ort or kommun"],
  ])("%j → %s", (text, reason) => {
    expect(reasons(text)[0]).toEqual([2, reason]);
  });
  it("an ort in several kommuner asks for the kommun", () => {
    const [problem] = read("namn;ort\nA;Ekeby\n").rejected.map((r) => r.problem);
    expect(problem?.code).toBe("ambiguous_locality");
    expect(en.row(problem!)).toMatch(/^ort 'Ekeby' exists in several kommuner \(.+, .+\): add the kommun$/);
  });
  it("valid rows are kept when others fail, and suggestions are never applied", () => {
    const r = read("namn;kommun\nA;Mölnadal\nB;Mölndal\n");
    expect(r.accepted.map((p) => [p.line, p.kommunKod])).toEqual([[3, "1481"]]);
    expect(r.rejected).toEqual([
      {
        line: 2,
        name: "A",
        problem: { code: "unknown_kommun", value: "Mölnadal", suggestions: ["Mölndal"] },
      },
    ]);
  });
});

describe("files that cannot be read", () => {
  const problem = (bytes: Uint8Array) => {
    const r = importPlaces(bytes, gazetteer());
    return r.ok ? null : r.problem;
  };
  it.each([
    ["an empty file", utf8(""), { code: "empty" }],
    ["only whitespace", utf8(" \r\n\n"), { code: "empty" }],
    [
      "an xlsx workbook",
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      { code: "binary", looksLike: "xlsx" },
    ],
    [
      "bytes with NUL",
      Uint8Array.from([0x6e, 0x00, 0x61, 0x6d, 0x6e]),
      { code: "binary", looksLike: "other" },
    ],
    ["a header without rows", utf8("namn;kommun\n"), { code: "no_rows" }],
    [
      "no name column",
      utf8("adress;kommun\nx;Orsa\n"),
      { code: "no_name_column", header: ["adress", "kommun"] },
    ],
    [
      "no position column",
      utf8("namn;adress\nA;x\n"),
      { code: "no_position_columns", header: ["namn", "adress"] },
    ],
  ])("%s", (_, bytes, expected) => {
    expect(problem(bytes)).toEqual(expected);
  });
  it("says so in one sentence", () => {
    expect(en.file({ code: "binary", looksLike: "xlsx" })).toMatch(
      /^The file is an Excel workbook, not a CSV file\./,
    );
    expect(IMPORT_MESSAGES.sv.file({ code: "empty" })).toBe("Filen är tom.");
  });
});
