import type pg from "pg";
import { FUNDER_KIND_VALUES, parseSearchParams, toQueryString, type SearchParams } from "../../lib/search/params";
import { Random } from "../../lib/corpus/random";
import { misspell } from "../../lib/corpus/misspell";

/**
 * The benchmark's requests, drawn deterministically from what the imported corpus holds:
 * searches are text plus 0 to 3 facets (the way people narrow a search), with words from the
 * fiches' vocabulary, place names, and a few misspelt names for the fuzzy branch.
 */

/** Words and phrases people type into the Atlas's search box. */
const SEARCH_WORDS = [
  "eau",
  "eau potable",
  "assainissement",
  "déchets",
  "jeunesse",
  "culture",
  "patrimoine",
  "santé",
  "agriculture",
  "formation professionnelle",
  "gouvernance locale",
  "état civil",
  "finances locales",
  "énergie solaire",
  "tourisme durable",
  "microcrédit",
  "coopération universitaire",
  "biodiversité",
  "changement climatique",
  "sécurité alimentaire",
  "lecture publique",
  "mobilité",
  "jumelage",
  "reconstruction",
  "maraîchage",
  "éducation",
  "égalité femmes hommes",
  "numérique",
  "urbanisme",
  "forages",
  "paludisme",
  "francophonie",
];

export interface BenchQuery {
  path: string;
  params: SearchParams;
}

interface Vocabulary {
  countries: string[];
  thematics: number[];
  statuses: string[];
  regions: string[];
  foreignNames: string[];
  frenchNames: string[];
  years: [number, number];
}

async function vocabulary(client: pg.ClientBase | pg.Pool): Promise<Vocabulary> {
  const rows = async <T>(sql: string) => (await client.query(sql)).rows as T[];
  const countries = await rows<{ code: string }>(`
    SELECT c.country_code AS code FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
    WHERE pp.role = 'foreign' AND c.country_code <> '' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 40`);
  const thematics = await rows<{ id: number }>(`SELECT id FROM thematic WHERE level <= 2 ORDER BY id`);
  const statuses = await rows<{ status: string }>(
    `SELECT DISTINCT status FROM project WHERE status IS NOT NULL ORDER BY 1`,
  );
  const regions = await rows<{ code: string }>(
    `SELECT DISTINCT region_code AS code FROM collectivite WHERE region_code IS NOT NULL ORDER BY 1`,
  );
  const foreignNames = await rows<{ name: string }>(
    `SELECT display_name AS name FROM collectivite WHERE side = 'foreign' ORDER BY id LIMIT 3000`,
  );
  const frenchNames = await rows<{ name: string }>(
    `SELECT display_name AS name FROM collectivite WHERE side = 'french' ORDER BY id LIMIT 3000`,
  );
  const [years] = await rows<{ min: number; max: number }>(
    `SELECT min(start_year)::int AS min, max(start_year)::int AS max FROM project`,
  );
  return {
    countries: countries.map((r) => r.code),
    thematics: thematics.map((r) => r.id),
    statuses: statuses.map((r) => r.status),
    regions: regions.map((r) => r.code),
    foreignNames: foreignNames.map((r) => r.name),
    frenchNames: frenchNames.map((r) => r.name),
    years: [years?.min ?? 2000, years?.max ?? 2024],
  };
}

function searchText(random: Random, v: Vocabulary): string {
  const kind = random.weighted<"word" | "foreign" | "french" | "misspelt" | "two">([
    ["word", 50],
    ["foreign", 15],
    ["french", 15],
    ["misspelt", 8],
    ["two", 12],
  ]);
  const word = () => random.pick(SEARCH_WORDS);
  const name = (list: string[]) =>
    (list.length ? random.pick(list) : word()).replace(/^(?:Ville|Commune|Mairie|Municipalité) de /, "");
  switch (kind) {
    case "foreign":
      return name(v.foreignNames);
    case "french":
      return name(v.frenchNames);
    case "misspelt":
      return misspell(random, name(random.chance(0.5) ? v.foreignNames : v.frenchNames));
    case "two":
      return `${word()} ${name(v.foreignNames)}`;
    default:
      return word();
  }
}

/** `count` searches with text and 0-3 facets, the same for the same seed and data. */
export async function searchQueries(
  client: pg.ClientBase | pg.Pool,
  seed: string,
  count: number,
): Promise<BenchQuery[]> {
  const v = await vocabulary(client);
  const random = new Random(`${seed}:searches`);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const raw: Record<string, string | string[]> = { q: searchText(random, v) };
    const facets = random.sample(
      ["country", "thematic", "status", "years", "funder", "region"],
      random.weighted<number>([
        [0, 30],
        [1, 35],
        [2, 22],
        [3, 13],
      ]),
    );
    for (const facet of facets) {
      if (facet === "country" && v.countries.length)
        raw.country = random.sample(v.countries.slice(0, 25), random.int(1, 2));
      if (facet === "thematic" && v.thematics.length) raw.thematic = String(random.pick(v.thematics));
      if (facet === "status" && v.statuses.length) raw.status = random.pick(v.statuses);
      if (facet === "funder") raw.funder = random.pick(FUNDER_KIND_VALUES);
      if (facet === "region" && v.regions.length) raw.region = random.pick(v.regions);
      if (facet === "years") {
        const from = random.int(v.years[0], v.years[1]);
        raw.from = String(from);
        raw.to = String(Math.min(v.years[1], from + random.int(0, 8)));
      }
    }
    if (random.chance(0.1)) raw.page = "2";
    const params = parseSearchParams(raw);
    queries.push({ path: `/projets${toQueryString(params)}`, params });
  }
  return queries;
}

/** Project pages: `count` slugs spread over the whole table. */
export async function projectPaths(client: pg.ClientBase | pg.Pool, seed: string, count: number): Promise<string[]> {
  const { rows } = await client.query<{ slug: string }>("SELECT slug FROM project ORDER BY id");
  const random = new Random(`${seed}:projects`);
  return random.sample(rows, count).map((r) => `/projets/${encodeURIComponent(r.slug)}`);
}

/** Country pages for the countries with the most partners. */
export async function countryPaths(client: pg.ClientBase | pg.Pool, count: number): Promise<string[]> {
  const v = await vocabulary(client);
  return v.countries.slice(0, count).map((code) => `/pays/${code}`);
}

/** Contact searches: names of people and places, as someone looking for a correspondent types them. */
export async function contactPaths(client: pg.ClientBase | pg.Pool, seed: string, count: number): Promise<string[]> {
  const { rows: people } = await client.query<{ name: string }>(
    `SELECT name FROM (SELECT split_part(name, ' ', 2) AS name FROM embassy_contact UNION SELECT last_name FROM partner_contact WHERE last_name IS NOT NULL) n
     WHERE length(name) >= 3 ORDER BY name LIMIT 2000`,
  );
  const v = await vocabulary(client);
  const random = new Random(`${seed}:contacts`);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const q =
      random.chance(0.6) && people.length
        ? random.pick(people).name
        : (random.pick(v.foreignNames.length ? v.foreignNames : ["Dakar"]) ?? "Dakar");
    const country = random.chance(0.3) && v.countries.length ? `&country=${random.pick(v.countries)}` : "";
    paths.push(`/contacts?q=${encodeURIComponent(q)}${country}`);
  }
  return paths;
}

/** Collectivité pages: the `heaviest` in the most partnerships, then others drawn over the whole table. */
export async function collectivitePaths(
  client: pg.ClientBase | pg.Pool,
  seed: string,
  heaviest: number,
  others: number,
): Promise<string[]> {
  const { rows } = await client.query<{ slug: string }>(
    `SELECT c.slug FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id
     GROUP BY c.id ORDER BY count(*) DESC, c.id`,
  );
  const random = new Random(`${seed}:collectivites`);
  const picked = [...rows.slice(0, heaviest), ...random.sample(rows.slice(heaviest), others)];
  return picked.map((r) => `/collectivites/${encodeURIComponent(r.slug)}`);
}

/** Embassy post pages, the posts named by the most projects first. */
export async function postPaths(client: pg.ClientBase | pg.Pool, count: number): Promise<string[]> {
  const { rows } = await client.query<{ slug: string }>(
    `SELECT ep.slug FROM embassy_post ep LEFT JOIN project_embassy_post pep ON pep.post_id = ep.id
     GROUP BY ep.id ORDER BY count(pep.project_id) DESC, ep.id LIMIT $1`,
    [count],
  );
  return rows.map((r) => `/postes/${encodeURIComponent(r.slug)}`);
}
