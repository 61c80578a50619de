import type { Metadata } from "next";
import { PostsTable } from "@/components/posts/PostsTable";
import { hasVacantRole } from "@/lib/domain/contacts";
import { listPosts } from "@/lib/page-data/posts";
import { plural } from "@/lib/text/format";
import { PageTitle } from "@/components/layout/PageTitle";

export const metadata: Metadata = {
  title: "Postes diplomatiques",
  description:
    "Les postes diplomatiques qui suivent la coopération décentralisée : correspondants, conseillers, fonctions vacantes et projets.",
};

export default async function PostsPage() {
  const posts = await listPosts();
  const vacant = posts.filter(hasVacantRole).length;
  return (
    <div className="space-y-6 [&_a]:underline">
      <PageTitle>Postes diplomatiques</PageTitle>
      <p className="max-w-prose text-slate-700">
        {plural(posts.length, "poste", "postes")}, dont {plural(vacant, "a", "ont")} au moins une fonction vacante :
        aucune fiche n&apos;en nomme le titulaire. Chaque poste a sa page : ses contacts, ses projets, son pays.
      </p>
      {posts.length === 0 ? <p>Aucun poste diplomatique dans l&apos;atlas.</p> : <PostsTable posts={posts} />}
    </div>
  );
}
