import { describe, expect, it } from "vitest";
import { nameKey, normalizeCollectiviteName, splitSegments, stripUnitPrefix } from "@/lib/geo/names";

describe("normalizeCollectiviteName", () => {
  it("ignores accents, case, hyphens and the Ville de / Commune de / Mairie de prefixes", () => {
    const key = normalizeCollectiviteName("Montréal");
    expect(normalizeCollectiviteName("Ville de Montréal")).toBe(key);
    expect(normalizeCollectiviteName("Montreal")).toBe(key);
    expect(normalizeCollectiviteName("MONTRÉAL")).toBe(key);
    expect(normalizeCollectiviteName("Mairie de Montréal")).toBe(key);
    expect(normalizeCollectiviteName("Commune de Montreal")).toBe(key);
    expect(normalizeCollectiviteName("Municipalité de Montréal")).toBe(key);
    expect(normalizeCollectiviteName("  montréal ")).toBe(key);
  });

  it("treats hyphens and spaces alike", () => {
    expect(normalizeCollectiviteName("Romans sur Isère")).toBe(normalizeCollectiviteName("Romans-sur-Isère"));
    expect(normalizeCollectiviteName("Bad-Kreuznach")).toBe(normalizeCollectiviteName("Bad Kreuznach"));
    expect(normalizeCollectiviteName("Saint-Étienne")).toBe(normalizeCollectiviteName("St Etienne"));
  });

  it("keeps a sub-unit distinct from its city", () => {
    const borough = normalizeCollectiviteName("Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie");
    expect(borough).not.toBe(normalizeCollectiviteName("Montréal"));
    expect(borough).toBe(normalizeCollectiviteName("Montreal, arrondissement de Rosemont La Petite Patrie"));
  });

  it("gives départements, régions and EPCI one spelling of their unit word", () => {
    expect(normalizeCollectiviteName("Conseil départemental de l'Isère")).toBe(
      normalizeCollectiviteName("Département de l'Isère"),
    );
    expect(normalizeCollectiviteName("Conseil général de l'Isère")).toBe("departement isere");
    expect(normalizeCollectiviteName("Conseil régional de Bretagne")).toBe(
      normalizeCollectiviteName("Région Bretagne"),
    );
    expect(normalizeCollectiviteName("Communauté d'agglomération Valence Romans Agglo")).toBe(
      normalizeCollectiviteName("CA Valence Romans Agglo"),
    );
  });

  it("does not merge a région or département with the town of the same name", () => {
    expect(normalizeCollectiviteName("Région de Dakar")).not.toBe(normalizeCollectiviteName("Dakar"));
    expect(normalizeCollectiviteName("Département de la Vienne")).not.toBe(normalizeCollectiviteName("Vienne"));
  });
});

describe("name keys and segments", () => {
  it("folds letters NFD leaves alone", () => {
    expect(nameKey("Łódź")).toBe("lodz");
    expect(nameKey("Homyel'")).toBe("homyel");
    expect(nameKey("Ærøskøbing")).toBe("aeroskobing");
  });

  it("splits on commas and parentheses, not on hyphens inside names", () => {
    expect(splitSegments("Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie")).toEqual([
      "Ville de Montréal",
      "Arrondissement de Rosemont-La Petite-Patrie",
    ]);
    expect(splitSegments("Saint-Denis (93)")).toEqual(["Saint-Denis", "93"]);
    expect(splitSegments("Vitoria-Gasteiz")).toEqual(["Vitoria-Gasteiz"]);
  });

  it("strips unit prefixes and says which level they announce", () => {
    expect(stripUnitPrefix(nameKey("Municipalité de Bohicon"))).toMatchObject({
      key: "bohicon",
      level: "city",
      stripped: true,
    });
    expect(stripUnitPrefix(nameKey("Province de Cuneo"))).toMatchObject({ key: "cuneo", level: "region" });
    expect(stripUnitPrefix(nameKey("Région de Dakar"))).toMatchObject({ key: "dakar", level: "region" });
    expect(stripUnitPrefix(nameKey("Ville du Mans"))).toMatchObject({ key: "le mans", level: "city" });
    expect(stripUnitPrefix(nameKey("Mairie de la Ville de Bamako"))).toMatchObject({ key: "bamako" });
    expect(stripUnitPrefix(nameKey("Regensburg"))).toMatchObject({ key: "regensburg", stripped: false });
  });
});
