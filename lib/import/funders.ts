import type { FunderKind } from "../domain/funder-kinds";
import { foldForMatch } from "../text/fold";

/**
 * The Atlas gives funders as free text, so their kind is read from well-known wordings;
 * anything unrecognised is "other", never guessed.
 */
const MEAE =
  /^(ministere de l europe et des affaires etrangeres|ministere des affaires etrangeres( et (europeennes|du developpement international))?|meae|maedi|mae|cdcs|delegation pour l action exterieure des collectivites territoriales|daect)\b/;
const FOREIGN =
  /^(collectivites? et partenaires etrangers|villes? partenaires?|partenaires? etrangers?|collectivites? etrangeres?|collectivites? partenaires?)\b/;
const WATER = /^agence de l eau\b/;
const FRENCH_COLLECTIVITE =
  /^(ville|commune|mairie|conseil (departemental|general|regional)|departement|region|metropole|eurometropole|communaute (d agglomeration|de communes|urbaine)|syndicat (intercommunal|mixte)|collectivite)\b/;

/** The kind of a funder, independent of any project (so "own-collectivite" is never returned here). */
export function funderKind(name: string, isFrenchCollectivite: (name: string) => boolean): FunderKind {
  const folded = foldForMatch(name);
  if (MEAE.test(folded)) return "meae";
  if (WATER.test(folded)) return "water-agency";
  if (FOREIGN.test(folded)) return "foreign-partners";
  if (FRENCH_COLLECTIVITE.test(folded) || isFrenchCollectivite(name)) return "french-collectivite";
  return "other";
}

/** The kind of a funding row: the project's own French collectivité paying is singled out. */
export function fundingRowKind(generalKind: FunderKind, funderKey: string, ownPartnerKeys: Set<string>): FunderKind {
  return ownPartnerKeys.has(funderKey) ? "own-collectivite" : generalKind;
}
