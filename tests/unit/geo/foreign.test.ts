import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { haversineKm, loadGazetteer, placeForeign, placeForeignGroup, setGeoOverrides } from "@/lib/geo/index";

beforeAll(() => {
  loadGazetteer();
}, 60_000);

function near(p: { lat: number | null; lon: number | null }, lat: number, lon: number, km = 25): boolean {
  return p.lat !== null && p.lon !== null && haversineKm(p.lat, p.lon, lat, lon) <= km;
}

describe("exonyms and spellings", () => {
  it.each([
    ["Pékin", "CN", "Beijing", 39.9042, 116.4074],
    ["Le Caire", "EG", "Cairo", 30.0444, 31.2357],
    ["Gomel", "BY", "Homyel'", 52.4345, 30.9754],
    ["Homiel", "BY", "Homyel'", 52.4345, 30.9754],
    ["Varsovie", "PL", "Warsaw", 52.2297, 21.0122],
    ["Aix-la-Chapelle", "DE", "Aachen", 50.7753, 6.0839],
    ["Séville", "ES", "Sevilla", 37.3891, -5.9845],
    ["Londres", "GB", null, 51.5074, -0.1278],
  ])("%s (%s) → %s", (name, cc, matched, lat, lon) => {
    const p = placeForeign(name, cc);
    if (matched) expect(p.matchedName).toBe(matched);
    expect(p.precision).toBe("exact");
    expect(near(p, lat, lon)).toBe(true);
  });

  it("tolerates accents, case, hyphens, spaces and word order", () => {
    const reference = placeForeign("Vitoria-Gasteiz", "ES");
    for (const variant of ["VITORIA GASTEIZ", "Gasteiz-Vitoria", "vitoria gasteiz", "Gasteiz / Vitoria"]) {
      expect(placeForeign(variant, "ES").source).toBe(reference.source);
    }
    expect(placeForeign("Nyíregyháza", "HU").source).toBe(placeForeign("NYIREGYHAZA", "HU").source);
  });

  it("joins words written together, as fuzzy", () => {
    const p = placeForeign("Phrapradaeng", "TH");
    expect(p.matchedName).toBe("Phra Pradaeng");
    expect(p.precision).toBe("fuzzy");
  });

  it("forgives a typing slip, as fuzzy", () => {
    const p = placeForeign("Karlsruhee", "DE");
    expect(p.matchedName).toBe("Karlsruhe");
    expect(p.precision).toBe("fuzzy");
  });

  it("stays inside the given country", () => {
    // Montréal also exists in France (two villages), and Cairo in Georgia (US).
    expect(placeForeign("Montréal", "FR").admin1).not.toBe("10");
    expect(placeForeign("Cairo", "US").admin1).not.toBeNull();
    expect(near(placeForeign("Cairo", "US"), 30.0444, 31.2357, 1000)).toBe(false);
  });
});

describe("prefixes and sub-units", () => {
  it.each([
    ["Ville de Montréal", "CA", 45.5017, -73.5673],
    ["Commune de Bohicon", "BJ", 7.178, 2.0667],
    ["Municipalité de Guarulhos", "BR", -23.4538, -46.5333],
    ["Mairie de Oyem", "GA", 1.5995, 11.5793],
    ["City of Salford", "GB", 53.4875, -2.2901],
  ])("%s is placed on the town, exact", (name, cc, lat, lon) => {
    const p = placeForeign(name, cc);
    expect(p.precision).toBe("exact");
    expect(near(p, lat, lon)).toBe(true);
  });

  it("places a province on its homonymous town with precision region", () => {
    const p = placeForeign("Province de Cuneo", "IT");
    expect(p.matchedName).toBe("Cuneo");
    expect(p.precision).toBe("region");
    expect(placeForeign("Région de Dakar", "SN").precision).toBe("region");
  });

  it("places a borough on its city with precision city-part", () => {
    const p = placeForeign("Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie", "CA");
    expect(p.precision).toBe("city-part");
    expect(p.matchedName).toBe("Montréal");
    for (const name of ["Bamako, Commune IV", "Commune IV du District de Bamako"]) {
      const q = placeForeign(name, "ML");
      expect(q.precision).toBe("city-part");
      expect(near(q, 12.6392, -8.0029)).toBe(true);
    }
  });
});

describe("country only, or nothing", () => {
  it("falls back on the capital with precision country when no town matches", () => {
    const p = placeForeign("Région Souss-Massa-Drâa", "MA");
    expect(p.precision).toBe("country");
    expect(p.source).toMatch(/^country-centroid:geonames:\d+$/);
    expect(near(p, 34.0209, -6.8416)).toBe(true); // Rabat
    expect(p.matchedName).toBeNull();
  });

  it("does not place anything when the country is unknown", () => {
    const p = placeForeign("Montréal", null);
    expect(p).toMatchObject({ lat: null, lon: null, precision: "none", source: "none" });
  });

  it("accepts a French country name instead of a code", () => {
    expect(placeForeign("Gomel", "Bélarus").matchedName).toBe("Homyel'");
  });
});

describe("homonyms", () => {
  it("without context, prefers population and flags the choice", () => {
    const p = placeForeign("Lexington", "US");
    expect(p.admin1).toBe("KY");
    expect(p.ambiguous).toBe(true);
    expect(p.alternatives[0].admin1).toBe("KY");
    expect(p.alternatives.map((a) => a.admin1)).toContain("NC");
    expect(p.alternatives.length).toBeLessThanOrEqual(5);
    expect(placeForeign("Greenville", "US")).toMatchObject({ admin1: "NC", ambiguous: true });
  });

  it("with siblings, prefers the admin1 where the project's other partners are", () => {
    const siblings = [
      { name: "Greenville", countryCode: "US" },
      { name: "Anderson", countryCode: "US" },
    ];
    const p = placeForeign("Lexington", "US", { siblings });
    expect(p).toMatchObject({ admin1: "SC", ambiguous: false });
    expect(near(p, 33.9815, -81.2362)).toBe(true);
  });

  it("counts only siblings of the same country", () => {
    const siblings = [
      { name: "Greenville", countryCode: "US" },
      { name: "Anderson", countryCode: "CA" },
      { name: "Columbia", countryCode: "CO" },
    ];
    // One US sibling, Greenville, which exists in many states: the state where it weighs most
    // and Lexington also exists wins (NC: Greenville NC has 90k inhabitants).
    expect(placeForeign("Lexington", "US", { siblings })).toMatchObject({ admin1: "NC", ambiguous: false });
    expect(placeForeign("Lexington", "US", { siblings: [{ name: "Anderson", countryCode: "CA" }] }).ambiguous).toBe(
      true,
    );
  });

  it("places a whole project's partners with placeForeignGroup", () => {
    const placed = placeForeignGroup([
      { name: "Norman", countryCode: "US" },
      { name: "Lexington", countryCode: "US" },
      { name: "Greenville", countryCode: "US" },
      { name: "Anderson", countryCode: "US" },
    ]);
    expect(placed.map((p) => p.admin1)).toEqual(["OK", "SC", "SC", "SC"]);
    expect(placed.every((p) => !p.ambiguous)).toBe(true);
  });

  it("does not flag a city against a far smaller homonym", () => {
    // Olsztyn (172k) vs a village of 2k: a clear winner (CLEAR_WINNER_RATIO), but still listed.
    const p = placeForeign("Olsztyn", "PL");
    expect(p.ambiguous).toBe(false);
    expect(p.alternatives).toHaveLength(2);
  });

  it("does not count a town and its own district as homonyms", () => {
    expect(placeForeign("Montréal", "CA").ambiguous).toBe(false);
  });
});

describe("overrides", () => {
  afterEach(() => setGeoOverrides(null));

  it("always win, whatever matching would do", () => {
    setGeoOverrides([{ name: "Lexington", country: "US", region: "SC", lat: 33.9815, lon: -81.2362, note: "test" }]);
    const p = placeForeign("Ville de Lexington", "US");
    expect(p).toMatchObject({
      lat: 33.9815,
      lon: -81.2362,
      precision: "exact",
      source: "override",
      admin1: "SC",
      ambiguous: false,
    });
    expect(p.alternatives.length).toBeGreaterThan(1);
    expect(placeForeign("Lexington", "GB").source).not.toBe("override");
  });

  it("also place names matching cannot find", () => {
    setGeoOverrides([{ name: "Hameau Introuvable", country: "ML", lat: 12.5, lon: -8 }]);
    expect(placeForeign("hameau introuvable", "ML")).toMatchObject({ source: "override", lat: 12.5 });
  });

  it("reject malformed entries", () => {
    expect(() => setGeoOverrides([{ name: "X", country: "USA", lat: 1, lon: 2 }])).toThrow(/alpha-2/);
    expect(() => setGeoOverrides([{ name: "X", country: "US", lat: 100, lon: 2 }])).toThrow();
  });

  it("the seeds file loads (a malformed one throws) and every entry in it is found", async () => {
    const { findOverride, loadOverrides } = await import("@/lib/geo/overrides");
    setGeoOverrides(null);
    const entries = JSON.parse(readFileSync("seeds/geo-overrides.json", "utf8")) as { name: string; country: string }[];
    expect(loadOverrides()).toBeLessThanOrEqual(entries.length);
    for (const entry of entries) expect(findOverride(entry.name, entry.country), entry.name).not.toBeNull();
  });
});

describe("many fiches", () => {
  // Speed is not asserted here (it depends on the machine's load); this checks the batch result.
  it("places 300 fiches × 6 partners, every partner on the map", () => {
    const towns = [
      "Cuneo",
      "Braga",
      "Oviedo",
      "Lexington",
      "Greenville",
      "Anderson",
      "Bamako",
      "Dakar",
      "Pékin",
      "Le Caire",
    ];
    const countries = ["IT", "PT", "ES", "US", "US", "US", "ML", "SN", "CN", "EG"];
    let unplaced = 0;
    for (let fiche = 0; fiche < 300; fiche++) {
      const partners = Array.from({ length: 6 }, (_, k) => {
        const i = (fiche + k) % towns.length;
        return { name: k % 2 ? `Ville de ${towns[i]} ${fiche % 7 ? "" : "(x)"}` : towns[i], countryCode: countries[i] };
      });
      unplaced += placeForeignGroup(partners).filter((p) => p.lat === null).length;
    }
    expect(unplaced).toBe(0);
  });
});
