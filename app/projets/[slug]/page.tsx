import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StackedBarChart } from "@/components/charts/StackedBarChart";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import { partnerCount, partnerPlaces } from "@/components/project/partner-places";
import { FundingTable } from "@/components/project/FundingTable";
import { Paragraphs, Section } from "@/components/layout/Section";
import { EMBASSY_ROLE_LABELS, EMBASSY_ROLES } from "@/lib/domain/embassy-roles";
import { funderKindLabel } from "@/lib/domain/funder-kinds";
import { getProject, relatedProjects, type ProjectDetail } from "@/lib/page-data/project";
import { formatCount, plural } from "@/lib/text/format";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProject((await params).slug);
  if (!project) return { title: "Projet introuvable" };
  const partners = project.partners.map((p) => p.nameAsWritten).slice(0, 6).join(", ");
  const description = `${project.thematic?.label ?? "Coopération décentralisée"} · ${partners}`.slice(0, 200);
  return { title: project.title.slice(0, 90), description, openGraph: { title: project.title, description, type: "article" } };
}

function thematicPath(t: { label: string; parent: { label: string; parent: { label: string } | null } | null } | null) {
  const labels: string[] = [];
  for (let n: typeof t | { label: string; parent: null } | null = t; n; n = (n as { parent: typeof t }).parent) labels.unshift(n.label);
  return labels;
}

function Dl({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      {items.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-slate-700">{k}</dt>
          <dd>{v ?? <span className="text-slate-600">Non renseigné</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

const mail = (email: string | null) => (email ? <a href={`mailto:${email}`}>{email}</a> : null);

function Partners({ project }: { project: ProjectDetail }) {
  const french = project.partners.filter((p) => p.role === "french");
  const foreign = project.partners.filter((p) => p.role === "foreign");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="mb-2 font-semibold">Collectivités françaises ({french.length})</h3>
        <ul className="space-y-1">
          {french.map((p) => (
            <li key={p.position}>
              <Link href={`/collectivites/${p.collectivite.slug}`}>{p.nameAsWritten}</Link>
              {p.collectivite.regionName && <span className="text-sm text-slate-600"> · {p.collectivite.regionName}</span>}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Partenaires étrangers ({foreign.length})</h3>
        <ul className="space-y-1">
          {foreign.map((p) => (
            <li key={p.position}>
              <Link href={`/collectivites/${p.collectivite.slug}`}>{p.nameAsWritten}</Link>
              {" · "}
              {p.collectivite.countryCode ? <Link href={`/pays/${p.collectivite.countryCode}`}>{p.countryLabel}</Link> : <span>{p.countryLabel ?? "pays inconnu"}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Contacts({ project }: { project: ProjectDetail }) {
  return (
    <div className="space-y-6">
      <div>
        <h3 className="mb-2 font-semibold">Contacts chez les partenaires étrangers</h3>
        {project.partnerContacts.length === 0 ? (
          <p className="text-sm text-slate-600">Aucun contact renseigné.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-sm">
              <thead>
                <tr className="border-b text-left"><th scope="col" className="py-1 pr-2">Collectivité</th><th scope="col" className="pr-2">Nom</th><th scope="col" className="pr-2">Fonction</th><th scope="col">Courriel</th></tr>
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
          </div>
        )}
      </div>
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
                        {c ? <>{c.name} {c.email && <>· {mail(c.email)}</>}</> : <em className="text-slate-600">poste vacant</em>}
                      </p>
                    );
                  })}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}

export default async function ProjectPage({ params }: Props) {
  const project = await getProject((await params).slug);
  if (!project) notFound();
  const related = await relatedProjects(project.id);
  const primary = thematicPath(project.thematic);
  const places = partnerPlaces(project);
  const fundingRows = project.funding.map((f) => ({
    funder: f.funder.name, kind: f.funderKind, amountEur: f.amountEur?.toNumber() ?? null,
    waterAmountEur: f.waterAmountEur?.toNumber() ?? null, year: f.year,
  }));
  const chartData = Object.values(
    fundingRows.reduce<Record<string, { x: string; series: string; value: number }>>((acc, r) => {
      const key = `${r.year}|${r.kind}`;
      acc[key] ??= { x: r.year === null ? "?" : String(r.year), series: funderKindLabel(r.kind), value: 0 };
      acc[key].value += r.amountEur ?? 0;
      return acc;
    }, {}),
  ).sort((a, b) => a.x.localeCompare(b.x));

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <nav aria-label="Fil d'Ariane" className="text-sm"><Link href="/projets">Projets</Link> › <span>Projet</span></nav>
        <h1 className="text-2xl font-bold leading-tight text-marine-800 sm:text-3xl">{project.title}</h1>
        <Dl
          items={[
            ["Statut", project.status],
            ["Signature de la convention", project.conventionYear],
            ["Année de début", project.startYear],
            ["Date de fin", project.endDate ? project.endDate.toLocaleDateString("fr-FR", { timeZone: "UTC" }) : null],
            ["Forme", project.partnershipForm],
            ["Triennal", project.triennial === null ? null : project.triennial ? "Oui" : "Non"],
          ]}
        />
        <p className="text-sm">
          <a href={`/projets/${project.slug}/source`}>Voir la fiche source</a> ({project.format}, {project.sourceFile.split("/").pop()})
        </p>
      </header>

      <Section id="thematiques" title="Thématiques">
        <p className="mb-2"><span className="font-medium">Principale : </span>{primary.length ? primary.join(" › ") : "Non renseignée"}</p>
        {project.thematics.filter((t) => !t.isPrimary).length > 0 && (
          <>
            <p className="font-medium">Autres thématiques :</p>
            <ol className="ml-5 list-decimal">
              {project.thematics.filter((t) => !t.isPrimary).map((t) => (
                <li key={t.position}>{thematicPath(t.thematic).join(" › ")}{t.priority !== null && <span className="text-sm text-slate-600"> (priorité {t.priority})</span>}</li>
              ))}
            </ol>
          </>
        )}
        {project.sdgs.length > 0 && (
          <>
            <p className="mt-3 font-medium">Objectifs de développement durable :</p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {project.sdgs.map((s) => (
                <li key={s.goal} className="rounded-full bg-emerald-50 px-3 py-1 text-sm text-emerald-900">
                  ODD {s.goal} – {s.sdg.label}{s.priority !== null && ` (priorité ${s.priority})`}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="partenaires" title="Partenaires"><Partners project={project} /></Section>
      <Section id="carte-partenaires" title="Carte des partenaires">
        <PlacesMiniMap
          places={places}
          label={`Carte des partenaires du projet (${plural(places.length, "lieu", "lieux")})`}
          listed={partnerCount(project)}
          empty="Aucun partenaire de ce projet n'a pu être placé sur la carte."
          noun={["partenaire", "partenaires"]}
          note="La liste des partenaires ci-dessus donne les mêmes lieux."
        />
      </Section>

      <Section id="contexte" title="Contexte"><Paragraphs text={project.context} /></Section>
      {project.history && <Section id="historique" title="Historique"><Paragraphs text={project.history} /></Section>}
      <Section id="objectifs" title="Objectifs"><Paragraphs text={project.objectives} /></Section>
      <Section id="description" title="Description"><Paragraphs text={project.description} /></Section>

      <Section id="mise-en-oeuvre" title="Mise en œuvre">
        <Dl items={[["Maître(s) d'œuvre", project.projectManagers], ["Maître(s) d'ouvrage", project.contractingAuthorities]]} />
        <h3 className="mb-1 mt-4 font-semibold">Bénéficiaires</h3>
        <Paragraphs text={project.beneficiaries} />
      </Section>

      <Section id="financement" title="Financement par année">
        {fundingRows.length === 0 ? (
          <p className="text-slate-600">Aucun financement renseigné.</p>
        ) : (
          <div className="space-y-4">
            <StackedBarChart data={chartData} title={`Financement par année et type de financeur, en euros`} />
            <FundingTable rows={fundingRows} />
          </div>
        )}
      </Section>

      <Section id="contacts" title="Contacts"><Contacts project={project} /></Section>

      <Section id="documents" title="Documents et volontaires">
        {project.documents.length === 0 ? <p className="text-sm text-slate-600">Aucun document joint.</p> : (
          <ul className="list-disc pl-5">
            {project.documents.map((d) => (
              <li key={d.id}>{d.title}{d.fileName && ` (${d.fileName}`}{d.sizeKb && `, ${formatCount(d.sizeKb.toNumber())} Ko`}{d.fileName && ")"}</li>
            ))}
          </ul>
        )}
        {project.volunteers.length === 0 ? <p className="mt-2 text-sm text-slate-600">Aucun volontaire indiqué.</p> : (
          <ul className="mt-2 list-disc pl-5">
            {project.volunteers.map((v) => (
              <li key={v.id}>{[v.firstName, v.lastName].filter(Boolean).join(" ")} — {[v.mission, v.field, v.entity].filter(Boolean).join(" · ")}</li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="projets-lies" title="Projets liés">
        {related.length === 0 ? <p className="text-sm text-slate-600">Aucun autre projet ne partage ces partenaires ou ces thématiques.</p> : (
          <ul className="space-y-1">
            {related.map((r) => (
              <li key={r.slug}>
                <Link href={`/projets/${r.slug}`}>{r.title}</Link>
                <span className="text-sm text-slate-600"> · {r.sharedPartners > 0 ? `${plural(r.sharedPartners, "partenaire", "partenaires")} en commun` : "même thématique"}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
