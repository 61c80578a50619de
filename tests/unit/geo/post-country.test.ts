import { describe, expect, it } from "vitest";
import { EMBASSY_CITIES, embassyPostName } from "@/lib/corpus/countries";
import { postCountry, postPlace } from "@/lib/geo/post-country";

describe("an embassy post's country is where its city is", () => {
  it("reads the place after 'à', 'au', 'en', 'd''", () => {
    expect(postPlace("Ambassade de France à Pékin")).toBe("Pékin");
    expect(postPlace("AMBASSADE DE FRANCE A TUNIS")).toBe("TUNIS");
    expect(postPlace("Consulat général de France à Québec")).toBe("Québec");
    expect(postPlace("Ambassade de France au Sénégal")).toBe("Sénégal");
  });

  it("files every post the generator writes under its own country", () => {
    for (const [code, city] of Object.entries(EMBASSY_CITIES))
      expect(postCountry(embassyPostName(code, null)), city).toBe(code);
    expect(postCountry(embassyPostName("PS", null))).toBe("PS");
    expect(postCountry(embassyPostName("CA", null, true))).toBe("CA");
  }, 60_000);

  it("decides the cities of the issue, capitals first, with the exceptions file for the ambiguous ones", () => {
    expect(postCountry("Ambassade de France à Pékin")).toBe("CN");
    expect(postCountry("Ambassade de France à La Paz")).toBe("BO");
    expect(postCountry("Ambassade de France à Tirana")).toBe("AL");
    expect(postCountry("Ambassade de France à Victoria")).toBe("SC");
    expect(postCountry("AMBASSADE DE FRANCE A TUNIS")).toBe("TN");
  });

  it("reads a post named by its country", () => {
    expect(postCountry("Ambassade de France en Chine")).toBe("CN");
    expect(postCountry("Ambassade de France au Sénégal")).toBe("SN");
    expect(postCountry("Ambassade de France d'Albanie")).toBe("AL");
  });

  it("leaves a post whose place nobody knows without a country", () => {
    expect(postCountry("Ambassade de France à Xqzwvbn")).toBeNull();
  });
});
