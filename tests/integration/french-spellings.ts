import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { SEEDS_DIR } from "./seeds";

/**
 * French bodies as fiches name them: each once one way (rare) and twice another (usual), whose
 * folded spellings differ but which the French resolver recognises as the same official code.
 */
export const BODIES = [
  { kind: "region", code: "76", rare: "Occitanie", usual: "Région Occitanie", slug: "region-occitanie-fr" },
  { kind: "departement", code: "59", rare: "Nord", usual: "Département du Nord", slug: "departement-nord-fr" },
  { kind: "commune", code: "69123", rare: "Lyon (69)", usual: "Ville de Lyon", slug: "lyon-fr" },
  { kind: "epci", code: "200046977", rare: "Grand Lyon", usual: "Métropole de Lyon", slug: "metropole-de-lyon-fr" },
];

const SEED_PARTNER = "Romans sur Isère commun.ico.loupe.alter";
const SEED_TITLE = "Projet d'action internationale de Romans et de ses villes partenaires";

/** A folder of three fiches per body (built from a seed fiche by replacing its French partner); file "<body>-0.txt" has the rare spelling. */
export function fichesNamingBodiesTwoWays(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-french-identity-"));
  const seed = readFileSync(path.join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith("002_"))!), "utf8");
  if (!seed.includes(SEED_PARTNER) || !seed.includes(SEED_TITLE)) throw new Error("la fiche modèle a changé");
  for (const [b, body] of BODIES.entries()) {
    for (const [i, name] of [body.rare, body.usual, body.usual].entries()) {
      const text = seed
        .replace(SEED_TITLE, `Projet ${b}-${i} avec ${name}`)
        .replace(SEED_PARTNER, `${name} commun.ico.loupe.alter`);
      writeFileSync(path.join(dir, `${b}-${i}.txt`), text);
    }
  }
  return dir;
}

/** Each French collectivité with its projects, the spellings its fiches wrote and the projects whose facet names it. */
export function frenchCollectivites(c: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }) {
  return c
    .query(
      `SELECT c.id, c.kind, c.official_code, c.name_key, c.display_name, c.slug,
            array_agg(DISTINCT pp.name_as_written ORDER BY pp.name_as_written) AS spellings,
            count(DISTINCT pp.project_id)::int AS projects,
            (SELECT count(*)::int FROM project p WHERE c.id = ANY(p.french_ids)) AS facet_projects
       FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id
      WHERE c.side = 'french' GROUP BY c.id ORDER BY c.kind, c.id`,
    )
    .then((r) => r.rows);
}
