import pg from "pg";

/**
 * The role the app (and its migrations and imports) connects as on the embedded server: it owns
 * the atlas database and its objects, and nothing more (no superuser, no CREATEDB, no CREATEROLE),
 * so a flaw in the app cannot reach the server's other databases, files or roles.
 */
export const APP_ROLE = "atlas_app";

/** Extensions the migrations use; only a superuser may create them, so they are made first. */
const EXTENSIONS = ["unaccent", "pg_trgm"];

// Objects of schema public not owned by the app role, extension members excepted (they follow
// their extension), nor sequences owned by a column (they follow their table).
const FOREIGN_OWNED = `
  WITH app AS (SELECT oid FROM pg_roles WHERE rolname = $1),
  pub AS (SELECT oid FROM pg_namespace WHERE nspname = 'public'),
  member AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e')
  SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,
         c.oid::regclass::text AS name
    FROM pg_class c WHERE c.relnamespace = (SELECT oid FROM pub) AND c.relkind IN ('r','p','v','m','S')
     AND c.relowner <> (SELECT oid FROM app)
     AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_class'::regclass AND m.objid = c.oid)
     AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d
       WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, p.oid::regprocedure::text
    FROM pg_proc p WHERE p.pronamespace = (SELECT oid FROM pub) AND p.proowner <> (SELECT oid FROM app)
     AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
  UNION ALL
  SELECT 'TYPE', t.oid::regtype::text
    FROM pg_type t WHERE t.typnamespace = (SELECT oid FROM pub) AND t.typtype IN ('e','d','r') AND t.typowner <> (SELECT oid FROM app)
     AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_type'::regclass AND m.objid = t.oid)
  UNION ALL
  SELECT 'TEXT SEARCH CONFIGURATION', c.oid::regconfig::text
    FROM pg_ts_config c WHERE c.cfgnamespace = (SELECT oid FROM pub) AND c.cfgowner <> (SELECT oid FROM app)
     AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_ts_config'::regclass AND m.objid = c.oid)
  UNION ALL
  SELECT 'TEXT SEARCH DICTIONARY', d.oid::regdictionary::text
    FROM pg_ts_dict d WHERE d.dictnamespace = (SELECT oid FROM pub) AND d.dictowner <> (SELECT oid FROM app)
     AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_ts_dict'::regclass AND m.objid = d.oid)`;

async function asSuperuser(url: string, fn: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates (or updates) the app role with `password`, makes it owner of database `name` (created
 * when missing), creates the extensions, and hands it the objects an earlier version created as
 * superuser. Returns the app's connection URL.
 */
export async function ensureAppDatabase(
  superuserUrl: (db: string) => string,
  name: string,
  password: string,
): Promise<string> {
  const role = `"${APP_ROLE}"`;
  const db = `"${name.replace(/"/g, '""')}"`;
  await asSuperuser(superuserUrl("postgres"), async (admin) => {
    const exists = (await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE])).rowCount;
    await admin.query(`${exists ? "ALTER" : "CREATE"} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
      PASSWORD ${admin.escapeLiteral(password)}`);
    const hasDb = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
    await admin.query(hasDb ? `ALTER DATABASE ${db} OWNER TO ${role}` : `CREATE DATABASE ${db} OWNER ${role}`);
  });
  await asSuperuser(superuserUrl(name), async (admin) => {
    for (const extension of EXTENSIONS) await admin.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
    await admin.query(`ALTER SCHEMA public OWNER TO ${role}`);
    const { rows } = await admin.query<{ kind: string; name: string }>(FOREIGN_OWNED, [APP_ROLE]);
    for (const object of rows) await admin.query(`ALTER ${object.kind} ${object.name} OWNER TO ${role}`);
  });
  const url = new URL(superuserUrl(name));
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}
