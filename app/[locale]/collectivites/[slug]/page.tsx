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
import { collectiviteFunding, collectivitePartners, collectiviteProjects } from "@/lib/page-data/collectivite";
import { findPartnerContacts } from "@/lib/page-data/contacts";
import { collectivitePeers } from "@/lib/page-data/peers";
import { pageOrigin } from "@/lib/http/page-origin";
import { collectiviteSchema } from "@/lib/open-data/schema-org";
import { getTranslations } from "next-intl/server";
import { collectiviteOf } from "./collectivite-of";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await collectiviteOf(params);
  const t = await getTranslations("collectivite");
  if (!c) return { title: t("notFound.title") };
  return { title: c.name, description: t("metaDescription", { name: c.name }) };
}

export default async function CollectivitePage({ params }: Props) {
  const c = await collectiviteOf(params);
  if (!c) notFound();
  const t = await getTranslations("collectivite");
  const [projects, partners, funding, contacts, peers] = await Promise.all([
    collectiviteProjects(c.id),
    collectivitePartners(c.id),
    collectiviteFunding(c.id),
    findPartnerContacts({ country: [], collectiviteId: c.id }, 200),
    collectivitePeers(c.id),
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
        <CollectiviteProjects projects={projects} />
      </Section>
      <Section id="partenaires" title={t("sections.partners")}>
        <CollectivitePartners name={c.name} places={collectivitePlaces(c, projects, partners)} partners={partners} />
      </Section>
      <Section id="reseau" title={t("sections.network")}>
        <CollectiviteNetwork c={c} partners={partners} peers={peers} />
      </Section>
      <Section id="financement" title={t("sections.funding")}>
        <p className="mb-3 max-w-prose text-sm text-slate-700">{t("fundingNote")}</p>
        <FundingByYear rows={funding} caption={t("fundingCaption", { name: c.name })} />
      </Section>
      {contacts.total > 0 && (
        <Section id="contacts" title={t("sections.contacts", { count: String(contacts.total) })}>
          <CollectiviteContacts name={c.name} contacts={contacts.items} />
        </Section>
      )}
      <Section id="localisation" title={t("sections.location")}>
        <Placement collectivite={c} />
      </Section>
      <EmbedCode path={`/integrer/collectivites/${c.slug}`} title={t("embedTitle", { name: c.name })} />
    </article>
  );
}
