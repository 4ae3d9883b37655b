import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { parseLanguage, searchWithLanguage } from "../../src/i18n/language";
import type { Messages } from "../../src/i18n/messages";
import { sv } from "../../src/i18n/sv";

describe("parseLanguage", () => {
  it("defaults to Swedish", () => {
    expect(parseLanguage("")).toBe("sv");
    expect(parseLanguage("?lang=de")).toBe("sv");
  });
  it("selects English with ?lang=en, case-insensitively", () => {
    expect(parseLanguage("?lang=en")).toBe("en");
    expect(parseLanguage("?view=list&lang=EN")).toBe("en");
  });
});

describe("searchWithLanguage", () => {
  it("adds lang=en and keeps other parameters", () => {
    expect(searchWithLanguage("?view=list", "en")).toBe("?view=list&lang=en");
  });
  it("drops the parameter for Swedish", () => {
    expect(searchWithLanguage("?lang=en", "sv")).toBe("");
    expect(searchWithLanguage("?lang=en&view=list", "sv")).toBe("?view=list");
  });
});

/** Every string leaf of a message tree, by dotted path; functions are called with placeholder args. */
function leaves(value: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function")
    out.set(path, String((value as (...a: string[]) => string)("X", "Y")));
  else if (Array.isArray(value))
    value.forEach((v, i) => leaves(v, `${path}[${i}]`).forEach((s, k) => out.set(k, s)));
  else if (typeof value === "object" && value !== null) {
    for (const [key, v] of Object.entries(value))
      leaves(v, path === "" ? key : `${path}.${key}`).forEach((s, k) => out.set(k, s));
  }
  return out;
}

describe("messages", () => {
  const svLeaves = leaves(sv satisfies Messages);
  const enLeaves = leaves(en satisfies Messages);

  it("English has exactly the Swedish keys (including list lengths)", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...svLeaves.keys()].sort());
  });

  it("has no empty strings", () => {
    for (const [key, text] of [...svLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe("");
  });

  it("each language's switch offers the other language", () => {
    expect(sv.language.target).toBe("en");
    expect(en.language.target).toBe("sv");
  });
});
