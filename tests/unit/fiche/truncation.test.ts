import { describe, expect, it } from "vitest";
import { parseFiche } from "@/lib/fiche";
import { expectContract, expectedJson, HEAVY, parseOk, readFixture, SEED_IDS, seedText } from "./helpers";

describe("truncated files parse what is there", () => {
  it("cut in the middle of the funding table: earlier rows kept, the cut row flagged", () => {
    const { fiche, warnings } = parseOk(readFixture("tests/fixtures/synthetic/truncated-mid-table.txt"));
    const full = expectedJson("002_b057226553d068dc");
    expect(fiche.title).toBe(full.title);
    expect(fiche.context).toBe(full.context);
    expect(fiche.foreignContacts).toEqual(full.foreignContacts);
    expect(fiche.triennial).toBe(true);
    expect(fiche.funding.slice(0, 4)).toEqual(full.funding.slice(0, 4));
    expect(fiche.funding[4]).toEqual({
      funder: "Ministère de l'Eu",
      amountEur: null,
      waterAmountEur: null,
      year: null,
    });
    expect(fiche.documents).toEqual([]);
    expect(warnings.some((w) => w.startsWith("funding:"))).toBe(true);
  });

  it("cut in the middle of a free-text section: the text so far, later fields empty", () => {
    const { fiche } = parseOk(readFixture("tests/fixtures/synthetic/truncated-mid-text.txt"));
    const full = expectedJson("000_437bd9e9f0292f51");
    expect(fiche.endDate).toBe(full.endDate);
    expect(fiche.otherThematics).toEqual(full.otherThematics);
    expect(fiche.embassyPosts).toEqual(full.embassyPosts);
    expect(full.context!.startsWith(fiche.context!)).toBe(true);
    expect(fiche.context!.endsWith("Collectivement, nous pou")).toBe(true);
    expect(fiche).toMatchObject({ history: null, objectives: null, foreignPartners: [], funding: [], triennial: null });
  });

  for (const source of [
    ...SEED_IDS.map((id) => `seeds/${id}.txt`),
    ...SEED_IDS.map((id) => `tests/fixtures/html/${id}.html`),
    "tests/fixtures/synthetic/old-form.md",
  ]) {
    it(`every line prefix and 300 char prefixes of ${source} keep the contract`, HEAVY, () => {
      const text = readFixture(source);
      const lines = text.split("\n");
      const titleLine = lines.findIndex((l) => /^(Titre|.*>Titre<)/.test(l.trim()));
      for (let k = 0; k <= lines.length; k++) {
        const result = parseFiche(lines.slice(0, k).join("\n"));
        expectContract(result);
        // Once the title's value is in, a truncated copy is always a fiche.
        if (!source.endsWith(".html") && titleLine >= 0 && k > titleLine + 1)
          expect(result.ok, `cut after line ${k}`).toBe(true);
      }
      for (let i = 0; i < 300; i++) expectContract(parseFiche(text.slice(0, Math.floor((text.length * i) / 300))));
    });
  }

  it("a cut before the title value is a typed error", () => {
    const text = seedText(SEED_IDS[0]);
    const result = parseFiche(text.slice(0, text.indexOf("Titre") + "Titre".length));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("malformed");
  });
});
