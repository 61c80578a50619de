import { describe, expect, it } from "vitest";
import { countryCodeSegment, pathSegment, readSegment } from "../../../lib/http/route-params";

describe("path segments", () => {
  it("accept slugs, decoded once", () => {
    expect(readSegment(pathSegment, "eau-potable-dschang")).toBe("eau-potable-dschang");
    expect(readSegment(pathSegment, "saint-%C3%A9tienne-fr")).toBe("saint-étienne-fr");
    expect(readSegment(pathSegment, "%E0%A4%A")).toBe("%E0%A4%A");
  });

  it("refuse a control character, raw or percent-encoded, and the empty or overlong segment", () => {
    for (const raw of ["\u0000", "a\u0000b", "%00", "a%00b", "a%0Ab", "%7F", "", "x".repeat(301)]) {
      expect(readSegment(pathSegment, raw), JSON.stringify(raw)).toBeNull();
    }
  });

  it("country codes are two letters in either case, given in upper case", () => {
    expect(readSegment(countryCodeSegment, "it")).toBe("IT");
    expect(readSegment(countryCodeSegment, "SN")).toBe("SN");
    for (const raw of ["%00", "I\u0000", "ITA", "1", "%25"])
      expect(readSegment(countryCodeSegment, raw), raw).toBeNull();
  });
});
