import "server-only";
import type { z } from "zod";
import { prisma } from "../db/client";
import { frenchCountryName } from "../countries";
import type { FunderKind } from "../domain/funder-kinds";
import {
  countryFrenchCollectivites,
  countryFunding,
  countryPartners,
  countryProjects,
  countryThematics,
  getCountry,
} from "../page-data/country";
import type { countryRecordSchema } from "./record-schemas";
import type { countryListSchema } from "./response-schemas";

export type CountryList = z.output<typeof countryListSchema>;
export type CountryRecord = z.output<typeof countryRecordSchema>;

/** Every country with a foreign partner or a French embassy post, with its counts (GET /api/countries). */
export async function countryList(origin: string): Promise<CountryList> {
  const rows = await prisma().$queryRaw<
    { code: string; name: string | null; projectCount: number; postCount: number }[]
  >`
    WITH codes AS (
      SELECT unnest(country_codes) AS code, id FROM project
      UNION ALL SELECT country_code, NULL FROM embassy_post WHERE country_code IS NOT NULL)
    SELECT codes.code, co.name_fr AS name, count(DISTINCT codes.id)::int AS "projectCount",
      (SELECT count(*)::int FROM embassy_post e WHERE e.country_code = codes.code) AS "postCount"
    FROM codes LEFT JOIN country co ON co.code = codes.code
    WHERE codes.code <> '' GROUP BY codes.code, co.name_fr ORDER BY codes.code`;
  const items = rows.map((r) => ({
    code: r.code,
    name: r.name ?? frenchCountryName(r.code) ?? r.code,
    url: `${origin}/pays/${r.code}`,
    projectCount: r.projectCount,
    postCount: r.postCount,
  }));
  return { total: items.length, items };
}

/** Everything the country page shows, with all its projects (GET /api/countries/{code}). */
export async function countryRecord(code: string, origin: string): Promise<CountryRecord | null> {
  const summary = await getCountry(code);
  if (!summary) return null;
  const [projects, partners, frenchCollectivites, funding, thematics] = await Promise.all([
    countryProjects(summary.code, 10_000),
    countryPartners(summary.code),
    countryFrenchCollectivites(summary.code),
    countryFunding(summary.code),
    countryThematics(summary.code, 1_000),
  ]);
  return {
    ...summary,
    url: `${origin}/pays/${summary.code}`,
    projects: projects.map((p) => ({ ...p, url: `${origin}/projets/${p.slug}` })),
    partners: partners.map(({ lat, lon, precision, ambiguous, ...rest }) => ({
      ...rest,
      placement: { lat, lon, precision, ambiguous },
    })),
    frenchCollectivites,
    fundingByYear: funding.map((f) => ({ ...f, kind: f.kind as FunderKind })),
    thematics,
  };
}
