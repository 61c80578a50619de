import type pg from "pg";
import { frenchCountryName } from "../countries";
import { postCountry } from "../geo/post-country";

/**
 * Sets every embassy post's country from its name, once per import run. Fiches are written
 * post by post as they come, but a post's country depends on its name alone: this also corrects
 * posts written by earlier versions (which took the country of a fiche's partners, filing
 * "Ambassade de France à Pékin" under Germany) without waiting for their fiches to change.
 * A few hundred names at most; the gazetteer is already loaded by the run.
 */
export async function recomputePostCountries(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ id: number; name: string; country_code: string | null }>(
    "SELECT id, name, country_code FROM embassy_post",
  );
  const changed: { id: number; code: string }[] = [];
  for (const r of rows) {
    const code = postCountry(r.name);
    if (code && code !== r.country_code) changed.push({ id: r.id, code });
  }
  if (changed.length === 0) return 0;
  const codes = [...new Set(changed.map((c) => c.code))];
  await client.query(
    `INSERT INTO country (code, name_fr) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (code) DO NOTHING`,
    [codes, codes.map((c) => frenchCountryName(c) ?? c)],
  );
  await client.query(
    `UPDATE embassy_post p SET country_code = u.code FROM unnest($1::int[], $2::text[]) AS u(id, code) WHERE p.id = u.id`,
    [changed.map((c) => c.id), changed.map((c) => c.code)],
  );
  return changed.length;
}
