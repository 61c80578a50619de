import { toCsv } from "./csv";
import type { ProjectHit } from "../domain/project-hit";

/**
 * The shape of a project in the API and the exports: readable labels, not codes, and the URL of
 * its page, so a spreadsheet user can follow a row back to the atlas.
 */
export interface ProjectExportItem {
  id: number;
  title: string;
  url: string;
  startYear: number | null;
  conventionYear: number | null;
  endDate: string | null;
  status: string | null;
  thematic: string | null;
  frenchPartners: string[];
  countries: string[];
  countryCodes: string[];
}

export function toExportItem(hit: ProjectHit, origin: string): ProjectExportItem {
  return {
    id: hit.id,
    title: hit.title,
    url: `${origin}/projets/${hit.slug}`,
    startYear: hit.startYear,
    conventionYear: hit.conventionYear,
    endDate: hit.endDate ? new Date(hit.endDate).toISOString().slice(0, 10) : null,
    status: hit.status,
    thematic: hit.thematic,
    frenchPartners: hit.frenchPartners,
    countries: hit.countries,
    countryCodes: hit.countryCodes,
  };
}

const CSV_COLUMNS: { key: keyof ProjectExportItem; header: string }[] = [
  { key: "id", header: "Identifiant" },
  { key: "title", header: "Titre" },
  { key: "frenchPartners", header: "Collectivités françaises" },
  { key: "countries", header: "Pays partenaires" },
  { key: "thematic", header: "Thématique" },
  { key: "status", header: "Statut" },
  { key: "conventionYear", header: "Année de signature" },
  { key: "startYear", header: "Année de début" },
  { key: "endDate", header: "Date de fin" },
  { key: "url", header: "Page" },
];

export function projectsToCsv(items: ProjectExportItem[]): string {
  const rows = items.map((item) =>
    CSV_COLUMNS.map(({ key }) => {
      const value = item[key];
      return Array.isArray(value) ? value.join(" ; ") : value;
    }),
  );
  return toCsv(
    CSV_COLUMNS.map((c) => c.header),
    rows,
  );
}
