import "server-only";
import { prisma } from "../db/client";
import { frenchCountryName } from "../countries";
import type { CatalogFacts } from "./dcat";

/** What the catalogues say of the data as it stands: last import, years covered, partner countries. */
export async function catalogFacts(): Promise<CatalogFacts> {
  const [span] = await prisma().$queryRaw<{ modified: Date | null; first: number | null; last: number | null }[]>`
    SELECT max(updated_at) AS modified, min(start_year) AS first, max(start_year) AS last FROM project`;
  const countries = await prisma().$queryRaw<{ code: string; name: string | null }[]>`
    SELECT DISTINCT c.code, co.name_fr AS name
    FROM (SELECT unnest(country_codes) AS code FROM project) c LEFT JOIN country co ON co.code = c.code
    WHERE c.code <> '' ORDER BY c.code`;
  return {
    modified: (span.modified ?? new Date()).toISOString(),
    firstStartYear: span.first,
    lastStartYear: span.last,
    countries: countries.map((c) => ({ code: c.code, name: c.name ?? frenchCountryName(c.code) ?? c.code })),
  };
}
