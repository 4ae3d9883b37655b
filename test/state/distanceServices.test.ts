import { describe, expect, it } from "vitest";
import { distanceServiceHref } from "../../src/state/distanceServices";

describe("distanceServiceHref", () => {
  it("turns a Swedish phone number into a tel: link", () => {
    expect(distanceServiceHref({ channel: "phone", value: "0771-416 416" })).toBe("tel:0771416416");
    expect(distanceServiceHref({ channel: "phone", value: "0771 - 860 100" })).toBe("tel:0771860100");
  });

  it("links web addresses and leaves plain text alone", () => {
    expect(distanceServiceHref({ channel: "digital", value: "arbetsformedlingen.se" })).toBe(
      "https://arbetsformedlingen.se",
    );
    expect(distanceServiceHref({ channel: "digital", value: "https://example.se/x" })).toBe(
      "https://example.se/x",
    );
    expect(distanceServiceHref({ channel: "digital", value: "Chatt" })).toBeNull();
    expect(distanceServiceHref({ channel: "phone", value: "Bokas med din arbetsförmedlare" })).toBeNull();
  });
});
