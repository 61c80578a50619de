import type { IatiProject } from "./load";
import { FUNDING_KINDS, MINISTRY_NAME, MINISTRY_REF, ORGANISATION_ROLE, ORGANISATION_TYPE } from "./codes";
import { foldForMatch } from "../text/fold";

export const UNNAMED_CARRIER = "Collectivité porteuse non précisée par la fiche";

export interface Participant {
  role: string;
  type: string;
  ref?: string;
  name: string;
}

type PartnerRow = Pick<IatiProject["partners"][number], "role" | "position" | "nameAsWritten" | "countryLabel"> & {
  collectivite: { displayName: string; countryLabel: string | null; countryCode: string };
};
type FundingRow = { funderKind: string; funder: { name: string } };

/**
 * The carrying collectivité (first French partner) extends the activity (role 3); the other
 * French collectivités and French funders fund it (role 1), the Ministry too; foreign partners
 * implement it (role 4), their country in the name since participating-org has no country.
 */
export function participantsOf(partners: PartnerRow[], funding: FundingRow[]): Participant[] {
  const french = partners.filter((p) => p.role === "french");
  const foreign = partners.filter((p) => p.role === "foreign");
  const out: Participant[] = [];
  const named = new Set<string>();
  const add = (p: Participant) => {
    const key = `${p.role}|${foldForMatch(p.name)}`;
    if (named.has(key)) return;
    named.add(key);
    out.push(p);
  };
  french.forEach((p, i) => {
    add({
      role: i === 0 ? ORGANISATION_ROLE.extending : ORGANISATION_ROLE.funding,
      type: ORGANISATION_TYPE.localGovernment,
      name: p.collectivite.displayName,
    });
  });
  const carrier = french[0] ? foldForMatch(french[0].collectivite.displayName) : null;
  for (const row of funding) {
    if (!(FUNDING_KINDS as readonly string[]).includes(row.funderKind)) continue;
    if (row.funderKind === "meae")
      add({
        role: ORGANISATION_ROLE.funding,
        type: ORGANISATION_TYPE.government,
        ref: MINISTRY_REF,
        name: MINISTRY_NAME,
      });
    else if (foldForMatch(row.funder.name) !== carrier)
      add({ role: ORGANISATION_ROLE.funding, type: ORGANISATION_TYPE.localGovernment, name: row.funder.name });
  }
  for (const p of foreign) {
    const country = p.collectivite.countryLabel ?? p.countryLabel ?? p.collectivite.countryCode;
    add({
      role: ORGANISATION_ROLE.implementing,
      type: ORGANISATION_TYPE.localGovernment,
      name: country ? `${p.collectivite.displayName} (${country})` : p.collectivite.displayName,
    });
  }
  // The schema needs one participating-org; a fiche naming none still had a carrier.
  if (out.length === 0)
    out.push({ role: ORGANISATION_ROLE.extending, type: ORGANISATION_TYPE.localGovernment, name: UNNAMED_CARRIER });
  return out;
}
