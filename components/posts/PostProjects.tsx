import Link from "next/link";
import { ListPager } from "@/components/layout/ListPager";
import type { EmbassyPostEntry } from "@/lib/domain/contacts";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";
import { postCountryProjectsHref } from "./post-links";

/** The projects whose fiche names the post, one page at a time, and the search of every project in its country. */
export function PostProjects({ post, paging }: { post: EmbassyPostEntry; paging: ListPaging }) {
  const shown = pageOf(post.projects, paging.page);
  return (
    <div className="space-y-2">
      {post.projects.length === 0 ? (
        <p className="text-sm text-slate-600">Aucun projet ne nomme ce poste.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {shown.items.map((p) => (
            <li key={p.slug}>
              <Link href={`/projets/${p.slug}`}>{p.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <ListPager list={shown} label="projets qui nomment le poste" hrefFor={paging.hrefFor} />
      {post.countryCode && (
        <p className="text-sm">
          <Link href={postCountryProjectsHref(post.countryCode)}>
            Rechercher tous les projets avec un partenaire {post.countryName ? `(${post.countryName})` : ""}
          </Link>
        </p>
      )}
    </div>
  );
}
