import type { Metadata } from "next";
import { EmbedCode } from "@/components/embed/EmbedCode";
import { notFound } from "next/navigation";
import { MAX_PROJECTS } from "@/components/contacts/EmbassyPostCard";
import { countrySearchHref } from "@/components/country/country-links";
import { CountryHeader } from "@/components/country/CountryHeader";
import { CountryPartners } from "@/components/country/CountryPartners";
import { CountryPosts } from "@/components/country/CountryPosts";
import { CountryProjects } from "@/components/country/CountryProjects";
import { CountryThematics } from "@/components/country/CountryThematics";
import { FrenchCollectivites } from "@/components/country/FrenchCollectivites";
import { Section } from "@/components/layout/Section";
import { FundingByYear } from "@/components/stats/FundingByYear";
import { findEmbassyPosts, findPartnerContacts } from "@/lib/page-data/contacts";
import {
  countryFrenchCollectivites,
  countryFunding,
  countryPartners,
  countryProjects,
  countryThematics,
  getCountry,
} from "@/lib/page-data/country";
import { countryCodeSegment, readSegment } from "@/lib/http/route-params";
import { getLocale, getTranslations } from "next-intl/server";
import { countryLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import { listPagings } from "@/lib/paging/list-page";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = readSegment(countryCodeSegment, (await params).code);
  const country = code ? await getCountry(code) : null;
  const t = await getTranslations("country");
  if (!country) return { title: t("notFound.title") };
  const name = countryLabel(country.code, country.name, (await getLocale()) as Locale);
  return { title: name, description: t("metaDescription", { name, count: country.projectCount }) };
}

const PROJECT_LIMIT = 20;

export default async function CountryPage({ params, searchParams }: Props) {
  // The layout has already answered 404 or redirected for anything but a known upper-case code.
  const code = readSegment(countryCodeSegment, (await params).code);
  const country = code ? await getCountry(code) : null;
  if (!code || !country) notFound();

  const t = await getTranslations("country");
  const name = countryLabel(code, country.name, (await getLocale()) as Locale);
  const paging = listPagings(`/pays/${code}`, await searchParams, {
    partenaires: "partenaires",
    francaises: "collectivites-francaises",
  });
  const [projects, partners, french, funding, thematics, posts, partnerContacts] = await Promise.all([
    countryProjects(code, PROJECT_LIMIT),
    countryPartners(code),
    countryFrenchCollectivites(code),
    countryFunding(code),
    countryThematics(code),
    findEmbassyPosts({ country: [code] }, { projectLimit: MAX_PROJECTS }),
    findPartnerContacts({ country: [code] }, 0),
  ]);

  return (
    <article className="space-y-10 [&_a]:underline">
      <CountryHeader
        country={country}
        partnerCount={partners.length}
        frenchCount={french.length}
        postCount={posts.length}
      />
      <Section id="projets" title={t("sections.projects", { count: String(country.projectCount) })}>
        <CountryProjects country={country} projects={projects} />
      </Section>
      <Section id="partenaires" title={t("sections.partners", { count: String(partners.length) })}>
        <CountryPartners country={country} partners={partners} paging={paging.partenaires} />
      </Section>
      <Section id="collectivites-francaises" title={t("sections.french", { count: String(french.length) })}>
        <FrenchCollectivites code={code} french={french} paging={paging.francaises} />
      </Section>
      <Section id="financement" title={t("sections.funding")}>
        <p className="mb-3 max-w-prose text-sm text-slate-700">{t("fundingNote")}</p>
        <FundingByYear
          rows={funding}
          caption={t("fundingCaption", { name })}
          kindHref={(kind) => countrySearchHref(code, { funder: [kind as never] })}
        />
      </Section>
      <Section id="postes" title={t("sections.posts")}>
        <CountryPosts code={code} posts={posts} partnerContactCount={partnerContacts.total} />
      </Section>
      <Section id="thematiques" title={t("sections.thematics")}>
        <CountryThematics code={code} thematics={thematics} />
      </Section>
      <EmbedCode path={`/integrer/pays/${code}`} title={t("embedTitle", { name })} />
    </article>
  );
}
