import type { EmbassyPost } from "../fiche/schema";
import { embassyPostName } from "./countries";
import { diplomaticEmail, drawPerson, type Person } from "./people";
import { capitalOf } from "./places";
import { Random } from "./random";

/** The embassy posts of a synthetic fiche: one per partner country (Québec apart), staffed alike across fiches. */

/** Embassy staff for a country in an era: the same people on every fiche of that era. */
interface PostStaff {
  correspondent: Person | null;
  counsellor: Person | null;
}

function postStaff(seed: string, country: string, era: number): PostStaff {
  const r = new Random(`${seed}:post:${country}:${era}`);
  if (r.chance(0.22)) return { correspondent: null, counsellor: null }; // vacant post
  const correspondent = r.chance(0.8) ? drawPerson(r, "FR") : null;
  const counsellor = r.chance(0.15) && correspondent ? correspondent : r.chance(0.7) ? drawPerson(r, "FR") : null;
  return { correspondent, counsellor };
}

function embassyName(person: Person): string {
  return `${person.firstName} ${person.lastName.toUpperCase()}`;
}

export function drawPosts(
  random: Random,
  seed: string,
  partners: { country: string; quebec: boolean }[],
  startYear: number,
): EmbassyPost[] {
  const era = startYear < 2012 ? 0 : startYear < 2019 ? 1 : 2;
  const seen = new Set<string>();
  const posts: EmbassyPost[] = [];
  for (const [i, p] of partners.entries()) {
    const key = p.quebec ? "CA-QC" : p.country;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i > 0 && !random.chance(0.5)) continue;
    if (posts.length >= 6) break;
    const staff = postStaff(seed, key, era);
    const contacts: EmbassyPost["contacts"] = [];
    if (staff.correspondent)
      contacts.push({
        role: "correspondent",
        name: embassyName(staff.correspondent),
        email: diplomaticEmail(staff.correspondent),
      });
    if (staff.counsellor)
      contacts.push({
        role: "counsellor",
        name: embassyName(staff.counsellor),
        email: diplomaticEmail(staff.counsellor),
      });
    posts.push({ post: embassyPostName(p.country, capitalOf(p.country), p.quebec), contacts });
  }
  return posts;
}
