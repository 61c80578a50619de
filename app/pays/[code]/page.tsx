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
import { listPagings } from "@/lib/paging/list-page";
import { plural } from "@/lib/text/format";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = readSegment(countryCodeSegment, (await params).code);
  const country = code ? await getCountry(code) : null;
  if (!country) return { title: "Pays introuvable" };
  return {
    title: country.name,
    description: `Coopération décentralisée avec ${country.name} : ${plural(country.projectCount, "projet", "projets")}, collectivités partenaires, financements et contacts.`,
  };
}

const PROJECT_LIMIT = 20;

export default async function CountryPage({ params, searchParams }: Props) {
  // The layout has already answered 404 or redirected for anything but a known upper-case code.
  const code = readSegment(countryCodeSegment, (await params).code);
  const country = code ? await getCountry(code) : null;
  if (!code || !country) notFound();

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
      <Section id="projets" title={`Projets (${country.projectCount})`}>
        <CountryProjects country={country} projects={projects} />
      </Section>
      <Section id="partenaires" title={`Collectivités partenaires (${partners.length})`}>
        <CountryPartners country={country} partners={partners} paging={paging.partenaires} />
      </Section>
      <Section id="collectivites-francaises" title={`Collectivités françaises engagées (${french.length})`}>
        <FrenchCollectivites code={code} french={french} paging={paging.francaises} />
      </Section>
      <Section id="financement" title="Financement par année">
        <p className="mb-3 max-w-prose text-sm text-slate-700">
          Montants complets des projets ayant un partenaire dans ce pays : une fiche ne répartit pas son budget entre
          ses partenaires, un projet avec plusieurs pays compte donc entièrement pour chacun.
        </p>
        <FundingByYear
          rows={funding}
          caption={`Financement des projets avec ${country.name}, par année et type de financeur`}
          kindHref={(kind) => countrySearchHref(code, { funder: [kind as never] })}
        />
      </Section>
      <Section id="postes" title="Postes diplomatiques et contacts">
        <CountryPosts code={code} posts={posts} partnerContactCount={partnerContacts.total} />
      </Section>
      <Section id="thematiques" title="Thématiques principales">
        <CountryThematics code={code} thematics={thematics} />
      </Section>
      <EmbedCode path={`/integrer/pays/${code}`} title={`Coopération décentralisée : ${country.name}`} />
    </article>
  );
}
