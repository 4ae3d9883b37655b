import { describe, expect, it } from "vitest";
import { FRAME_LISTENER, iframeSnippet, scriptSnippet } from "../../src/embed/snippet";

const options = {
  kommun: "Orsa",
  lang: "sv" as const,
  kinds: ["spontaneous", "booked", "provider"] as const,
  map: true,
  heightPx: 640,
};

describe("snippets", () => {
  it("writes the script form with the defaults left out and the height reserved", () => {
    expect(scriptSnippet("https://example.se/narvaro/", options)).toBe(
      [
        '<script src="https://example.se/narvaro/embed.js" defer></script>',
        "<style>narvaro-karta { display: block; height: 640px }</style>",
        '<narvaro-karta kommun="Orsa" height="640"></narvaro-karta>',
      ].join("\n"),
    );
  });

  it("writes every non-default option and escapes attribute values", () => {
    const text = scriptSnippet("/", { ...options, kommun: 'A"B', lang: "en", kinds: ["booked"], map: false });
    expect(text).toContain(
      '<narvaro-karta kommun="A&quot;B" lang="en" kinds="booked" height="640" map="off">',
    );
  });

  it("writes the iframe form with an id the height message names, and the listener", () => {
    const text = iframeSnippet("https://example.se/", { ...options, kommun: "Malung-Sälen" }, "Titel");
    expect(text).toContain(
      'src="https://example.se/embed.html?kommun=Malung-S%C3%A4len&amp;height=640&amp;id=narvaro-malung-s%C3%A4len"',
    );
    expect(text).toContain('title="Titel"');
    expect(text).toContain(FRAME_LISTENER);
  });
});
