import { toQueryString, type SearchParams } from "@/lib/search/params";

/** "S'abonner" to the Atom feed of a filtered search (app/projets/flux.atom). */
export function FeedLink({
  params,
  label = "S'abonner aux nouveaux projets (Atom)",
}: {
  params: Partial<SearchParams>;
  label?: string;
}) {
  return (
    <a href={`/projets/flux.atom${toQueryString(params)}`} type="application/atom+xml" className="text-sm">
      {label}
    </a>
  );
}
