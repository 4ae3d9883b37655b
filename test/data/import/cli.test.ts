// The CLI as a user runs it: exit codes and the JSON contract of issue 11.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const fixture = (name: string) => join(root, "test/fixtures/in/import", name);
const run = (...args: string[]) =>
  spawnSync(join(root, "node_modules/.bin/tsx"), ["scripts/import.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });

describe("npm run import", () => {
  it("--json prints the issue's object for a mixed Windows-1252 file and exits 0", () => {
    const { status, stdout } = run(fixture("mixed-1252-semicolon.csv"), "--json");
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ encoding: "windows-1252", delimiter: ";", coordinates: "wgs84-latlon" });
    expect(json.accepted).toEqual([
      expect.objectContaining({
        line: 2,
        name: "Rusta Orsa",
        kind: "provider",
        precision: "postnummer",
        kommunKod: "2034",
        lon: 14.6155,
        lat: 61.1203,
      }),
      expect.objectContaining({
        line: 5,
        name: "SSK Kista",
        kind: "spontaneous",
        precision: "coordinates",
        kommunKod: "0180",
        lon: 17.9447,
        lat: 59.4032,
      }),
      expect.objectContaining({
        line: 9,
        name: "Sysslebäck",
        kind: "provider",
        precision: "locality",
        kommunKod: "1737",
      }),
    ]);
    expect(json.rejected).toEqual([
      { line: 3, reason: "unknown kommun 'Mölnadal' — did you mean Mölndal?" },
      { line: 6, reason: "no position: no coordinates, postnummer, ort or kommun" },
      { line: 7, reason: "postnummer '1234' has 4 digits (it needs 5)" },
      { line: 8, reason: "point lies outside Sweden (52.5200 N, 13.4000 E)" },
    ]);
  });
  it("prints the row report in file order without --json", () => {
    const { status, stdout } = run(fixture("providers-sweref99tm-utf8bom.csv"));
    expect(status).toBe(0);
    expect(stdout).toContain("encoding utf-8-bom, delimiter comma, coordinates sweref99tm");
    expect(stdout).toMatch(/:2: Rusta Kiruna \[provider, Rusta och matcha\] .* 2584 Kiruna/);
    expect(stdout).toMatch(/:4: rejected: point lies outside Sweden/);
  });
  it("exits 1 with one line when nothing can be read", () => {
    for (const name of ["garbage.bin", "workbook.xlsx"]) {
      const { status, stdout, stderr } = run(fixture(name), "--json");
      expect(status).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toMatch(/not a (text \(CSV\)|CSV) file/);
    }
  });
});
