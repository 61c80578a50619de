import { Prisma } from "../generated/prisma/client";

/**
 * The tables of the data package, each declared once: its Frictionless Table Schema (fields,
 * primary key, foreign keys) and the SQL that reads its rows, whose column names are the fields'.
 * No personal data: names and e-mails of people stay out of the package.
 */
export type FieldType = "integer" | "number" | "string" | "date" | "boolean";
export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  required?: boolean;
}
export interface PackageTable {
  name: string;
  title: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  sql: Prisma.Sql;
}

const f = (name: string, type: FieldType, description: string, required = false): TableField => ({
  name,
  type,
  description,
  required,
});
const fk = (field: string, resource: string, key = "id") => ({
  fields: [field],
  reference: { resource, fields: [key] },
});

export const PACKAGE_TABLES: PackageTable[] = [
  {
    name: "thematics",
    title: "Thématiques (arbre à trois niveaux)",
    fields: [
      f("id", "integer", "Identifiant (filtre `thematic` de l'API)", true),
      f("parent_id", "integer", "Thématique parente"),
      f("level", "integer", "1 thème, 2 sous-thème, 3 sous-sous-thème", true),
      f("label", "string", "Libellé", true),
    ],
    primaryKey: ["id"],
    foreignKeys: [fk("parent_id", "thematics")],
    sql: Prisma.sql`SELECT id, parent_id, level, label FROM thematic ORDER BY id`,
  },
  {
    name: "projects",
    title: "Projets de coopération décentralisée",
    fields: [
      f("id", "integer", "Identifiant", true),
      f("slug", "string", "Identifiant d'adresse (/projets/{slug})", true),
      f("title", "string", "Titre", true),
      f("status", "string", "Statut"),
      f("convention_year", "integer", "Année de signature de la convention"),
      f("start_year", "integer", "Année de début"),
      f("end_date", "date", "Date de fin"),
      f("thematic_id", "integer", "Thématique principale (la plus précise)"),
      f("partnership_form", "string", "Forme du partenariat"),
    ],
    primaryKey: ["id"],
    foreignKeys: [fk("thematic_id", "thematics")],
    sql: Prisma.sql`SELECT id, slug, title, status, convention_year, start_year, to_char(end_date, 'YYYY-MM-DD') AS end_date,
      thematic_id, partnership_form FROM project ORDER BY id`,
  },
  {
    name: "collectivites",
    title: "Collectivités françaises et étrangères",
    fields: [
      f("id", "integer", "Identifiant", true),
      f("slug", "string", "Identifiant d'adresse (/collectivites/{slug})", true),
      f("name", "string", "Nom", true),
      f("side", "string", "french ou foreign", true),
      f("country_code", "string", "Pays (ISO 3166-1 alpha-2)"),
      f("kind", "string", "Type de collectivité"),
      f("official_code", "string", "Code officiel (INSEE, SIREN…)"),
      f("departement_code", "string", "Département"),
      f("region_code", "string", "Région"),
      f("region_name", "string", "Nom de la région"),
      f("lat", "number", "Latitude (WGS 84)"),
      f("lon", "number", "Longitude (WGS 84)"),
      f("precision", "string", "Précision du placement", true),
    ],
    primaryKey: ["id"],
    foreignKeys: [],
    sql: Prisma.sql`SELECT id, slug, display_name AS name, side, nullif(country_code, '') AS country_code, kind, official_code,
      departement_code, region_code, region_name, lat, lon, precision FROM collectivite ORDER BY id`,
  },
  {
    name: "partnerships",
    title: "Collectivités partenaires de chaque projet",
    fields: [
      f("project_id", "integer", "Projet", true),
      f("role", "string", "french ou foreign", true),
      f("position", "integer", "Rang sur la fiche", true),
      f("collectivite_id", "integer", "Collectivité", true),
      f("name_as_written", "string", "Nom tel qu'écrit sur la fiche", true),
    ],
    primaryKey: ["project_id", "role", "position"],
    foreignKeys: [fk("project_id", "projects"), fk("collectivite_id", "collectivites")],
    sql: Prisma.sql`SELECT project_id, role, position, collectivite_id, name_as_written FROM project_partner ORDER BY project_id, role, position`,
  },
  {
    name: "funding",
    title: "Financements par année et financeur",
    fields: [
      f("id", "integer", "Identifiant", true),
      f("project_id", "integer", "Projet", true),
      f("funder", "string", "Financeur", true),
      f("funder_kind", "string", "Type de financeur (filtre `funder` de l'API)", true),
      f("year", "integer", "Année"),
      f("amount_eur", "number", "Montant en euros"),
      f("water_amount_eur", "number", "Part « 1 % eau » en euros"),
    ],
    primaryKey: ["id"],
    foreignKeys: [fk("project_id", "projects")],
    sql: Prisma.sql`SELECT f.id, f.project_id, fu.name AS funder, f.funder_kind, f.year, f.amount_eur::float8 AS amount_eur,
      f.water_amount_eur::float8 AS water_amount_eur FROM funding f JOIN funder fu ON fu.id = f.funder_id ORDER BY f.id`,
  },
  {
    name: "embassy_posts",
    title: "Postes diplomatiques français cités par les projets",
    fields: [
      f("id", "integer", "Identifiant", true),
      f("slug", "string", "Identifiant d'adresse", true),
      f("name", "string", "Nom du poste", true),
      f("country_code", "string", "Pays (ISO 3166-1 alpha-2)"),
    ],
    primaryKey: ["id"],
    foreignKeys: [],
    sql: Prisma.sql`SELECT id, slug, name, country_code FROM embassy_post ORDER BY id`,
  },
];
