import names from "./data/people.json" with { type: "json" };
import type { Random } from "./random";

/**
 * Person names, job titles and e-mail addresses for contacts. Names follow the partner's
 * country (a contact in Thiès is not called Hans), job titles start with words the Atlas uses,
 * and addresses are built from the name and the town like real ones. The names and titles are
 * data: lib/corpus/data/people.json.
 */
type Culture = keyof typeof names.firstNames;

const CULTURE_OF = names.cultureOfCountry as Record<string, Culture>;
const FIRST: Record<Culture, string[]> = names.firstNames;
const LAST: Record<Culture, string[]> = names.lastNames;
/** Job titles of foreign contacts; each starts with a word the parser knows opens a title. */
const ROLES: string[] = names.roles;
/** Titles in the partner's own language, which contacts sometimes give instead. */
const LOCAL_ROLES: Partial<Record<Culture, string[]>> = names.localRoles;

export interface Person {
  firstName: string;
  lastName: string;
}

export function cultureOf(country: string): Culture {
  return CULTURE_OF[country] ?? "other";
}

export function drawPerson(random: Random, country: string): Person {
  const culture = cultureOf(country);
  return { firstName: random.pick(FIRST[culture]), lastName: random.pick(LAST[culture]) };
}

export function drawRole(random: Random, country: string): string {
  const local = LOCAL_ROLES[cultureOf(country)];
  return local && random.chance(0.3) ? random.pick(local) : random.pick(ROLES);
}

/** Letters of a name usable in an address: "N'Diaye" → "ndiaye", "Müller" → "muller". */
export function asciiSlug(value: string, separator = ""): string {
  const words = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.join(separator);
}

const COUNTRY_TLD: Record<string, string> = { GB: "uk", US: "gov" };

const WEBMAIL = ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.com", "yahoo.com"];

/** An address for a contact of a town: municipal domain most of the time, else webmail. */
export function drawEmail(random: Random, person: Person | null, town: string, country: string): string {
  const first = person ? asciiSlug(person.firstName, "-") : "";
  const last = person ? asciiSlug(person.lastName, "-") : "";
  const local = person
    ? random.weighted<string>([
        [`${first}.${last}`, 5],
        [`${first.charAt(0)}${last}`, 3],
        [`${last}.${first}`, 1],
      ])
    : random.pick(["contact", "mairie", "international", "cooperation", "info"]);
  const townSlug = asciiSlug(town, "-") || "commune";
  if (random.chance(0.25))
    return `${local.replace(/-/g, "")}${random.chance(0.4) ? random.int(1, 99) : ""}@${random.pick(WEBMAIL)}`;
  const tld = COUNTRY_TLD[country] ?? country.toLowerCase();
  const domain = random.weighted<string>([
    [`${townSlug}.${tld}`, 4],
    [`mairie-${townSlug}.${tld}`, 2],
    [`ville-${townSlug}.${tld}`, 1],
  ]);
  return `${local}@${domain}`;
}

/** Embassy staff addresses follow the ministry's pattern. */
export function diplomaticEmail(person: Person): string {
  return `${asciiSlug(person.firstName, "-")}.${asciiSlug(person.lastName, "-")}@diplomatie.gouv.fr`;
}
