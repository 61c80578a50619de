import { toCsv } from "./csv";
import type { ContactPerson } from "../domain/contacts";
import { EMBASSY_ROLE_LABELS, EMBASSY_ROLES } from "../domain/embassy-roles";
import { countryLabel, embassyRoleLabel } from "../i18n/data-labels";
import { localizeHref } from "../i18n/paths";
import type { Locale } from "../i18n/routing";

/**
 * The contacts directory as CSV, one row per person: an embassy contact who is both correspondent
 * and counsellor of a post is one row with both roles; a partner contact named in several fiches
 * is one row with all their projects.
 */
type Cell = string | number | null;
interface Column {
  header: Record<Locale, string>;
  value: (p: ContactPerson, origin: string, locale: Locale) => Cell;
}

/** An embassy role's title in the language; a partner's own title (from the fiche) as written. */
function roleIn(title: string, locale: Locale): string {
  const role = EMBASSY_ROLES.find((r) => EMBASSY_ROLE_LABELS[r] === title);
  return role ? embassyRoleLabel(role, locale) : title;
}

const KIND_LABELS = {
  embassy: { fr: "Poste diplomatique", en: "Embassy post" },
  partner: { fr: "Partenaire étranger", en: "Foreign partner" },
};

const COLUMNS: Column[] = [
  {
    header: { fr: "Type", en: "Type" },
    value: (p, _, l) => KIND_LABELS[p.kind === "embassy" ? "embassy" : "partner"][l],
  },
  { header: { fr: "Nom complet", en: "Full name" }, value: (p) => p.fullName },
  { header: { fr: "Nom", en: "Last name" }, value: (p) => p.lastName },
  { header: { fr: "Prénom", en: "First name" }, value: (p) => p.firstName },
  { header: { fr: "Fonction", en: "Role" }, value: (p, _, l) => p.roles.map((r) => roleIn(r, l)).join(" ; ") },
  { header: { fr: "Courriel", en: "Email" }, value: (p) => p.email },
  { header: { fr: "Organisation", en: "Organisation" }, value: (p) => p.organisation },
  {
    header: { fr: "Pays", en: "Country" },
    value: (p, _, l) =>
      p.countryCode && p.countryName ? countryLabel(p.countryCode, p.countryName, l) : p.countryName,
  },
  { header: { fr: "Code pays", en: "Country code" }, value: (p) => p.countryCode },
  { header: { fr: "À jour de", en: "As of" }, value: (p) => p.asOf },
  { header: { fr: "Projets", en: "Projects" }, value: (p) => p.projects.map((project) => project.title).join(" ; ") },
  {
    header: { fr: "Pages des projets", en: "Project pages" },
    value: (p, origin, l) =>
      p.projects.map((project) => origin + localizeHref(`/projets/${project.slug}`, l)).join(" "),
  },
];

export function contactsToCsv(people: ContactPerson[], origin: string, locale: Locale = "fr"): string {
  const rows = people.map((person) => COLUMNS.map((column) => column.value(person, origin, locale)));
  return toCsv(
    COLUMNS.map((c) => c.header[locale]),
    rows,
  );
}
