import type { Metadata } from "next";
import Link from "next/link";
import { FeedLink } from "@/components/standards/FeedLink";
import { EmbedCode } from "@/components/embed/EmbedCode";
import { notFound } from "next/navigation";
import { Placement } from "@/components/places/Placement";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import { Section } from "@/components/project/Section";
import { FundingByYear } from "@/components/stats/FundingByYear";
import {
  collectiviteFunding, collectivitePartners, collectiviteProjects,
  type CollectiviteDetail, type CollectivitePartner, type CollectiviteProject,
} from "@/lib/search/collectivite";
import { findPartnerContacts } from "@/lib/search/contacts";
import type { MapPlace } from "@/lib/search/map";
import { collectiviteOf } from "./collectivite-of";
import { toQueryString } from "@/lib/search/params";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { plural } from "@/lib/text/format";

type Props = { params: Promise<{ slug: string }> };

const KINDS: Record<string, { label: string; code: string }> = {
  commune: { label: "Commune", code: "Code INSEE" },
  epci: { label: "Intercommunalité (EPCI)", code: "SIREN" },
  departement: { label: "Département", code: "Code du département" },
  region: { label: "Région", code: "Code de la région" },
};

const ROLES: { role: CollectiviteProject["role"]; title: string }[] = [
  { role: "lead", title: "Collectivité porteuse (première collectivité française de la fiche)" },
  { role: "french", title: "Collectivité française associée" },
  { role: "foreign", title: "Partenaire étranger" },
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await collectiviteOf(params);
  if (!c) return { title: "Collectivité introuvable" };
  return { title: c.name, description: `${c.name} dans l'atlas de la coopération décentralisée : projets, partenaires et financements.` };
}

function place(c: { id: number; slug: string; name: string; countryCode: string; countryName: string | null; lat: number | null; lon: number | null; precision: string; ambiguous: boolean }, side: "french" | "foreign", projects: MapPlace["projects"]): MapPlace[] {
  if (c.lat === null || c.lon === null || c.precision === "none") return [];
  return [{ id: c.id, slug: c.slug, name: c.name, countryCode: c.countryCode, countryName: c.countryName ?? "", side, lat: c.lat, lon: c.lon,
    precision: c.precision as MapPlace["precision"], ambiguous: c.ambiguous, projects }];
}

function Identity({ c }: { c: CollectiviteDetail }) {
  const kind = c.kind ? KINDS[c.kind] : undefined;
  const items: [string, React.ReactNode][] = c.side === "french"
    ? [
        ["Type", kind?.label ?? c.kind ?? "Non reconnu dans le découpage administratif"],
        [kind?.code ?? "Code officiel", c.officialCode ?? "—"],
        ["Département", c.departementCode ?? "—"],
        ["Région", c.regionName ?? "—"],
      ]
    : [
        ["Pays", c.countryCode ? <Link href={`/pays/${c.countryCode}`}>{c.countryName ?? c.countryCode}</Link> : (c.countryLabel ?? "Inconnu")],
        ["Rôle", "Collectivité partenaire étrangère"],
      ];
  if (c.spellings.length) items.push(["Aussi écrit", c.spellings.join(" ; ")]);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      {items.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-slate-700">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

const MAX_SHARED = 3;

function PartnerList({ partners }: { partners: CollectivitePartner[] }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {partners.map((p) => (
        <li key={p.id} className="rounded border border-slate-200 p-3 text-sm">
          <Link href={`/collectivites/${p.slug}`} className="font-medium">{p.name}</Link>
          {p.role === "foreign" && (
            <span className="text-slate-700">
              {" · "}
              {p.countryCode ? <Link href={`/pays/${p.countryCode}`}>{p.countryName ?? p.countryCode}</Link> : "pays inconnu"}
            </span>
          )}
          <p className="mt-1 line-clamp-2 text-slate-700">
            {p.projects.length > 1 ? "Projets : " : "Projet : "}
            <LinkSeries separator=" · " items={p.projects.slice(0, MAX_SHARED).map((project) => ({ key: project.slug, href: `/projets/${project.slug}`, label: project.title }))} />
            {p.projects.length > MAX_SHARED && ` … et ${p.projects.length - MAX_SHARED} autres`}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default async function CollectivitePage({ params }: Props) {
  const c = await collectiviteOf(params);
  if (!c) notFound();
  const [projects, partners, funding, contacts] = await Promise.all([
    collectiviteProjects(c.id),
    collectivitePartners(c.id),
    collectiviteFunding(c.id),
    findPartnerContacts({ country: [], collectiviteId: c.id }, 200),
  ]);
  const foreign = partners.filter((p) => p.role === "foreign");
  const french = partners.filter((p) => p.role === "french");
  const isFrench = c.side === "french";
  const searchHref = isFrench ? `/projets${toQueryString({ french: [c.id] })}` : null;
  const places = [
    ...place({ ...c, ambiguous: c.geoAmbiguous }, isFrench ? "french" : "foreign", projects.map(({ slug, title }) => ({ slug, title }))),
    ...partners.flatMap((p) => place(p, p.role, p.projects)),
  ];

  return (
    <article className="space-y-10 [&_a]:underline">
      <header className="space-y-3">
        <nav aria-label="Fil d'Ariane" className="text-sm">
          <Link href="/projets">Projets</Link> ›{" "}
          {c.countryCode && !isFrench ? <><Link href={`/pays/${c.countryCode}`}>{c.countryName ?? c.countryCode}</Link> › </> : null}
          <span>Collectivité</span>
        </nav>
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">{c.name}</h1>
        <Identity c={c} />
        <p className="text-slate-700">
          {plural(projects.length, "projet", "projets")}, {plural(foreign.length, "partenaire étranger", "partenaires étrangers")}
          {french.length > 0 && `, ${plural(french.length, "autre collectivité française", "autres collectivités françaises")}`}
          {searchHref && <> · <Link href={searchHref}>ses projets dans la recherche</Link> · <FeedLink params={{ french: [c.id] }} label="S'abonner (Atom)" /></>}
        </p>
      </header>

      <Section id="projets" title={`Projets (${projects.length})`}>
        <div className="space-y-4">
          {ROLES.map(({ role, title }) => {
            const own = projects.filter((p) => p.role === role);
            if (own.length === 0) return null;
            return (
              <div key={role}>
                <h3 className="mb-1 font-semibold">{title} ({own.length})</h3>
                <ul className="space-y-1 text-sm">
                  {own.map((p) => (
                    <li key={p.slug}>
                      <Link href={`/projets/${p.slug}`}>{p.title}</Link>
                      <span className="text-slate-700">
                        {p.startYear && ` · depuis ${p.startYear}`}
                        {p.status && ` · ${p.status}`}
                        {p.countries.length > 0 && " · "}
                      </span>
                      <LinkSeries items={p.countries.map((co) => ({ key: co.code, href: `/pays/${co.code}`, label: co.name }))} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      </Section>

      <Section id="partenaires" title="Partenaires">
        <div className="space-y-6">
          <PlacesMiniMap places={places} label={`Carte de ${c.name} et de ses partenaires`} listed={partners.length + 1} />
          <div>
            <h3 className="mb-2 font-semibold">Partenaires étrangers ({foreign.length})</h3>
            {foreign.length ? <PartnerList partners={foreign} /> : <p className="text-sm text-slate-600">Aucun partenaire étranger.</p>}
          </div>
          {french.length > 0 && (
            <div>
              <h3 className="mb-2 font-semibold">Collectivités françaises des mêmes projets ({french.length})</h3>
              <PartnerList partners={french} />
            </div>
          )}
        </div>
      </Section>

      <Section id="financement" title="Financement par année">
        <p className="mb-3 max-w-prose text-sm text-slate-700">Montants complets des projets auxquels la collectivité participe, tous financeurs confondus.</p>
        <FundingByYear rows={funding} caption={`Financement des projets de ${c.name}, par année et type de financeur`} />
      </Section>

      {contacts.total > 0 && (
        <Section id="contacts" title={`Contacts (${contacts.total})`}>
          <ul className="grid gap-2 text-sm sm:grid-cols-2">
            {contacts.items.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 p-3">
                <span className="font-medium">{[p.firstName, p.lastName].filter(Boolean).join(" ") || "Nom non renseigné"}</span>
                {p.role && <span className="text-slate-700"> — {p.role}</span>}
                <br />
                {p.email && <><a href={`mailto:${p.email}`} className="break-all">{p.email}</a>{" · "}</>}
                <a href={`/api/contacts/vcard/partner-${p.id}`} download>vCard<span className="sr-only"> de {[p.firstName, p.lastName].filter(Boolean).join(" ") || p.email || c.name}</span></a>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="localisation" title="Localisation">
        <Placement collectivite={c} />
      </Section>
      <EmbedCode path={`/integrer/collectivites/${c.slug}`} title={`Coopération décentralisée : ${c.name}`} />
    </article>
  );
}
