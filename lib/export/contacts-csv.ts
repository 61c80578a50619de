import { stringify } from "csv-stringify/sync";
import type { ContactPerson } from "../domain/contacts";

/**
 * The contacts directory as CSV, one row per person: an embassy contact who is both correspondent
 * and counsellor of a post is one row with both roles; a partner contact named in several fiches
 * is one row with all their projects.
 */
const COLUMNS: { header: string; value: (p: ContactPerson, origin: string) => string | number | null }[] = [
  { header: "Type", value: (p) => (p.kind === "embassy" ? "Poste diplomatique" : "Partenaire étranger") },
  { header: "Nom complet", value: (p) => p.fullName },
  { header: "Nom", value: (p) => p.lastName },
  { header: "Prénom", value: (p) => p.firstName },
  { header: "Fonction", value: (p) => p.roles.join(" ; ") },
  { header: "Courriel", value: (p) => p.email },
  { header: "Organisation", value: (p) => p.organisation },
  { header: "Pays", value: (p) => p.countryName },
  { header: "Code pays", value: (p) => p.countryCode },
  { header: "À jour de", value: (p) => p.asOf },
  { header: "Projets", value: (p) => p.projects.map((project) => project.title).join(" ; ") },
  { header: "Pages des projets", value: (p, origin) => p.projects.map((project) => `${origin}/projets/${project.slug}`).join(" ") },
];

/** A cell a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") is kept as text. */
function neutralise(value: string | number | null): string | number {
  if (value === null) return "";
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function contactsToCsv(people: ContactPerson[], origin: string): string {
  const rows = people.map((person) => COLUMNS.map((column) => neutralise(column.value(person, origin))));
  // A byte-order mark so that spreadsheet programs read the accents as UTF-8.
  return "\uFEFF" + stringify(rows, { header: true, columns: COLUMNS.map((c) => c.header) });
}
