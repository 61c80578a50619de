import { describe, expect, it } from "vitest";
import { parseFiche, type Fiche, type ParseResult } from "@/lib/fiche";
import { generateFiche, generateFiches, type GeneratedFiche } from "@/lib/corpus";
import { assertCountryNamesRoundTrip } from "@/lib/corpus/countries";
import { drawableCountries } from "@/lib/corpus/places";
import { HEAVY } from "../fiche/helpers";

/**
 * The generator's promise: a generated file parses back to the values it was generated from.
 * If this breaks, either the generator writes a layout the Atlas never printed, or the parser
 * regressed on one it should read.
 */

const SEED = "round-trip";
const COUNT = 200;

/** The fields a reader of the atlas relies on (the list), compared one by one. */
const KEY_FIELDS = [
  "title",
  "conventionYear",
  "startYear",
  "status",
  "endDate",
  "thematic",
  "otherThematics",
  "sdgs",
  "foreignPartners",
  "foreignContacts",
  "frenchPartners",
  "funding",
  "embassyPosts",
] as const satisfies readonly (keyof Fiche)[];

const corpus: GeneratedFiche[] = [...generateFiches(SEED, COUNT)];
const sound = corpus.filter((g) => g.expected !== null);

// Each sound file is parsed once, on first use, and shared by the field-by-field checks.
let parsedCorpus: { g: GeneratedFiche; parsed: ParseResult }[] | null = null;
function parsedSound() {
  return (parsedCorpus ??= sound.map((g) => ({ g, parsed: parseFiche(g.text, { fileName: g.fileName }) })));
}

describe("generated fiches round-trip through the parser", HEAVY, () => {
  it("covers the three layouts", () => {
    expect(new Set(sound.map((g) => g.format))).toEqual(new Set(["text", "markdown", "html"]));
  });

  it.each(KEY_FIELDS)("%s comes back as generated", (field) => {
    const mismatches: string[] = [];
    for (const { g, parsed } of parsedSound()) {
      if (!parsed.ok) {
        mismatches.push(`${g.fileName}: not parsed (${parsed.error.reason})`);
        continue;
      }
      const got = JSON.stringify(parsed.fiche[field]);
      const want = JSON.stringify(g.expected![field]);
      if (got !== want)
        mismatches.push(`${g.fileName} (${g.format}):\n  got  ${got.slice(0, 300)}\n  want ${want.slice(0, 300)}`);
    }
    expect(mismatches.slice(0, 5).join("\n")).toBe("");
  });

  it("the whole fiche (free texts included) comes back, without warnings", () => {
    for (const { g, parsed } of parsedSound()) {
      expect(parsed.ok && parsed.warnings).toEqual([]);
      if (parsed.ok) expect(parsed.fiche).toEqual(g.expected);
    }
  });
});

describe("the generator", HEAVY, () => {
  it("is deterministic for a seed and random-access by index", () => {
    const again = generateFiche(SEED, 42);
    expect(again.text).toBe(corpus[42].text);
    expect(again.fileName).toBe(corpus[42].fileName);
    expect(generateFiche("another seed", 42).text).not.toBe(corpus[42].text);
  });

  it("draws Atlas-like shapes: 1-40 partners, 1-30 funding rows over 1-6 years, posts in partner countries", () => {
    for (const g of sound) {
      const f = g.expected!;
      expect(f.title.length).toBeGreaterThan(0);
      expect(f.foreignPartners.length).toBeGreaterThanOrEqual(1);
      expect(f.foreignPartners.length).toBeLessThanOrEqual(40);
      expect(f.funding.length).toBeLessThanOrEqual(30);
      expect(new Set(f.funding.map((r) => r.year)).size).toBeLessThanOrEqual(6);
      expect(f.embassyPosts.length).toBeGreaterThanOrEqual(1);
      for (const post of f.embassyPosts) expect(post.post).toMatch(/^(Ambassade|Consulat général) de France à /);
    }
    const partnerCounts = sound.map((g) => g.expected!.foreignPartners.length);
    // Most projects have one to three partners.
    expect(partnerCounts.filter((n) => n <= 3).length / partnerCounts.length).toBeGreaterThan(0.7);
  });

  it("writes every drawable country the way lib/countries reads it back", () => {
    expect(() => assertCountryNamesRoundTrip(drawableCountries())).not.toThrow();
  });

  it("breaks about 1 % of files: a missing title is rejected, a truncated file never crashes the parser", () => {
    const defective = [...generateFiches(SEED, 3000)].filter((g) => g.defect !== null);
    expect(defective.length).toBeGreaterThan(10);
    expect(defective.length).toBeLessThan(60);
    const kinds = new Set(defective.map((g) => g.defect));
    expect(kinds).toEqual(new Set(["truncated", "missing-title"]));
    for (const g of defective) {
      const parsed = parseFiche(g.text, { fileName: g.fileName });
      if (g.defect === "missing-title") expect(parsed.ok).toBe(false);
      else expect(typeof parsed.ok).toBe("boolean");
    }
  });
});
