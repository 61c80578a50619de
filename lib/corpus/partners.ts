import type { Random } from "./random";
import { FORMER_REGIONS, frenchPlaces, withDe } from "./places";

/** The collectivités of a synthetic fiche: how many foreign partners, how they and the French ones are written. */

/** 1 to 40 foreign partners, most projects 1-3. */
export function drawPartnerCount(random: Random): number {
  const [min, max] = random.weighted<readonly [number, number]>([
    [[1, 1], 55],
    [[2, 2], 18],
    [[3, 3], 10],
    [[4, 5], 7],
    [[6, 10], 6],
    [[11, 20], 3],
    [[21, 40], 1],
  ]);
  return random.int(min, max);
}

/** How a foreign collectivité is written: the town, often behind its unit word. */
export function partnerLabel(random: Random, town: string, country: string): string {
  const prefixes: Record<string, (readonly [string, number])[]> = {
    africa: [
      ["", 50],
      ["Commune de ", 25],
      ["Ville de ", 8],
      ["Mairie de ", 5],
      ["Conseil régional de ", 4],
      ["Commune rurale de ", 4],
      ["Municipalité de ", 4],
    ],
    maghreb: [
      ["", 55],
      ["Commune de ", 15],
      ["Municipalité de ", 15],
      ["Ville de ", 10],
      ["Gouvernorat de ", 5],
    ],
    es: [
      ["", 65],
      ["Municipalidad de ", 15],
      ["Ayuntamiento de ", 10],
      ["Municipio de ", 10],
    ],
    pt: [
      ["", 65],
      ["Prefeitura de ", 20],
      ["Câmara Municipal de ", 15],
    ],
    it: [
      ["", 80],
      ["Comune di ", 20],
    ],
    de: [
      ["", 85],
      ["Stadt ", 10],
      ["Landkreis ", 5],
    ],
    en: [
      ["", 80],
      ["City of ", 15],
      ["Town of ", 5],
    ],
    fr: [
      ["", 60],
      ["Ville de ", 30],
      ["Municipalité de ", 10],
    ],
    other: [
      ["", 80],
      ["Ville de ", 10],
      ["Province de ", 5],
      ["Municipalité de ", 5],
    ],
  };
  const group = ["MA", "DZ", "TN", "MR", "EG", "LB", "PS", "JO"].includes(country)
    ? "maghreb"
    : [
          "SN",
          "BF",
          "ML",
          "BJ",
          "CM",
          "NE",
          "TG",
          "GN",
          "CI",
          "TD",
          "GA",
          "CG",
          "CD",
          "CF",
          "MG",
          "KM",
          "DJ",
          "HT",
          "RW",
          "BI",
        ].includes(country)
      ? "africa"
      : [
            "ES",
            "MX",
            "AR",
            "CO",
            "PE",
            "NI",
            "BO",
            "EC",
            "CU",
            "UY",
            "PY",
            "DO",
            "GT",
            "SV",
            "HN",
            "CR",
            "PA",
            "VE",
            "CL",
          ].includes(country)
        ? "es"
        : ["PT", "BR", "CV", "MZ", "AO", "GW"].includes(country)
          ? "pt"
          : country === "IT"
            ? "it"
            : ["DE", "AT"].includes(country)
              ? "de"
              : ["GB", "US", "IE", "AU", "NZ"].includes(country)
                ? "en"
                : ["CA", "BE", "CH", "LU"].includes(country)
                  ? "fr"
                  : "other";
  const prefix = random.weighted(prefixes[group]);
  return `${prefix}${town}`;
}

export interface FrenchCollectivite {
  name: string;
  /** Short name for prose ("Lyon" rather than "Métropole de Lyon"). */
  short: string;
}

export function drawFrench(random: Random, startYear: number): FrenchCollectivite {
  const places = frenchPlaces();
  const kind = random.weighted<"commune" | "departement" | "region" | "epci">([
    ["commune", 62],
    ["departement", 14],
    ["region", 12],
    ["epci", 12],
  ]);
  if (kind === "departement") {
    const d = random.pick(places.departements);
    const unit =
      startYear < 2015
        ? "Conseil général"
        : random.weighted<string>([
            ["Conseil départemental", 3],
            ["Département", 2],
          ]);
    return { name: `${unit} ${withDe(d)}`, short: d.nom };
  }
  if (kind === "region") {
    const r = startYear < 2016 && random.chance(0.6) ? random.pick(FORMER_REGIONS) : random.pick(places.regions);
    const name = random.chance(0.6) ? `Région ${r.nom}` : `Conseil régional ${withDe(r)}`;
    return { name, short: r.nom };
  }
  if (kind === "epci") {
    const e = places.epcis.draw(random);
    if (/\d/.test(e.nom)) return drawFrench(random, startYear);
    // etalab abbreviates the unit word; fiches usually spell it out.
    const spelled = random.chance(0.6)
      ? e.nom
          .replace(/^CA /, "Communauté d'agglomération ")
          .replace(/^CC /, "Communauté de communes ")
          .replace(/^CU /, "Communauté urbaine ")
      : e.nom;
    return { name: spelled, short: e.nom.replace(/^(?:CA|CC|CU|Métropole)\s+(?:d[eu]s?\s+|de la\s+|de l'|d')?/, "") };
  }
  const c = places.communes.draw(random);
  const name = random.weighted<string>([
    [c.nom, 88],
    [`Ville de ${c.nom}`, 8],
    [`Mairie de ${c.nom}`, 2],
    [c.nom.replace(/\s*-\s*/g, " "), 2],
  ]);
  return { name, short: c.nom };
}
