// Loads the hand-made search fixture (test/fixtures/in/search/, rows copied from the shared data; see the
// README there) as the source texts buildSearchEntries reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../scripts/load-sources.ts";
import { SEAT_CORRECTIONS_FILE } from "../../src/data/reference.ts";
import { buildSearchEntries, type SearchSourceTexts } from "../../src/search/entries.ts";

export const FIXTURE_DIR = "test/fixtures/in/search";

export function fixtureText(name: string): string {
  return readFileSync(join(repoRoot, FIXTURE_DIR, name), "utf8");
}

export function fixtureTexts(overrides: Partial<SearchSourceTexts> = {}): SearchSourceTexts {
  return {
    kommuner: fixtureText("kommuner.csv"),
    seats: fixtureText("kommun_seats_SE.csv"),
    geonames: fixtureText("cities500_SE.txt"),
    postal: fixtureText("SE.txt"),
    stadsdelar: fixtureText("stadsdelar_centroids_DERIVED.csv"),
    wikipedia: fixtureText("wikipedia_place_points.csv"),
    // The fixture's seats file has a few kommuner only: the project's table's header, no corrections.
    seatCorrections: readFileSync(join(repoRoot, SEAT_CORRECTIONS_FILE), "utf8").split("\n")[0]!,
    ...overrides,
  };
}

export function fixtureEntries(overrides: Partial<SearchSourceTexts> = {}) {
  return buildSearchEntries(fixtureTexts(overrides), "fixture");
}
