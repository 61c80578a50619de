import { describe, expect, it } from "vitest";
import { hasControlChars, stripControlChars } from "../../../lib/text/control-chars";

describe("control characters", () => {
  it("removes NUL, DEL and C1 characters, keeping the text around them", () => {
    expect(stripControlChars("a\u0000b")).toBe("ab");
    expect(stripControlChars("\u0000")).toBe("");
    expect(stripControlChars("eau\u007F\u0085\u009Fpotable")).toBe("eau potable");
    expect(stripControlChars("\u0001\u001B[31mrouge")).toBe("[31mrouge");
  });

  it("turns tabs and line breaks into spaces, since they separated words", () => {
    expect(stripControlChars("eau\tpotable\r\nSénégal")).toBe("eau potable  Sénégal");
  });

  it("leaves ordinary text alone, accents, non-Latin scripts and emoji included", () => {
    const text = "Coopération « décentralisée » — 日本 — Ελλάδα 🌍";
    expect(stripControlChars(text)).toBe(text);
    expect(hasControlChars(text)).toBe(false);
  });

  it("tells whether a value holds any control character", () => {
    expect(hasControlChars("a\u0000b")).toBe(true);
    expect(hasControlChars("a\tb")).toBe(true);
    expect(hasControlChars("\u009F")).toBe(true);
  });
});
