import type { Metadata } from "next";
import { EmbedCode } from "@/components/embed/EmbedCode";
import { notFound } from "next/navigation";
import { collectivitePlaces } from "@/components/collectivite/collectivite-places";
import { CollectiviteContacts } from "@/components/collectivite/CollectiviteContacts";
import { CollectiviteNetwork } from "@/components/collectivite/CollectiviteNetwork";
import { CollectiviteHeader } from "@/components/collectivite/CollectiviteHeader";
import { CollectivitePartners } from "@/components/collectivite/CollectivitePartners";
import { CollectiviteProjects } from "@/components/collectivite/CollectiviteProjects";
import { JsonLd } from "@/components/layout/JsonLd";
import { Section } from "@/components/layout/Section";
import { Placement } from "@/components/places/Placement";
import { FundingByYear } from "@/components/stats/FundingByYear";
import { collectivitePageData } from "@/lib/page-data/collectivite-page";
import { pageOrigin } from "@/lib/http/page-origin";
import { listPagings } from "@/lib/paging/list-page";
import { collectiviteSchema } from "@/lib/open-data/schema-org";
import { collectiviteOf } from "./collectivite-of";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await collectiviteOf(params);
  if (!c) return { title: "Collectivité introuvable" };
  return {
    title: c.name,
    description: `${c.name} dans l'atlas de la coopération décentralisée : projets, partenaires et financements.`,
  };
}

export default async function CollectivitePage({ params, searchParams }: Props) {
  const c = await collectiviteOf(params);
  if (!c) notFound();
  const paging = listPagings(`/collectivites/${c.slug}`, await searchParams, {
    projets: "projets",
    partenaires: "partenaires",
    francaises: "partenaires",
    reseau: "reseau",
  });
  const { projects, partners, funding, contacts, peers } = await collectivitePageData(c);
  const foreignCount = partners.filter((p) => p.role === "foreign").length;

  return (
    <article className="space-y-10 [&_a]:underline">
      <JsonLd data={collectiviteSchema(c, await pageOrigin())} />
      <CollectiviteHeader
        c={c}
        projectCount={projects.length}
        foreignCount={foreignCount}
        frenchCount={partners.length - foreignCount}
      />
      <Section id="projets" title={`Projets (${projects.length})`}>
        <CollectiviteProjects projects={projects} paging={paging.projets} />
      </Section>
      <Section id="partenaires" title="Partenaires">
        <CollectivitePartners
          name={c.name}
          places={collectivitePlaces(c, projects, partners)}
          partners={partners}
          paging={{ foreign: paging.partenaires, french: paging.francaises }}
        />
      </Section>
      <Section id="reseau" title="Réseau">
        <CollectiviteNetwork c={c} partners={partners} peers={peers} paging={paging.reseau} />
      </Section>
      <Section id="financement" title="Financement par année">
        <p className="mb-3 max-w-prose text-sm text-slate-700">
          Montants complets des projets auxquels la collectivité participe, tous financeurs confondus.
        </p>
        <FundingByYear
          rows={funding}
          caption={`Financement des projets de ${c.name}, par année et type de financeur`}
        />
      </Section>
      {contacts.total > 0 && (
        <Section id="contacts" title={`Contacts (${contacts.total})`}>
          <CollectiviteContacts name={c.name} contacts={contacts.items} />
        </Section>
      )}
      <Section id="localisation" title="Localisation">
        <Placement collectivite={c} />
      </Section>
      <EmbedCode path={`/integrer/collectivites/${c.slug}`} title={`Coopération décentralisée : ${c.name}`} />
    </article>
  );
}
