import type { Fiche } from "../fiche";

/**
 * A copy of a fiche cut short (a transfer or a save stopped midway) parses as a fiche with fewer
 * rows, and would otherwise replace the complete version already stored. Two signs, each enough:
 *   - its text is the beginning of the stored text;
 *   - its funding table ends on a row cut mid-way (the parser found no year at its end) where
 *     the stored version has more rows.
 * A revised fiche that merely has fewer rows shows neither, and replaces the stored one.
 */

/** Line endings, trailing spaces and a character cut mid-way (decoded as U+FFFD) differ between copies. */
function comparable(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/[\s\ufffd]+$/, "");
}

export function isPrefixOfStored(raw: string, storedRaw: string): boolean {
  const text = comparable(raw);
  const stored = comparable(storedRaw);
  return text.length < stored.length && stored.startsWith(text);
}

/** The last funding row as the parser leaves a row cut in the middle: a funder, nothing after it. */
function endsOnCutFundingRow(fiche: Fiche): boolean {
  const last = fiche.funding.at(-1);
  return last !== undefined && last.year === null && last.amountEur === null && last.waterAmountEur === null;
}

export interface StoredVersion {
  raw: string;
  fundingRows: number;
  /** Its own last funding row was already cut: the new copy is then no worse. */
  endsOnCutFundingRow: boolean;
}

/** Why this copy looks cut short of the stored version (in French, for the summary), or null. */
export function truncationReason(raw: string, fiche: Fiche, stored: StoredVersion): string | null {
  if (isPrefixOfStored(raw, stored.raw)) {
    return `son texte est le début de la version enregistrée (${comparable(raw).length} caractères sur ${comparable(stored.raw).length})`;
  }
  if (endsOnCutFundingRow(fiche) && fiche.funding.length <= stored.fundingRows && !stored.endsOnCutFundingRow) {
    return `le tableau des financements s'arrête sur une ligne coupée (${fiche.funding.length} lignes, ${stored.fundingRows} enregistrées)`;
  }
  return null;
}
