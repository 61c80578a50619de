import { describe, expect, it } from "vitest";
import { formatGeoReport, type GeoReportRow } from "@/lib/geo/report";

const rows: GeoReportRow[] = [
  { name: "Strasbourg", countryCode: "FR", precision: "exact", source: "etalab+geonames:2973783", ambiguous: false },
  { name: "Cuneo", countryCode: "IT", precision: "exact", source: "geonames:3177700", ambiguous: false },
  {
    name: "Lexington",
    countryCode: "US",
    precision: "exact",
    source: "geonames:4297983",
    ambiguous: true,
    matchedName: "Lexington",
    admin1: "KY",
  },
  {
    name: "Phrapradaeng",
    countryCode: "TH",
    precision: "fuzzy",
    source: "geonames:1607508",
    ambiguous: false,
    matchedName: "Phra Pradaeng",
  },
  {
    name: "Ville de Montréal, Arrondissement de Rosemont",
    countryCode: "CA",
    precision: "city-part",
    source: "geonames:6077243",
    ambiguous: false,
  },
  {
    name: "Région Souss-Massa",
    countryCode: "MA",
    precision: "country",
    source: "country-centroid:geonames:2538475",
    ambiguous: false,
  },
  { name: "Province de Cuneo", countryCode: "IT", precision: "region", source: "geonames:3177700", ambiguous: false },
  { name: "Inconnue", countryCode: null, precision: "none", source: "none", ambiguous: false },
];

describe("formatGeoReport", () => {
  const text = formatGeoReport(rows);

  it("lists everything not exact, ambiguous or unplaced, and nothing else", () => {
    for (const name of [
      "Lexington",
      "Phrapradaeng",
      "Arrondissement de Rosemont",
      "Région Souss-Massa",
      "Province de Cuneo",
      "Inconnue",
    ]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain("Strasbourg");
    expect(text).not.toMatch(/- Cuneo/);
  });

  it("orders sections worst first and counts them", () => {
    expect(text.indexOf("Not placed (1)")).toBeLessThan(text.indexOf("Placed on the country only (capital) (1)"));
    expect(text.indexOf("Loose name matches")).toBeLessThan(text.indexOf("Homonyms chosen by population (1)"));
    expect(text).toContain("Gazetteer report: 8 collectivités, 2 placed exactly, 6 to check.");
  });

  it("shows country names, matched names and sources", () => {
    expect(text).toContain("Phrapradaeng — Thaïlande (TH) → Phra Pradaeng (geonames:1607508)");
    expect(text).toMatch(/Lexington — États-Unis.* \(US\) \[KY\] \(geonames:4297983, ambiguous\)/);
    expect(text).toContain("Inconnue — country unknown (none)");
  });

  it("says so when there is nothing to check", () => {
    expect(formatGeoReport(rows.slice(0, 2))).toContain("Nothing to check.");
    expect(formatGeoReport([])).toContain("0 collectivités");
  });
});
