import { foldedCountryNames } from "../../countries/index";
import type { ForeignPartner } from "../schema";
import { valueOrNull } from "../normalize";
import type { TableRow, TableSpec } from "../tables";
import { Words } from "../words";
import { quote, type Warn } from "./warn";

export const FOREIGN_PARTNERS_TABLE: TableSpec = {
  columns: ["Nom de la collectivité étrangère", "Nom de la collectivité partenaire", "Collectivité étrangère", "Pays"],
  headerStarts: ["Nom de la collectivité étrangère", "Nom de la collectivité partenaire"],
};

export const FRENCH_PARTNERS_TABLE: TableSpec = {
  columns: [
    "Nom de la collectivité territoriale",
    "Nom de la collectivité",
    "Collectivité territoriale",
    "Département",
    "Région",
  ],
  headerStarts: ["Nom de la collectivité territoriale", "Nom de la collectivité"],
};

/** Longest French country name is "République démocratique populaire lao" (5 words) and kin. */
const MAX_COUNTRY_WORDS = 7;

/**
 * Splits "Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie Canada" from the right:
 * the longest word suffix that is a French country name (lib/countries) is the country, as
 * written; the rest is the partner's name.
 */
export function splitNameCountry(text: string): { name: string; country: string | null } | null {
  const w = new Words(text);
  const n = w.length;
  const countries = countrySet();
  for (let k = Math.min(MAX_COUNTRY_WORDS, n - 1); k >= 1; k--) {
    // Words folds exactly like lib/countries, so its folded keys can be looked up directly.
    if (countries.has(w.fold(n - k))) return { name: w.text(0, n - k), country: w.text(n - k) };
  }
  return null;
}

let countryKeys: Set<string> | null = null;
function countrySet(): Set<string> {
  return (countryKeys ??= new Set(foldedCountryNames()));
}

export function parseForeignPartner(row: TableRow, warn: Warn): ForeignPartner {
  if (row.kind === "cells") {
    const [name = "", country = ""] = row.cells;
    if (name === "" && country !== "") warn(`foreignPartners: row without a name ${quote(row.cells.join(" | "))}`);
    return { name, country: valueOrNull(country) };
  }
  const split = splitNameCountry(row.text);
  if (split) return split;
  warn(`foreignPartners: no known country at the end of ${quote(row.text)}; kept the row as a name`);
  return { name: row.text, country: null };
}

export function parseFrenchPartner(row: TableRow): string | null {
  if (row.kind === "cells") return valueOrNull(row.cells.find((c) => c !== "") ?? "");
  return valueOrNull(row.text);
}
