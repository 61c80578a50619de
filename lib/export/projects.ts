import { toCsv } from "./csv";
import type { ProjectHit } from "../domain/project-hit";
import { countryLabel, statusLabel, thematicLabel } from "../i18n/data-labels";
import { localizeHref } from "../i18n/paths";
import type { Locale } from "../i18n/routing";

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

/** In `locale`: labels (status, thematic, countries) and the page's URL; fiche text stays as written. */
export function toExportItem(hit: ProjectHit, origin: string, locale: Locale = "fr"): ProjectExportItem {
  const item = frenchExportItem(hit, origin);
  if (locale === "fr") return item;
  return {
    ...item,
    url: `${origin}${localizeHref(`/projets/${hit.slug}`, locale)}`,
    status: item.status && statusLabel(item.status, locale),
    thematic: item.thematic && thematicLabel(item.thematic, locale),
    countries: hit.countryCodes
      .map((code) => countryLabel(code, code, locale))
      .sort((a, b) => a.localeCompare(b, locale)),
  };
}

function frenchExportItem(hit: ProjectHit, origin: string): ProjectExportItem {
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

const CSV_COLUMNS: { key: keyof ProjectExportItem; header: Record<Locale, string> }[] = [
  { key: "id", header: { fr: "Identifiant", en: "ID" } },
  { key: "title", header: { fr: "Titre", en: "Title" } },
  { key: "frenchPartners", header: { fr: "Collectivités françaises", en: "French local authorities" } },
  { key: "countries", header: { fr: "Pays partenaires", en: "Partner countries" } },
  { key: "thematic", header: { fr: "Thématique", en: "Thematic" } },
  { key: "status", header: { fr: "Statut", en: "Status" } },
  { key: "conventionYear", header: { fr: "Année de signature", en: "Year signed" } },
  { key: "startYear", header: { fr: "Année de début", en: "Start year" } },
  { key: "endDate", header: { fr: "Date de fin", en: "End date" } },
  { key: "url", header: { fr: "Page", en: "Page" } },
];

export function projectsToCsv(items: ProjectExportItem[], locale: Locale = "fr"): string {
  const rows = items.map((item) =>
    CSV_COLUMNS.map(({ key }) => {
      const value = item[key];
      return Array.isArray(value) ? value.join(" ; ") : value;
    }),
  );
  return toCsv(
    CSV_COLUMNS.map((c) => c.header[locale]),
    rows,
  );
}
