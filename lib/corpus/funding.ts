import type { Funding } from "../fiche/schema";
import type { Random } from "./random";

/** The funding rows of a synthetic fiche: the lead collectivité every year, other funders in some. */

const OTHER_FUNDERS = [
  ["Agence française de développement", 10],
  ["Union européenne", 5],
  ["Autre", 6],
  ["Usagers français", 2],
  ["Association Solidarité Internationale", 3],
  ["Comité de jumelage", 5],
  ["Cités Unies France", 2],
  ["Fondation de France", 1],
  ["Programme des Nations unies pour le développement", 1],
] as const;

const WATER_AGENCIES = [
  "Agence de l'eau Loire-Bretagne",
  "Agence de l'eau Seine-Normandie",
  "Agence de l'eau Adour-Garonne",
  "Agence de l'eau Rhône Méditerranée Corse",
  "Agence de l'eau Rhin-Meuse",
  "Agence de l'eau Artois-Picardie",
];

function amount(random: Random, median: number): number {
  return Math.max(100, Math.round(random.logNormal(median, 1.0)));
}

export function drawFunding(random: Random, years: number[], french: string[], water: boolean): Funding[] {
  const funders: { name: string; median: number; waterRows: boolean }[] = french.map((name) => ({
    name,
    median: 15_000,
    waterRows: water && random.chance(0.5),
  }));
  if (random.chance(0.6))
    funders.push({ name: "Ministère de l'Europe et des Affaires étrangères", median: 12_000, waterRows: false });
  if (random.chance(0.4))
    funders.push({
      name: random.pick(["Collectivités et partenaires étrangers", "Partenaires étrangers", "Villes partenaires"]),
      median: 8_000,
      waterRows: false,
    });
  if (water && random.chance(0.6)) funders.push({ name: random.pick(WATER_AGENCIES), median: 25_000, waterRows: true });
  const extra = random.weighted<number>([
    [0, 50],
    [1, 30],
    [2, 12],
    [3, 5],
    [5, 3],
  ]);
  for (const name of random.sample(
    OTHER_FUNDERS.map(([n]) => n),
    extra,
  ))
    funders.push({ name, median: name === "Union européenne" ? 60_000 : 5_000, waterRows: false });

  const rows: Funding[] = [];
  for (const f of funders) {
    // A funder gives in some of the project's years (all of them for the lead collectivité).
    const fYears = f === funders[0] ? years : years.filter(() => random.chance(0.6));
    for (const year of fYears.length ? fYears : [years[0]]) {
      const amountEur = f.name === "Autre" && random.chance(0.3) ? 0 : amount(random, f.median);
      const waterAmountEur = f.waterRows
        ? random.chance(0.2)
          ? 0
          : Math.round((amountEur * random.int(20, 100)) / 100)
        : null;
      rows.push({ funder: f.name, amountEur, waterAmountEur, year });
    }
  }
  // Fiches list rows in no particular order; keep 1 to 30 of them.
  const shuffled = random.chance(0.5) ? random.sample(rows, rows.length) : rows;
  return shuffled.slice(0, 30);
}
