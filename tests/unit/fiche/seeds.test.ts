import { describe, expect, it } from "vitest";
import { parseFiche, NotAFicheError } from "@/lib/fiche";
import { CONTEXT_IDS, expectedJson, expectSameJson, parseOk, readFixture, SEED_IDS, seedText } from "./helpers";

describe("seed fiches give exactly the expected JSON", () => {
  for (const id of SEED_IDS) {
    it(`seed ${id}`, () => {
      const { fiche, warnings } = parseOk(seedText(id));
      expectSameJson(fiche, expectedJson(id));
      expect(warnings).toEqual([]);
    });
  }
});

describe("context texts are not fiches", () => {
  for (const id of CONTEXT_IDS) {
    it(`seed ${id} → NotAFicheError with a clear reason`, () => {
      const result = parseFiche(seedText(id));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toBeInstanceOf(NotAFicheError);
      expect(result.error.kind).toBe("not-a-fiche");
      expect(result.error.reason).toMatch(/Titre/);
    });
  }
  it("empty and blank input", () => {
    for (const text of ["", "   \n\n\t", "\ufeff"]) {
      const result = parseFiche(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toBeInstanceOf(NotAFicheError);
    }
  });
});

describe("the same fiche in any layout gives the same JSON (except format)", () => {
  for (const id of SEED_IDS) {
    it(`html page of seed ${id}`, () => {
      const { fiche, warnings } = parseOk(readFixture(`tests/fixtures/html/${id}.html`));
      expectSameJson(fiche, { ...expectedJson(id), format: "html" });
      expect(warnings).toEqual([]);
    });
  }

  for (const name of ["old-form", "new-form"]) {
    const expected = JSON.parse(readFixture(`tests/fixtures/synthetic/${name}.json`));
    it(`synthetic ${name} in text layout`, () => {
      const { fiche, warnings } = parseOk(readFixture(`tests/fixtures/synthetic/${name}.txt`));
      expectSameJson(fiche, { ...expected, format: "text" });
      expect(warnings).toEqual([]);
    });
    it(`synthetic ${name} in markdown layout`, () => {
      const { fiche, warnings } = parseOk(readFixture(`tests/fixtures/synthetic/${name}.md`));
      expectSameJson(fiche, { ...expected, format: "markdown" });
      expect(warnings).toEqual([]);
    });
  }
});
