import { describe, expect, it } from "vitest";
import { countryCodeFromFrenchName } from "@/lib/countries/index";
import { normalizeCountry } from "@/lib/geo/foreign";

describe("country names of the fiches (via lib/countries)", () => {
  it.each([
    ["Etats-Unis d'Amérique", "US"],
    ["Bélarus", "BY"],
    ["Royaume-Uni", "GB"],
    ["Thaïlande", "TH"],
    ["Allemagne", "DE"],
    ["Espagne", "ES"],
    ["Brésil", "BR"],
    ["Mexique", "MX"],
    ["Japon", "JP"],
    ["Inde", "IN"],
    ["Chine", "CN"],
    ["Hongrie", "HU"],
    ["Pologne", "PL"],
    ["Serbie", "RS"],
    ["Gabon", "GA"],
    ["Italie", "IT"],
    ["Portugal", "PT"],
    ["Canada", "CA"],
    ["Tunisie", "TN"],
    ["Palestine", "PS"],
    ["Arménie", "AM"],
    ["Maroc", "MA"],
  ])("%s → %s", (label, code) => {
    expect(countryCodeFromFrenchName(label)).toBe(code);
  });
});

describe("normalizeCountry", () => {
  it("accepts alpha-2 in any case, common non-ISO codes, and French names", () => {
    expect(normalizeCountry("us")).toBe("US");
    expect(normalizeCountry("UK")).toBe("GB");
    expect(normalizeCountry("Etats-Unis d'Amérique")).toBe("US");
    expect(normalizeCountry(null)).toBeNull();
    expect(normalizeCountry("Atlantide")).toBeNull();
  });
});
