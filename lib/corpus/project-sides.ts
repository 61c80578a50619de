import type { FicheFormat, ForeignContact } from "../fiche/schema";
import { foldForMatch } from "../text/fold";
import { misspell } from "./misspell";
import { drawFrench, drawPartnerCount, type FrenchCollectivite, partnerLabel } from "./partners";
import { drawEmail, drawPerson, drawRole } from "./people";
import { drawCountry, drawTown } from "./places";
import type { Random } from "./random";

/** A foreign partner as drawn: its name on the fiche, its town and country, and whether it sits in Québec. */
export interface DrawnPartner {
  name: string;
  town: string;
  country: string;
  quebec: boolean;
}

/** The French collectivités of a project, the lead one first (it names the project). */
export function drawFrenchSide(random: Random, startYear: number): FrenchCollectivite[] {
  const frenchCount = random.weighted<number>([
    [1, 80],
    [2, 13],
    [3, 4],
    [4, 2],
    [5, 1],
  ]);
  const frenchSide: FrenchCollectivite[] = [];
  while (frenchSide.length < frenchCount) {
    const c = drawFrench(random, startYear);
    if (!frenchSide.some((f) => f.name === c.name)) frenchSide.push(c);
  }
  if (random.chance(0.02)) frenchSide[0] = { ...frenchSide[0], name: misspell(random, frenchSide[0].name) };
  return frenchSide;
}

/** The foreign partners: a main country; networks spread over several. */
export function drawForeignSide(random: Random): { partners: DrawnPartner[]; mainCountry: string } {
  const partnerCount = drawPartnerCount(random);
  const mainCountry = drawCountry(random);
  const sameCountry = partnerCount <= 5 ? 0.75 : 0.25;
  const partners: DrawnPartner[] = [];
  let guard = 0;
  while (partners.length < partnerCount && guard++ < partnerCount * 10) {
    const country = partners.length === 0 || random.chance(sameCountry) ? mainCountry : drawCountry(random);
    const town = drawTown(random, country, random.chance(0.03));
    let name = partnerLabel(random, town.name, country);
    if (random.chance(0.02)) name = misspell(random, name);
    // Names equal once folded are one partner to the parser (and to a reader).
    if (partners.some((p) => foldForMatch(p.name) === foldForMatch(name))) continue;
    partners.push({ name, town: town.name, country, quebec: country === "CA" && town.adminCode === "10" });
  }
  return { partners, mainCountry };
}

/** Up to two contacts per foreign partner, some anonymous or without a role or an address. */
export function drawForeignContacts(random: Random, partners: DrawnPartner[], format: FicheFormat): ForeignContact[] {
  const foreignContacts: ForeignContact[] = [];
  for (const p of partners) {
    const count = random.weighted<number>([
      [0, 35],
      [1, 55],
      [2, 10],
    ]);
    for (let i = 0; i < count; i++) {
      const person = drawPerson(random, p.country);
      const anonymous = random.chance(0.05);
      // The flattened text layout is only readable because surnames are typed in capitals there.
      const lastName = format === "text" || random.chance(0.4) ? person.lastName.toUpperCase() : person.lastName;
      foreignContacts.push({
        partner: p.name,
        lastName: anonymous ? null : lastName,
        firstName: anonymous || random.chance(0.03) ? null : person.firstName,
        role: random.chance(0.7) ? drawRole(random, p.country) : null,
        email: random.chance(0.9) ? drawEmail(random, anonymous ? null : person, p.town, p.country) : null,
      });
    }
  }
  return foreignContacts;
}
