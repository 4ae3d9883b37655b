import { describe, expect, it } from "vitest";
import { diamondPixels, IMPORTED_COLOURS } from "../../src/map/importedLayer";
import { BASE_COLOURS, contrastRatio } from "../../src/map/palette";

describe("imported places' map symbol", () => {
  it.each(Object.entries(IMPORTED_COLOURS))("%s keeps 3:1 against land and water", (_, colour) => {
    expect(contrastRatio(colour, BASE_COLOURS.land)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(colour, BASE_COLOURS.water)).toBeGreaterThanOrEqual(3);
  });
  it("is a diamond: opaque fill at the centre, transparent corners, white tips", () => {
    const size = 44;
    const px = diamondPixels("#00695c", size);
    const at = (x: number, y: number) => [...px.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(22, 22)).toEqual([0x00, 0x69, 0x5c, 255]);
    expect(at(0, 0)[3]).toBe(0);
    expect(at(size - 1, size - 1)[3]).toBe(0);
    expect(at(22, 1)).toEqual([255, 255, 255, 255]);
    expect(at(22, 6)).toEqual([0x1f, 0x1d, 0x1a, 255]);
  });
});
