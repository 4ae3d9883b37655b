import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { gtfsFilesFrom, gtfsFilesFromList, gtfsFilesFromZip, isZip } from "../../src/data/gtfsArchive";

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

describe("GTFS files from a zip or a folder", () => {
  it("unpacks a zip whose tables sit in a subfolder, by base name, and lists what it ignores", () => {
    const zip = zipSync({
      "feed/stops.txt": strToU8("stop_id\nA\n"),
      "feed/Routes.TXT": strToU8("route_id\nR\n"),
      "feed/readme.md": strToU8("# hello"),
      "__MACOSX/feed/._stops.txt": strToU8("junk"),
    });
    expect(isZip(zip)).toBe(true);
    const result = gtfsFilesFromZip(zip);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.files.keys()].sort()).toEqual(["routes.txt", "stops.txt"]);
    expect(text(result.files.get("stops.txt"))).toBe("stop_id\nA\n");
    expect(result.ignored).toEqual(["feed/readme.md"]);
  });

  it("takes a folder's files as they come from a folder picker", () => {
    const result = gtfsFilesFrom([
      { name: "norrbotten/stops.txt", bytes: strToU8("stop_id\n") },
      { name: "norrbotten/trips.txt", bytes: strToU8("trip_id\n") },
    ]);
    expect(result.ok && [...result.files.keys()].sort()).toEqual(["stops.txt", "trips.txt"]);
  });

  it("refuses the same table twice, a file that is neither zip nor .txt, and two zips", () => {
    expect(
      gtfsFilesFromList([
        { name: "a/stops.txt", bytes: strToU8("x") },
        { name: "b/stops.txt", bytes: strToU8("y") },
      ]),
    ).toEqual({
      ok: false,
      problem: { reason: "duplicate", file: "stops.txt", paths: ["a/stops.txt", "b/stops.txt"] },
    });
    expect(gtfsFilesFrom([{ name: "feed.pdf", bytes: strToU8("%PDF-1.4") }])).toEqual({
      ok: false,
      problem: { reason: "noTxt" },
    });
    const zip = zipSync({ "stops.txt": strToU8("x") });
    expect(
      gtfsFilesFrom([
        { name: "a.zip", bytes: zip },
        { name: "b.zip", bytes: zip },
      ]),
    ).toEqual({ ok: false, problem: { reason: "severalZips", names: ["a.zip", "b.zip"] } });
  });

  it("reports a damaged zip instead of throwing", () => {
    const zip = zipSync({ "stops.txt": strToU8("stop_id\nA\n".repeat(50)) });
    const result = gtfsFilesFromZip(zip.subarray(0, zip.length - 30));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.reason).toBe("badZip");
    expect(gtfsFilesFromZip(strToU8("stop_id\n"))).toEqual({ ok: false, problem: { reason: "notZip" } });
    expect(gtfsFilesFrom([{ name: "feed.ZIP", bytes: strToU8("stop_id\n") }])).toEqual({
      ok: false,
      problem: { reason: "notZip" },
    });
  });
});
