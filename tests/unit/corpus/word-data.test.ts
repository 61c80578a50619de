import { describe, expect, it } from "vitest";
import people from "@/lib/corpus/data/people.json" with { type: "json" };
import { COUNTRY_WEIGHTS, EMBASSY_CITIES } from "@/lib/corpus/countries";

describe("the corpus's word lists (lib/corpus/data)", () => {
  it("give every culture a country points to first and last names", () => {
    for (const culture of new Set(Object.values(people.cultureOfCountry))) {
      expect(people.firstNames, culture).toHaveProperty(culture);
      expect(people.lastNames, culture).toHaveProperty(culture);
    }
    expect(Object.keys(people.firstNames).sort()).toEqual(Object.keys(people.lastNames).sort());
  });

  it("weigh each country once, with a positive weight, and give embassy cities by country code", () => {
    const codes = Object.keys(COUNTRY_WEIGHTS);
    expect(codes.length).toBeGreaterThan(100);
    for (const code of codes) expect(COUNTRY_WEIGHTS[code], code).toBeGreaterThan(0);
    for (const code of Object.keys(EMBASSY_CITIES)) expect(code).toMatch(/^[A-Z]{2}$/);
  });
});
