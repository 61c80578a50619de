import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { haversineKm, loadGazetteer, resolveFrenchCollectivite, setGeoOverrides } from "@/lib/geo/index";
import { FORMER_REGIONS } from "@/lib/geo/french-aliases";
import { frenchData } from "@/lib/geo/french-data";
import { communePoint } from "@/lib/geo/french-points";

beforeAll(() => {
  loadGazetteer();
}, 60_000);

function near(r: { lat: number | null; lon: number | null } | null, lat: number, lon: number, km = 25): boolean {
  return !!r && r.lat !== null && r.lon !== null && haversineKm(r.lat, r.lon, lat, lon) <= km;
}

describe("resolveFrenchCollectivite: communes", () => {
  it.each([
    ["Strasbourg", "67482", "Strasbourg", 48.5734, 7.7521],
    ["Clermont-Ferrand", "63113", "Clermont-Ferrand", 45.7772, 3.087],
    ["Romans sur Isère", "26281", "Romans-sur-Isère", 45.0433, 5.0508],
    ["Ville de Paris", "75056", "Paris", 48.8566, 2.3522],
    ["Mairie de Lyon", "69123", "Lyon", 45.764, 4.8357],
    ["Ville du Havre", "76351", "Le Havre", 49.4944, 0.1079],
    ["Ville de la Rochelle", "17300", "La Rochelle", 46.1603, -1.1511],
    ["ROMANS-SUR-ISERE", "26281", "Romans-sur-Isère", 45.0433, 5.0508],
  ])("%s → %s", (label, code, official, lat, lon) => {
    const r = resolveFrenchCollectivite(label);
    expect(r).toMatchObject({
      kind: "commune",
      officialCode: code,
      officialName: official,
      precision: "exact",
      ambiguous: false,
    });
    expect(r!.source).toMatch(/^etalab\+geonames:\d+$/);
    expect(near(r, lat, lon)).toBe(true);
  });

  it("reads a first word like Ville as part of the name when the rest is no commune", () => {
    const r = resolveFrenchCollectivite("Ville-di-Pietrabugno");
    expect(r).toMatchObject({ kind: "commune", officialCode: "2B353", departementCode: "2B" });
    expect(near(r, 42.7178, 9.4461)).toBe(true);
  });

  it("fills département and région", () => {
    expect(resolveFrenchCollectivite("Romans sur Isère")).toMatchObject({
      departementCode: "26",
      regionCode: "84",
      regionName: "Auvergne-Rhône-Alpes",
    });
  });

  it("prefers the most populous homonym and flags it", () => {
    const r = resolveFrenchCollectivite("Valence");
    expect(r).toMatchObject({ officialCode: "26362", departementCode: "26", ambiguous: true });
    expect(r!.alternatives.map((a) => a.departementCode)).toContain("82");
  });

  it("uses a département hint to pick the homonym", () => {
    expect(resolveFrenchCollectivite("Valence (Tarn-et-Garonne)")).toMatchObject({
      officialCode: "82186",
      ambiguous: false,
    });
    expect(resolveFrenchCollectivite("Saint-Denis (93)")).toMatchObject({ officialCode: "93066", ambiguous: false });
  });

  it("places small communes without their own GeoNames point on a neighbour, as fuzzy", () => {
    const r = resolveFrenchCollectivite("Anglefort");
    expect(r).toMatchObject({ kind: "commune", officialCode: "01010", precision: "fuzzy" });
    expect(r!.source).toMatch(/^etalab\+geonames:(postal-neighbour|epci-seat):/);
  });

  it("gives every current commune a point but Clipperton", () => {
    const missing = [...frenchData().communeByCode.keys()].filter((code) => !communePoint(code));
    expect(missing).toEqual(["98901"]);
  });

  it("tolerates a typing slip, as fuzzy", () => {
    expect(resolveFrenchCollectivite("Clermont Ferand")).toMatchObject({ officialCode: "63113", precision: "fuzzy" });
  });

  it("places a Paris arrondissement on Paris as a city part", () => {
    expect(resolveFrenchCollectivite("Mairie du 13e arrondissement de Paris")).toMatchObject({
      officialCode: "75056",
      precision: "city-part",
    });
  });
});

describe("resolveFrenchCollectivite: départements and régions", () => {
  it.each([
    ["Conseil départemental de l'Isère", "38", "Isère", 45.1885, 5.7245],
    ["Département du Nord", "59", "Nord", 50.6292, 3.0573],
    ["Conseil général des Côtes d'Armor", "22", "Côtes-d'Armor", 48.5141, -2.7603],
    ["Département de la Seine-Saint-Denis", "93", "Seine-Saint-Denis", 48.9106, 2.4397],
    ["Conseil départemental de La Réunion", "974", "La Réunion", -20.8789, 55.4481],
  ])("%s → département %s, at its seat", (label, code, official, lat, lon) => {
    const r = resolveFrenchCollectivite(label);
    expect(r).toMatchObject({
      kind: "departement",
      officialCode: code,
      officialName: official,
      departementCode: code,
      precision: "exact",
    });
    expect(near(r, lat, lon)).toBe(true);
  });

  it.each([
    ["Région Bretagne", "53", 48.1173, -1.6778],
    ["Conseil régional d'Auvergne-Rhône-Alpes", "84", 45.764, 4.8357],
    ["Région Sud", "93", 43.2965, 5.3698],
    ["Collectivité de Corse", "94", 41.9192, 8.7386],
  ])("%s → région %s, at its seat", (label, code, lat, lon) => {
    const r = resolveFrenchCollectivite(label);
    expect(r).toMatchObject({
      kind: "region",
      officialCode: code,
      regionCode: code,
      departementCode: null,
      precision: "exact",
    });
    expect(near(r, lat, lon)).toBe(true);
  });

  it("maps a region merged in 2016 to its successor, placed on its former seat, as fuzzy", () => {
    const r = resolveFrenchCollectivite("Région Auvergne");
    expect(r).toMatchObject({ kind: "region", officialCode: "84", precision: "fuzzy" });
    expect(near(r, 45.7772, 3.087)).toBe(true);
  });

  it("former region seats are communes of the successor region", () => {
    const d = frenchData();
    for (const [name, { region, seat }] of Object.entries(FORMER_REGIONS)) {
      expect(d.communeByCode.get(seat)?.region, name).toBe(region);
    }
  });

  it("reads a bare name shared by a town and a département as the town when it is one, flagged", () => {
    expect(resolveFrenchCollectivite("Vienne")).toMatchObject({
      kind: "commune",
      officialCode: "38544",
      ambiguous: true,
    });
    expect(resolveFrenchCollectivite("Corrèze")).toMatchObject({
      kind: "departement",
      officialCode: "19",
      ambiguous: true,
    });
    expect(resolveFrenchCollectivite("Paris")).toMatchObject({
      kind: "commune",
      officialCode: "75056",
      ambiguous: false,
    });
  });
});

describe("resolveFrenchCollectivite: EPCI", () => {
  it.each([
    ["Eurométropole de Strasbourg", "246700488", "exact"],
    ["Métropole de Lyon", "200046977", "exact"],
    ["Grand Lyon", "200046977", "exact"],
    ["Communauté d'agglomération Valence Romans Agglo", "200068781", "exact"],
    ["Communauté d'agglomération du Grand Avignon", "248400251", "exact"],
    ["Communauté de communes du Pays Riolais", "247000706", "exact"],
    ["Brest Métropole", "242900314", "exact"],
    ["Communauté urbaine de Bordeaux", "243300316", "fuzzy"],
  ])("%s → SIREN %s", (label, siren, precision) => {
    expect(resolveFrenchCollectivite(label)).toMatchObject({ kind: "epci", officialCode: siren, precision });
  });

  it("places an EPCI on its most populous member", () => {
    const r = resolveFrenchCollectivite("Eurométropole de Strasbourg");
    expect(r).toMatchObject({ departementCode: "67", regionCode: "44" });
    expect(near(r, 48.5734, 7.7521, 2)).toBe(true);
  });
});

describe("resolveFrenchCollectivite: misses and overrides", () => {
  afterEach(() => setGeoOverrides(null));

  it("returns null when nothing plausible matches", () => {
    expect(resolveFrenchCollectivite("Xyzzy")).toBeNull();
    expect(resolveFrenchCollectivite("Région Atlantide")).toBeNull();
    expect(resolveFrenchCollectivite("")).toBeNull();
  });

  it("an FR override replaces the point, not the identification", () => {
    setGeoOverrides([{ name: "Romans-sur-Isère", country: "FR", lat: 45.04, lon: 5.05 }]);
    expect(resolveFrenchCollectivite("Ville de Romans sur Isère")).toMatchObject({
      officialCode: "26281",
      lat: 45.04,
      lon: 5.05,
      source: "override",
      precision: "exact",
    });
    setGeoOverrides(null);
    expect(resolveFrenchCollectivite("Ville de Romans sur Isère")!.source).not.toBe("override");
  });
});
