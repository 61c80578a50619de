import type { PartnerContactEntry } from "@/lib/domain/contacts";

const personName = (p: PartnerContactEntry) => [p.firstName, p.lastName].filter(Boolean).join(" ");

/** The people the fiches name at this collectivité, each with a vCard. */
export function CollectiviteContacts({ name, contacts }: { name: string; contacts: PartnerContactEntry[] }) {
  return (
    <ul className="grid gap-2 text-sm sm:grid-cols-2">
      {contacts.map((p) => (
        <li key={p.id} className="rounded border border-slate-200 p-3">
          <span className="font-medium">{personName(p) || "Nom non renseigné"}</span>
          {p.role && <span className="text-slate-700"> — {p.role}</span>}
          <br />
          {p.email && (
            <>
              <a href={`mailto:${p.email}`} className="break-all">
                {p.email}
              </a>
              {" · "}
            </>
          )}
          <a href={`/api/contacts/vcard/partner-${p.id}`} download>
            vCard<span className="sr-only"> de {personName(p) || p.email || name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
