import "server-only";
import { prisma } from "../db/client";
import type { ExampleKey } from "./api-catalog";

/**
 * Example values for the OpenAPI document, read from the imported data (the seeds, in a fresh
 * atlas) so every example names something that exists: the project with the most foreign
 * partners, its lead collectivité, its first partner country, a partner contact, a placed partner
 * (and one in that country, for the country map).
 */
export async function apiExamples(): Promise<Partial<Record<ExampleKey, string>>> {
  const rows = await prisma().$queryRaw<
    {
      project: string | null;
      collectivite: string | null;
      country: string | null;
      contact: string | null;
      place: string | null;
      countryPlace: string | null;
      post: string | null;
    }[]
  >`
    WITH best AS (
      SELECT p.id, p.slug, p.country_codes FROM project p
      ORDER BY (SELECT count(*) FROM project_partner pp WHERE pp.project_id = p.id AND pp.role = 'foreign') DESC, p.id LIMIT 1)
    SELECT best.slug AS project,
      (SELECT c.slug FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
        WHERE pp.project_id = best.id AND pp.role = 'french' ORDER BY pp.position LIMIT 1) AS collectivite,
      best.country_codes[1] AS country,
      (SELECT 'partner-' || min(id) FROM partner_contact) AS contact,
      (SELECT min(pp.collectivite_id)::text FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
        WHERE pp.project_id = best.id AND c.lat IS NOT NULL AND c.lon IS NOT NULL AND c.precision <> 'none') AS place,
      (SELECT min(pp.collectivite_id)::text FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
        WHERE pp.project_id = best.id AND pp.role = 'foreign' AND c.country_code = best.country_codes[1]
          AND c.lat IS NOT NULL AND c.lon IS NOT NULL AND c.precision <> 'none') AS "countryPlace",
      (SELECT min(slug) FROM embassy_post) AS post
    FROM best`;
  const row = rows[0];
  if (!row) return {};
  // Any list facet will do: the country one is always there.
  const found = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as Partial<
    Record<ExampleKey, string>
  >;
  return { ...found, facet: "country" };
}
