import { describe, expect, it } from "vitest";
import { queryWords } from "@/lib/page-data/contact-match";

describe("the words a contact search matches", () => {
  it("leave out the generic words of French collectivité names", () => {
    expect(queryWords("Ville de Grimstad")).toEqual(["Grimstad"]);
    expect(queryWords("Commune d'Avignon")).toEqual(["d'Avignon"]);
    expect(queryWords("Conseil régional de Mopti")).toEqual(["Mopti"]);
    expect(queryWords("Conseil départemental de l'Ardèche")).toEqual(["l'Ardèche"]);
    expect(queryWords("Région")).toEqual(["Région"]);
  });

  it("leave out words of one or two letters beside longer ones", () => {
    expect(queryWords("EL FASSI")).toEqual(["FASSI"]);
    // "comune" stays: it narrows the match to Italian collectivités.
    expect(queryWords("Comune di Angera")).toEqual(["Comune", "Angera"]);
    expect(queryWords("Al Qarārah")).toEqual(["Qarārah"]);
    expect(queryWords("BEN ALI")).toEqual(["BEN", "ALI"]);
  });

  it("keep every word when none is telling, so a short or generic query still matches", () => {
    expect(queryWords("El")).toEqual(["El"]);
    expect(queryWords("Ville de")).toEqual(["Ville", "de"]);
  });

  it("drop control characters and keep at most eight words", () => {
    expect(queryWords("Dakar\u0000Thiès")).toEqual(["Dakar", "Thiès"]);
    expect(queryWords("un deux trois quatre cinq six sept huit neuf dix")).toHaveLength(8);
  });
});
