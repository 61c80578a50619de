import { toCsv } from "./csv";
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
  {
    header: "Pages des projets",
    value: (p, origin) => p.projects.map((project) => `${origin}/projets/${project.slug}`).join(" "),
  },
];

export function contactsToCsv(people: ContactPerson[], origin: string): string {
  const rows = people.map((person) => COLUMNS.map((column) => column.value(person, origin)));
  return toCsv(
    COLUMNS.map((c) => c.header),
    rows,
  );
}
