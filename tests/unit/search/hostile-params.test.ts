import { describe, expect, it } from "vitest";
import { parseSearchParams } from "../../../lib/search/params";
import { cleanQuery, MAX_QUERY_LENGTH, queryTruncated } from "../../../lib/search/query-length";

const NUL = "\u0000";

describe("search params with control characters", () => {
  it("strips NUL and other control characters from the text query", () => {
    expect(parseSearchParams(new URLSearchParams("q=a%00b")).q).toBe("ab");
    expect(parseSearchParams({ q: `eau${NUL}\u0007 potable` }).q).toBe("eau potable");
    expect(parseSearchParams({ q: NUL }).q).toBeUndefined();
  });

  it("strips them from list and single-valued filters, dropping what is left empty", () => {
    const p = parseSearchParams(
      new URLSearchParams("status=%00&status=En%20cours%00&country=S%00N&sort=ti%00tle&region=%0084"),
    );
    expect(p.status).toEqual(["En cours"]);
    expect(p.country).toEqual(["SN"]);
    expect(p.sort).toBe("title");
    expect(p.region).toEqual(["84"]);
  });

  it("no parsed string keeps a control character, whatever the input", () => {
    const hostile = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");
    const p = parseSearchParams({ q: `x${hostile}y`, status: [`s${hostile}`, hostile], region: hostile });
    const strings = [p.q, ...p.status, ...p.region].filter((v): v is string => typeof v === "string");
    for (const s of strings) expect(s).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });
});

describe("long text queries", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(" ");

  it("are cut to 200 characters at a word boundary, not dropped", () => {
    const raw = words(60); // about 400 characters
    const p = parseSearchParams({ q: raw });
    expect(p.q).toBeDefined();
    expect(p.q!.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(raw.startsWith(p.q!)).toBe(true);
    expect(raw[p.q!.length]).toBe(" ");
    expect(queryTruncated({ q: raw })).toBe(true);
    expect(queryTruncated(new URLSearchParams({ q: raw }))).toBe(true);
  });

  it("a single 300-character word is cut at 200 characters", () => {
    expect(cleanQuery("a".repeat(300))).toEqual({ text: "a".repeat(200), truncated: true });
  });

  it("counts characters, not UTF-16 units, and never splits an emoji", () => {
    const raw = "🌍".repeat(250);
    const { text, truncated } = cleanQuery(raw);
    expect(truncated).toBe(true);
    expect(Array.from(text!)).toHaveLength(200);
    expect(text).toBe("🌍".repeat(200));
  });

  it("a query of 200 characters or less is kept whole and not reported as cut", () => {
    const exact = "é".repeat(200);
    expect(cleanQuery(exact)).toEqual({ text: exact, truncated: false });
    expect(queryTruncated({ q: "eau potable" })).toBe(false);
    expect(queryTruncated({})).toBe(false);
    // Whitespace collapsed before counting: 150 words of "a" separated by runs of spaces fit.
    expect(cleanQuery(Array(100).fill("a").join("     ")).truncated).toBe(false);
  });
});
