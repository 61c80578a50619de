import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Section } from "@/components/layout/Section";
import { PostCollectivites } from "@/components/posts/PostCollectivites";
import { PostContacts } from "@/components/posts/PostContacts";
import { PostHeader } from "@/components/posts/PostHeader";
import { PostProjects } from "@/components/posts/PostProjects";
import { FundingByYear } from "@/components/stats/FundingByYear";
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
  return post
    ? { title: post.name, description: `${post.name} : contacts, projets, collectivités et financements du pays.` }
    : { title: "Poste introuvable" };
}

export default async function PostPage({ params, searchParams }: Props) {
  const slug = readSegment(pathSegment, (await params).slug);
  const data = slug ? await postDashboard(slug) : null;
  if (!data) notFound();
  const { post, foreign, french, funding } = data;
  const country = post.countryName ?? "son pays";
  const paging = listPagings(`/postes/${post.slug}`, await searchParams, { projets: "projets" });
  return (
    <article className="space-y-10 [&_a]:underline">
      <PostHeader post={post} />
      <Section id="contacts" title="Contacts">
        <PostContacts post={post} />
      </Section>
      <Section id="projets" title={`Projets qui nomment le poste (${post.projectCount})`}>
        <PostProjects post={post} paging={paging.projets} />
      </Section>
      <Section id="collectivites" title={`Collectivités actives (${country})`}>
        <PostCollectivites french={french} foreign={foreign} />
      </Section>
      <Section id="financement" title="Financement par année">
        <FundingByYear
          rows={funding}
          caption={`Financement des projets avec ${country}, par année et type de financeur`}
        />
      </Section>
    </article>
  );
}
