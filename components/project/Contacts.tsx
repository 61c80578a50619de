import { EMBASSY_ROLE_LABELS, EMBASSY_ROLES } from "@/lib/domain/embassy-roles";
import { ScrollArea } from "@/components/layout/ScrollArea";
import type { ProjectDetail } from "@/lib/page-data/project";

const mail = (email: string | null) => (email ? <a href={`mailto:${email}`}>{email}</a> : null);

/** The fiche's contacts at the foreign partners, and its embassy posts with both roles (vacant ones said so). */
export function Contacts({ project }: { project: ProjectDetail }) {
  return (
    <div className="space-y-6">
      <div>
        <h3 className="mb-2 font-semibold">Contacts chez les partenaires étrangers</h3>
        {project.partnerContacts.length === 0 ? (
          <p className="text-sm text-slate-600">Aucun contact renseigné.</p>
        ) : (
          <ScrollArea label="Contacts chez les partenaires étrangers">
            <table className="w-full min-w-[36rem] text-sm">
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="py-1 pr-2">
                    Collectivité
                  </th>
                  <th scope="col" className="pr-2">
                    Nom
                  </th>
                  <th scope="col" className="pr-2">
                    Fonction
                  </th>
                  <th scope="col">Courriel</th>
                </tr>
              </thead>
              <tbody>
                {project.partnerContacts.map((c) => (
                  <tr key={c.id} className="border-b border-slate-100">
                    <td className="py-1 pr-2">{c.partnerName}</td>
                    <td className="pr-2">{[c.lastName, c.firstName].filter(Boolean).join(" ") || "—"}</td>
                    <td className="pr-2">{c.role ?? "—"}</td>
                    <td className="break-all">{mail(c.email) ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </div>
      <EmbassyPosts project={project} />
    </div>
  );
}

function EmbassyPosts({ project }: { project: ProjectDetail }) {
  return (
    <div>
      <h3 className="mb-2 font-semibold">Postes diplomatiques</h3>
      {project.embassyPosts.length === 0 ? (
        <p className="text-sm text-slate-600">Aucun poste diplomatique indiqué sur la fiche.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {project.embassyPosts.map(({ post }) => {
            const contacts = project.embassyContacts.filter((c) => c.postId === post.id);
            return (
              <li key={post.id} className="rounded border border-slate-200 p-3 text-sm">
                <p className="font-medium">{post.name}</p>
                {EMBASSY_ROLES.map((role) => {
                  const c = contacts.find((x) => x.role === role);
                  return (
                    <p key={role} className="mt-1">
                      <span className="text-slate-700">{EMBASSY_ROLE_LABELS[role]} : </span>
                      {c ? (
                        <>
                          {c.name} {c.email && <>· {mail(c.email)}</>}
                        </>
                      ) : (
                        <em className="text-slate-600">poste vacant</em>
                      )}
                    </p>
                  );
                })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
