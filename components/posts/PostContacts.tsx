import { contactYearLabel, type EmbassyContactEntry, type EmbassyPostEntry } from "@/lib/domain/contacts";
import { EMBASSY_ROLE_LABELS, EMBASSY_ROLES } from "@/lib/domain/embassy-roles";

/** The post's contacts, now and before, each with the year of the fiche that names them. */
function Row({ role, contact, now }: { role: string; contact: EmbassyContactEntry; now: boolean }) {
  return (
    <tr className="border-b border-slate-200 align-top">
      <td className="py-2 pr-3">{role}</td>
      <th scope="row" className="px-2 py-2 text-left font-medium">
        {contact.name}
      </th>
      <td className="px-2 py-2 break-all">
        {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : "—"}
      </td>
      <td className="px-2 py-2">
        {now ? contactYearLabel(contact) : contact.ficheYear ? `fiche de ${contact.ficheYear}` : "année inconnue"}
      </td>
      <td className="px-2 py-2">{now ? "actuel" : "précédent"}</td>
    </tr>
  );
}

export function PostContacts({ post }: { post: EmbassyPostEntry }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Contacts du poste">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">Contacts du poste, actuels et précédents.</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              Fonction
            </th>
            <th scope="col" className="px-2 py-2">
              Nom
            </th>
            <th scope="col" className="px-2 py-2">
              Courriel
            </th>
            <th scope="col" className="px-2 py-2">
              Année
            </th>
            <th scope="col" className="px-2 py-2">
              Statut
            </th>
          </tr>
        </thead>
        <tbody>
          {EMBASSY_ROLES.map((role) => {
            const { current, earlier } = post.roles[role];
            const label = EMBASSY_ROLE_LABELS[role];
            return [
              current ? (
                <Row key={`${role}-now`} role={label} contact={current} now />
              ) : (
                <tr key={`${role}-vacant`} className="border-b border-slate-200">
                  <td className="py-2 pr-3">{label}</td>
                  <td colSpan={4} className="px-2 py-2">
                    <em className="text-amber-900">poste vacant</em>
                  </td>
                </tr>
              ),
              ...earlier.map((c) => <Row key={c.id} role={label} contact={c} now={false} />),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
