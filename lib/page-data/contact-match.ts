import "server-only";
import { Prisma } from "../generated/prisma/client";
import { roleOfWord } from "../domain/embassy-roles";
import { foldForMatch } from "../text/fold";

/**
 * How the contacts directory matches its query: word by word, accent-insensitively, against the
 * person (name, e-mail, role), the post, the partner collectivité, the French collectivités of
 * the same projects and the country; words of five letters or more also match with a typo
 * (pg_trgm word similarity), so "Vailant" finds "VAILLANT".
 */
/**
 * Words that name no one in particular: articles, and the "Ville de"/"Commune de" of a
 * collectivité's name. Kept out of the match when the query has other words, as are words of one
 * or two letters: "ville" alone matched thousands of collectivités and their projects (230 ms for
 * "Ville de Grimstad"), and "di" or "el", matched as substrings, nearly every contact ("Comune di
 * Angera": 275 ms, then 77 ms without "di"). Longer words of other languages ("comune",
 * "municipio") stay: they narrow the match to that country's collectivités.
 */
const GENERIC_WORDS = new Set([
  "de",
  "d",
  "du",
  "des",
  "la",
  "le",
  "les",
  "l",
  "et",
  "ville",
  "commune",
  "mairie",
  "municipalite",
  "cite",
  // The kind of a French body: "Conseil régional de Mopti" matched every région and council
  // (100 ms); "Mopti" names it.
  "conseil",
  "regional",
  "departemental",
  "region",
  "departement",
  "communaute",
]);

/** The query's words, without what PostgreSQL text cannot hold (NUL and other controls). */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const telling = words.filter((w) => {
    const folded = foldForMatch(w);
    return folded.length > 2 && !GENERIC_WORDS.has(folded);
  });
  return (telling.length ? telling : words).slice(0, 8);
}

/**
 * `folded` (an atlas_fold-ed expression) contains the word, or, for words of five letters or
 * more, a word close to it (pg_trgm word similarity, default threshold 0.6). Both operators are
 * served by the trigram GIN indexes when `folded` is an indexed expression. LIKE's wildcards in
 * the word are escaped. A four-letter word has five trigrams, so any word sharing its first three
 * letters was "close": "chan" matched every "Chargée de mission" (4,800 contacts, 150 ms).
 */
const FUZZY_FROM = 5;

function wordIn(word: string, folded: Prisma.Sql): Prisma.Sql {
  const pattern = `%${word.replace(/[\\%_]/g, "\\$&")}%`;
  const substring = Prisma.sql`${folded} LIKE atlas_fold(${pattern})`;
  return word.length >= FUZZY_FROM ? Prisma.sql`(${substring} OR atlas_fold(${word}) <% ${folded})` : substring;
}

// The expressions of the trigram indexes of the migration (same text, so the planner uses them).
const PARTNER_PERSON = Prisma.sql`atlas_fold(coalesce("last_name", '') || ' ' || coalesce("first_name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("role", ''))`;
const EMBASSY_PERSON = Prisma.sql`atlas_fold("name" || ' ' || coalesce("email", ''))`;
const COLLECTIVITE_NAME = Prisma.sql`atlas_fold("display_name")`;

const collectivitesNamed = (word: string) =>
  Prisma.sql`SELECT id FROM collectivite WHERE ${wordIn(word, COLLECTIVITE_NAME)}`;
const countriesNamed = (word: string) =>
  Prisma.sql`SELECT code FROM country WHERE ${wordIn(word, Prisma.sql`atlas_fold(name_fr)`)}`;
/** Projects one of whose French collectivités is named by the word. */
const projectsOfFrench = (word: string) =>
  Prisma.sql`SELECT project_id FROM project_partner WHERE role = 'french' AND collectivite_id IN (${collectivitesNamed(word)})`;

/**
 * Each word names the contact, their collectivité, its country, or a French collectivité of the
 * project (alias pc). Each word is the set of contact ids that its branches find through their
 * indexes: written as one OR over the joined rows, the branches made PostgreSQL join every
 * contact to its collectivité and project before filtering (110–190 ms at 20,000 projects, now 20–60 ms).
 */
export function partnerContactMatch(q: string | undefined): Prisma.Sql {
  const words = queryWords(q);
  if (words.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    words.map(
      (w) => Prisma.sql`pc.id IN (
        SELECT id FROM partner_contact WHERE ${wordIn(w, PARTNER_PERSON)}
        UNION SELECT id FROM partner_contact WHERE collectivite_id IN (${collectivitesNamed(w)})
        UNION SELECT id FROM partner_contact WHERE collectivite_id IS NULL AND ${wordIn(w, Prisma.sql`atlas_fold(partner_name)`)}
        UNION SELECT x.id FROM partner_contact x JOIN collectivite xc ON xc.id = x.collectivite_id
          WHERE xc.country_code IN (${countriesNamed(w)})
        UNION SELECT id FROM partner_contact WHERE project_id IN (${projectsOfFrench(w)}))`,
    ),
    " AND ",
  );
}

/** A role word ("correspondants", "conseillère") matches the posts where someone held that role. */
function postsWithRole(word: string): Prisma.Sql {
  const role = roleOfWord(word);
  return role ? Prisma.sql`OR ep.id IN (SELECT post_id FROM embassy_contact WHERE role = ${role})` : Prisma.empty;
}

/** Each word names the post, its country, one of its contacts or their role, or a French collectivité of its projects (alias ep). */
export function embassyPostMatch(q: string | undefined): Prisma.Sql {
  const words = queryWords(q);
  if (words.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    words.map(
      (w) => Prisma.sql`(${wordIn(w, Prisma.sql`atlas_fold(ep.name)`)} ${postsWithRole(w)}
      OR ep.country_code IN (${countriesNamed(w)})
      OR ep.id IN (SELECT post_id FROM embassy_contact WHERE ${wordIn(w, EMBASSY_PERSON)})
      OR ep.id IN (SELECT post_id FROM project_embassy_post WHERE project_id IN (${projectsOfFrench(w)})))`,
    ),
    " AND ",
  );
}
