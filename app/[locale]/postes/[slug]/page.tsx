import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Section } from "@/components/layout/Section";
import { PostCollectivites } from "@/components/posts/PostCollectivites";
import { PostContacts } from "@/components/posts/PostContacts";
import { PostHeader } from "@/components/posts/PostHeader";
import { PostProjects } from "@/components/posts/PostProjects";
import { QualityCount } from "@/components/quality/QualityCount";
import { FundingByYear } from "@/components/stats/FundingByYear";
import { countryLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import { pathSegment, readSegment } from "@/lib/http/route-params";
import { findPost, postDashboard } from "@/lib/page-data/posts";
import { listPagings } from "@/lib/paging/list-page";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = readSegment(pathSegment, (await params).slug);
  const post = slug ? await findPost(slug) : null;
  const t = await getTranslations("posts.page");
  return post ? { title: post.name, description: t("description", { name: post.name }) } : { title: t("notFound") };
}

export default async function PostPage({ params, searchParams }: Props) {
  const slug = readSegment(pathSegment, (await params).slug);
  const data = slug ? await postDashboard(slug) : null;
  if (!data) notFound();
  const t = await getTranslations("posts.page");
  const locale = (await getLocale()) as Locale;
  const { post, foreign, french, funding, qualityItems } = data;
  const country = post.countryName ? countryLabel(post.countryCode ?? "", post.countryName, locale) : t("itsCountry");
  const paging = listPagings(`/postes/${post.slug}`, await searchParams, { projets: "projets" });
  return (
    <article className="space-y-10 [&_a]:underline">
      <PostHeader post={post} />
      <Section id="contacts" title={t("contacts")}>
        <PostContacts post={post} />
      </Section>
      <Section id="projets" title={t("projects", { count: String(post.projectCount) })}>
        <PostProjects post={post} paging={paging.projets} />
      </Section>
      <Section id="collectivites" title={t("collectivites", { country })}>
        <PostCollectivites french={french} foreign={foreign} />
      </Section>
      <Section id="financement" title={t("funding")}>
        <FundingByYear rows={funding} caption={t("fundingCaption", { country })} />
      </Section>
      <Section id="qualite" title={t("quality")}>
        <QualityCount count={qualityItems} href={`/qualite?post=${post.slug}`} />
      </Section>
    </article>
  );
}
