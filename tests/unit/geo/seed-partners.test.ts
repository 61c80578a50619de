import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { countryCodeFromFrenchName } from "@/lib/countries/index";
import { haversineKm, loadGazetteer, placeForeignGroup, type Placement } from "@/lib/geo/index";

/**
 * Acceptance: every foreign partner of the seed fiches lands within 25 km of the real town.
 * Expected points are the towns' real centres (not GeoNames' own figures), so this also checks
 * that the right homonym was chosen.
 */

interface Expected {
  name: string;
  country: string;
  lat: number;
  lon: number;
  admin1?: string;
}

const PROJECTS: Record<string, Expected[]> = {
  // seeds/000: Strasbourg
  strasbourg: [
    {
      name: "Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie",
      country: "Canada",
      lat: 45.5017,
      lon: -73.5673,
    },
  ],
  // seeds/001: Clermont-Ferrand, countries as written on the fiche
  clermont: [
    { name: "Cuneo", country: "Italie", lat: 44.3845, lon: 7.5427 },
    { name: "Pirot", country: "Serbie", lat: 43.1531, lon: 22.5861 },
    { name: "Oyem", country: "Gabon", lat: 1.5995, lon: 11.5793 },
    { name: "Aranda de Duero", country: "Espagne", lat: 41.6704, lon: -3.6892 },
    { name: "Braga", country: "Portugal", lat: 41.5454, lon: -8.4265 },
    { name: "Oviedo", country: "Espagne", lat: 43.3614, lon: -5.8593 },
    { name: "Karlsruhe", country: "Allemagne", lat: 49.0069, lon: 8.4037 },
    { name: "Norman", country: "Etats-Unis d'Amérique", lat: 35.2226, lon: -97.4395, admin1: "OK" },
    { name: "Montréal", country: "Canada", lat: 45.5017, lon: -73.5673 },
    { name: "Gomel", country: "Bélarus", lat: 52.4345, lon: 30.9754 },
    { name: "Shanghai", country: "Chine", lat: 31.2304, lon: 121.4737 },
    { name: "Nyiregyhaza", country: "Hongrie", lat: 47.9554, lon: 21.7167 },
    { name: "Olsztyn", country: "Pologne", lat: 53.7784, lon: 20.4801 },
    { name: "Lexington", country: "Etats-Unis d'Amérique", lat: 33.9815, lon: -81.2362, admin1: "SC" },
    { name: "Valladolid", country: "Espagne", lat: 41.6523, lon: -4.7245 },
    { name: "Regensburg", country: "Allemagne", lat: 49.0134, lon: 12.1016 },
    { name: "Salford", country: "Royaume-Uni", lat: 53.4875, lon: -2.2901 },
    { name: "Bangkok", country: "Thaïlande", lat: 13.7563, lon: 100.5018 },
    { name: "Bridgewater", country: "Canada", lat: 44.378, lon: -64.5186, admin1: "07" },
    { name: "Guarulhos", country: "Brésil", lat: -23.4538, lon: -46.5333 },
    { name: "Lasarte-Oria", country: "Espagne", lat: 43.2667, lon: -2.02 },
    { name: "Santiago de Querétaro", country: "Mexique", lat: 20.5888, lon: -100.3899 },
    { name: "Vitoria-Gasteiz", country: "Espagne", lat: 42.8467, lon: -2.6716 },
    { name: "Bad-Kreuznach", country: "Allemagne", lat: 49.845, lon: 7.867 },
    { name: "Phrapradaeng", country: "Thaïlande", lat: 13.659, lon: 100.533 },
    { name: "Greenville", country: "Etats-Unis d'Amérique", lat: 34.8526, lon: -82.394, admin1: "SC" },
    { name: "Homburg", country: "Allemagne", lat: 49.3267, lon: 7.3386, admin1: "09" },
    { name: "Rayong", country: "Thaïlande", lat: 12.6814, lon: 101.2816 },
    { name: "Anderson", country: "Etats-Unis d'Amérique", lat: 34.5034, lon: -82.6501, admin1: "SC" },
    { name: "Chennai", country: "Inde", lat: 13.0827, lon: 80.2707 },
    { name: "Maebashi", country: "Japon", lat: 36.3895, lon: 139.0634 },
  ],
  // seeds/002: Romans-sur-Isère
  romans: [{ name: "El Jem", country: "Tunisie", lat: 35.2967, lon: 10.7128 }],
};

const ALL = Object.values(PROJECTS).flat();
const placements = new Map<Expected, Placement>();

beforeAll(() => {
  loadGazetteer();
  for (const partners of Object.values(PROJECTS)) {
    const placed = placeForeignGroup(
      partners.map((p) => ({ name: p.name, countryCode: countryCodeFromFrenchName(p.country) })),
    );
    partners.forEach((p, i) => {
      placements.set(p, placed[i]);
    });
  }
}, 60_000);

describe("seed foreign partners", () => {
  it("covers the 33 foreign partners of the seed fiches", () => {
    expect(ALL).toHaveLength(33);
    const dir = path.resolve(import.meta.dirname, "../../fixtures/expected");
    const fromFixtures = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .flatMap(
        (f) =>
          (JSON.parse(readFileSync(path.join(dir, f), "utf8")).foreignPartners ?? []) as {
            name: string;
            country: string;
          }[],
      );
    for (const partner of fromFixtures) {
      expect(
        ALL.some((e) => e.name === partner.name && e.country === partner.country),
        `${partner.name} (${partner.country})`,
      ).toBe(true);
    }
  });

  it.each(ALL.map((e) => [e.name, e] as const))("%s is placed within 25 km of the real town", (_, expected) => {
    const p = placements.get(expected)!;
    expect(p.lat, JSON.stringify(p)).not.toBeNull();
    const km = haversineKm(p.lat!, p.lon!, expected.lat, expected.lon);
    expect(km, `${expected.name}: ${p.matchedName} [${p.admin1}] at ${km.toFixed(1)} km`).toBeLessThanOrEqual(25);
    expect(p.precision).not.toBe("country");
    if (expected.admin1) expect(p.admin1).toBe(expected.admin1);
  });

  it("places the Rosemont borough on Montréal, as a city part", () => {
    const p = placements.get(PROJECTS.strasbourg[0])!;
    expect(p.precision).toBe("city-part");
    expect(p.matchedName).toBe("Montréal");
    expect(p.source).toMatch(/^geonames:\d+$/);
  });

  it("puts the Michelin towns in South Carolina by context, without ambiguity", () => {
    for (const name of ["Lexington", "Greenville", "Anderson"]) {
      const p = placements.get(PROJECTS.clermont.find((e) => e.name === name)!)!;
      expect(p.admin1).toBe("SC");
      expect(p.ambiguous).toBe(false);
      expect(p.alternatives.length).toBeGreaterThan(1);
      expect(p.source).not.toBe("override");
    }
  });

  it("places every seed partner without override and without country fallback", () => {
    for (const p of placements.values()) {
      expect(p.source).toMatch(/^geonames:\d+$/);
      expect(["exact", "fuzzy", "city-part"]).toContain(p.precision);
    }
  });
});
