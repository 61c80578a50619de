import { EMBASSY_ROLE_LABELS, EMBASSY_ROLES, type EmbassyRole } from "./embassy-roles";

/**
 * The contacts directory's vocabulary: embassy posts with their correspondent and counsellor,
 * contacts of foreign partners, and the person the exports (CSV, vCard) make of either. Pure:
 * the SQL that fills these shapes is lib/page-data/contacts.ts.
 */
export interface ProjectLink {
  slug: string;
  title: string;
}

export interface EmbassyContactEntry {
  id: number;
  name: string;
  email: string | null;
  /** Year of the fiche the contact comes from: the directory says "à jour de <year>". */
  ficheYear: number | null;
  /** Year the fiche was imported: a fiche year after it is impossible (planned funding, typo). */
  importYear: number | null;
}

/** A fiche year later than the year the fiche was imported: no contact can be up to date in the future. */
export function isImpossibleYear(c: Pick<EmbassyContactEntry, "ficheYear" | "importYear">): boolean {
  return c.ficheYear !== null && c.importYear !== null && c.ficheYear > c.importYear;
}

/** How the directory dates a contact: "à jour de 2022", or the fiche's year flagged when it is impossible. */
export function contactYearLabel(c: Pick<EmbassyContactEntry, "ficheYear" | "importYear">): string {
  if (c.ficheYear === null) return "année de la fiche inconnue";
  if (isImpossibleYear(c)) return `fiche datée de ${c.ficheYear}, année impossible (importée en ${c.importYear})`;
  return `à jour de ${c.ficheYear}`;
}

export interface EmbassyPostEntry {
  id: number;
  name: string;
  slug: string;
  countryCode: string | null;
  countryName: string | null;
  /** Newest year among the fiches that name this post, contact or not. */
  latestFicheYear: number | null;
  /** How many projects name this post; `projects` lists the newest, or all of them (see findEmbassyPosts). */
  projectCount: number;
  projects: ProjectLink[];
  /** Per role: the contact from the newest fiche (null: vacant), and the people before them. */
  roles: Record<EmbassyRole, { current: EmbassyContactEntry | null; earlier: EmbassyContactEntry[] }>;
}

export interface PartnerContactEntry {
  /** The first partner_contact row of this person: the id of their vCard. */
  id: number;
  lastName: string | null;
  firstName: string | null;
  role: string | null;
  email: string | null;
  partnerName: string;
  collectiviteSlug: string | null;
  countryCode: string | null;
  countryName: string | null;
  projects: ProjectLink[];
}

/** Which list a person comes from: the first half of their vCard key "embassy-12", "partner-34". */
export type ContactKind = "embassy" | "partner";

/** A person as the exports (CSV, vCard) see them, whichever list they come from. */
export interface ContactPerson {
  /** "embassy-<id>" or "partner-<id>", the id of /api/contacts/vcard/<key>. */
  key: string;
  kind: ContactKind;
  fullName: string;
  lastName: string | null;
  firstName: string | null;
  roles: string[];
  email: string | null;
  organisation: string;
  /** Path of the organisation's page on the atlas, when it has one. */
  organisationPath: string | null;
  countryCode: string | null;
  countryName: string | null;
  asOf: number | null;
  projects: ProjectLink[];
}

/** An embassy contact with the post it belongs to, as one person of the exports. */
export interface EmbassyPersonInput {
  id: number;
  name: string;
  email: string | null;
  ficheYear: number | null;
  roles: EmbassyRole[];
  post: string;
  countryCode: string | null;
  countryName: string | null;
  projects: ProjectLink[];
}

/** A post with at least one role no fiche names a holder for: what the "Postes vacants" filter lists. */
export function hasVacantRole(post: Pick<EmbassyPostEntry, "roles">): boolean {
  return EMBASSY_ROLES.some((role) => !post.roles[role].current);
}

/** The "Postes vacants" filter of the directory: `?vacants=1` (any value but "0"/empty turns it on). */
export const VACANT_PARAM = "vacants";

export function parseVacantFilter(value: string | string[] | null | undefined): boolean {
  const v = Array.isArray(value) ? value[0] : value;
  return v !== undefined && v !== null && v !== "" && v !== "0";
}

/** Splits "Sarah VAILLANT" into given and family names: the family name is the trailing words in capitals. */
export function splitEmbassyName(name: string): { firstName: string | null; lastName: string | null } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const isUpper = (w: string) => /\p{L}/u.test(w) && w === w.toUpperCase();
  let cut = words.length;
  while (cut > 0 && isUpper(words[cut - 1])) cut--;
  if (cut === words.length) cut = Math.max(words.length - 1, 0);
  if (cut === 0 && words.length > 1) cut = 1;
  const lastName = words.slice(cut).join(" ") || null;
  const firstName = words.slice(0, cut).join(" ") || null;
  return { firstName, lastName };
}

export function partnerPerson(c: PartnerContactEntry): ContactPerson {
  const personal = [c.firstName, c.lastName].filter(Boolean).join(" ");
  return {
    key: `partner-${c.id}`,
    kind: "partner",
    fullName: personal || (c.role ? `${c.role} (${c.partnerName})` : c.partnerName),
    lastName: c.lastName,
    firstName: c.firstName,
    roles: c.role ? [c.role] : [],
    email: c.email,
    organisation: c.partnerName,
    organisationPath: c.collectiviteSlug ? `/collectivites/${c.collectiviteSlug}` : null,
    countryCode: c.countryCode,
    countryName: c.countryName,
    asOf: null,
    projects: c.projects,
  };
}

/** One embassy contact, with every role they hold at the post, in the order of EMBASSY_ROLES. */
export function embassyPerson(c: EmbassyPersonInput): ContactPerson {
  return {
    key: `embassy-${c.id}`,
    kind: "embassy",
    fullName: c.name,
    ...splitEmbassyName(c.name),
    roles: EMBASSY_ROLES.filter((r) => c.roles.includes(r)).map((r) => EMBASSY_ROLE_LABELS[r]),
    email: c.email,
    organisation: c.post,
    organisationPath: c.countryCode ? `/pays/${c.countryCode}` : null,
    countryCode: c.countryCode,
    countryName: c.countryName,
    asOf: c.ficheYear,
    projects: c.projects,
  };
}

/** The current embassy contacts (one per person and post, both roles together) and the partner contacts. */
export function directoryPeople(posts: EmbassyPostEntry[], partners: PartnerContactEntry[]): ContactPerson[] {
  const people: ContactPerson[] = [];
  for (const post of posts) {
    const byPerson = new Map<string, ContactPerson>();
    for (const role of EMBASSY_ROLES) {
      const current = post.roles[role].current;
      if (!current) continue;
      const personKey = `${current.name.toLowerCase()}|${(current.email ?? "").toLowerCase()}`;
      const existing = byPerson.get(personKey);
      if (existing) {
        existing.roles.push(EMBASSY_ROLE_LABELS[role]);
        existing.asOf = Math.max(existing.asOf ?? 0, current.ficheYear ?? 0) || null;
        continue;
      }
      byPerson.set(
        personKey,
        embassyPerson({
          ...current,
          roles: [role],
          post: post.name,
          countryCode: post.countryCode,
          countryName: post.countryName,
          projects: post.projects,
        }),
      );
    }
    people.push(...byPerson.values());
  }
  return [...people, ...partners.map(partnerPerson)];
}

/** What the directory shows of the posts found: all of them, or only those with a vacant role when the filter is on. */
export function directoryListing(allPosts: EmbassyPostEntry[], partnerTotal: number, vacant: boolean) {
  const vacantPosts = allPosts.filter(hasVacantRole);
  const posts = vacant ? vacantPosts : allPosts;
  return {
    posts,
    vacantCount: vacantPosts.length,
    /** Nobody to list: the page says so instead of the sections. */
    empty: posts.length === 0 && partnerTotal === 0,
    /** Someone to export: with no one, the export links are not offered (they would give an empty file). */
    exportable: partnerTotal > 0 || directoryPeople(posts, []).length > 0,
  };
}
