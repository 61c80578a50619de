import type { Metadata } from "next";
import { EmbedCode } from "@/components/embed/EmbedCode";
import { notFound } from "next/navigation";
import { collectivitePlaces } from "@/lib/page-data/map-places";
import { CollectiviteContacts } from "@/components/collectivite/CollectiviteContacts";
import { CollectiviteNetwork } from "@/components/collectivite/CollectiviteNetwork";
import { CollectiviteHeader } from "@/components/collectivite/CollectiviteHeader";
import { CollectivitePartners } from "@/components/collectivite/CollectivitePartners";
import { CollectiviteProjects } from "@/components/collectivite/CollectiviteProjects";
import { JsonLd } from "@/components/layout/JsonLd";
import { Section } from "@/components/layout/Section";
import { Placement } from "@/components/places/Placement";
import { QualityCount } from "@/components/quality/QualityCount";
import { FundingByYear } from "@/components/stats/FundingByYear";
import { collectivitePageData } from "@/lib/page-data/collectivite-page";
import { qualityItemCount } from "@/lib/page-data/quality-lists";
import { pageOrigin } from "@/lib/http/page-origin";
import { listPagings } from "@/lib/paging/list-page";
import { collectiviteSchema } from "@/lib/open-data/schema-org";
import { getTranslations } from "next-intl/server";
import { collectiviteOf } from "./collectivite-of";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await collectiviteOf(params);
  const t = await getTranslations("collectivite");
  if (!c) return { title: t("notFound.title") };
  return { title: c.name, description: t("metaDescription", { name: c.name }) };
}

export default async function CollectivitePage({ params, searchParams }: Props) {
  const c = await collectiviteOf(params);
  if (!c) notFound();
  const t = await getTranslations("collectivite");
  const paging = listPagings(`/collectivites/${c.slug}`, await searchParams, {
    projets: "projets",
    partenaires: "partenaires",
    francaises: "partenaires",
    reseau: "reseau",
    contacts: "contacts",
  });
  const [{ projects, partners, funding, contacts, peers }, qualityItems] = await Promise.all([
    collectivitePageData(c),
    qualityItemCount({ collectiviteId: c.id }),
  ]);
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
      <Section id="projets" title={t("sections.projects", { count: String(projects.length) })}>
        <CollectiviteProjects projects={projects} paging={paging.projets} />
      </Section>
      <Section id="partenaires" title={t("sections.partners")}>
        <CollectivitePartners
          name={c.name}
          slug={c.slug}
          places={collectivitePlaces(c, projects, partners)}
          partners={partners}
          paging={{ foreign: paging.partenaires, french: paging.francaises }}
        />
      </Section>
      <Section id="reseau" title={t("sections.network")}>
        <CollectiviteNetwork c={c} partners={partners} peers={peers} paging={paging.reseau} />
      </Section>
      <Section id="financement" title={t("sections.funding")}>
        <p className="mb-3 max-w-prose text-sm text-slate-700">{t("fundingNote")}</p>
        <FundingByYear rows={funding} caption={t("fundingCaption", { name: c.name })} />
      </Section>
      {contacts.total > 0 && (
        <Section id="contacts" title={t("sections.contacts", { count: String(contacts.total) })}>
          <CollectiviteContacts name={c.name} contacts={contacts.items} paging={paging.contacts} />
        </Section>
      )}
      <Section id="localisation" title={t("sections.location")}>
        <Placement collectivite={c} />
      </Section>
      <Section id="qualite" title={t("sections.quality")}>
        <QualityCount count={qualityItems} href={`/qualite?collectivite=${c.slug}`} />
      </Section>
      <EmbedCode path={`/integrer/collectivites/${c.slug}`} title={t("embedTitle", { name: c.name })} />
    </article>
  );
}
