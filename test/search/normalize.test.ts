import { describe, expect, it } from "vitest";
import { parsePostnummer, postnummerDigits, searchKey } from "../../src/search/normalize.ts";

describe("searchKey", () => {
  it("drops diacritics so a name typed without å, ä, ö or é matches", () => {
    expect(searchKey("Örebro")).toBe(searchKey("Orebro"));
    expect(searchKey("Härjedalen")).toBe(searchKey("Harjedalen"));
    expect(searchKey("Östersund")).toBe("ostersund");
    expect(searchKey("Skåne")).toBe("skane");
    expect(searchKey("Linné")).toBe("linne");
  });

  it("reads the ae/oe/aa spellings as ä/ö/å", () => {
    expect(searchKey("Goeteborg")).toBe(searchKey("Göteborg"));
    expect(searchKey("Haerjedalen")).toBe(searchKey("Härjedalen"));
    expect(searchKey("Aasele")).toBe(searchKey("Åsele"));
  });

  it("ignores case and folds punctuation to single spaces", () => {
    expect(searchKey("  MALUNG-sälen ")).toBe("malung salen");
    expect(searchKey("Globen / Stockholm Globe City")).toBe("globen stockholm globe city");
  });
});

describe("parsePostnummer", () => {
  it("accepts five digits with or without the space", () => {
    expect(parsePostnummer("79490")).toBe("794 90");
    expect(parsePostnummer("794 90")).toBe("794 90");
    expect(parsePostnummer(" 794 90 Orsa")).toBe("794 90");
  });

  it("rejects anything that is not a whole postnummer", () => {
    expect(parsePostnummer("7949")).toBeNull();
    expect(parsePostnummer("794901")).toBeNull();
    expect(parsePostnummer("79 490")).toBeNull();
    expect(parsePostnummer("Orsa")).toBeNull();
  });
});

describe("postnummerDigits", () => {
  it("returns the digits of a postnummer being typed", () => {
    expect(postnummerDigits("7")).toBe("7");
    expect(postnummerDigits("794 ")).toBe("794");
    expect(postnummerDigits("794 9")).toBe("7949");
  });

  it("refuses a space in the wrong place and letters", () => {
    expect(postnummerDigits("79 4")).toBeNull();
    expect(postnummerDigits("794a")).toBeNull();
  });
});
