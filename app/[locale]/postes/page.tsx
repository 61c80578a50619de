import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PostsTable } from "@/components/posts/PostsTable";
import { hasVacantRole } from "@/lib/domain/contacts";
import { listPosts } from "@/lib/page-data/posts";
import { PageTitle } from "@/components/layout/PageTitle";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("posts.list");
  return { title: t("title"), description: t("description") };
}

export default async function PostsPage() {
  const t = await getTranslations("posts.list");
  const posts = await listPosts();
  const vacant = posts.filter(hasVacantRole).length;
  return (
    <div className="space-y-6 [&_a]:underline">
      <PageTitle>{t("title")}</PageTitle>
      <p className="max-w-prose text-slate-700">{t("intro", { posts: posts.length, vacant })}</p>
      {posts.length === 0 ? <p>{t("none")}</p> : <PostsTable posts={posts} />}
    </div>
  );
}
