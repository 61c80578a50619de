import Link from "next/link";

export interface FacetLink {
  key: string;
  label: string;
  count: number;
  href: string;
  selected: boolean;
  children?: FacetLink[];
}

/**
 * A facet as a list of links: each toggles its value in the URL, so facets work without
 * JavaScript, are shareable, and the back button undoes them.
 */
export function FacetList({ title, items, emptyLabel = "Aucune valeur", limit = 12 }: { title: string; items: FacetLink[]; emptyLabel?: string; limit?: number }) {
  const shown = items.slice(0, limit);
  const rest = items.slice(limit);
  return (
    <section aria-labelledby={`facette-${title}`} className="border-b border-slate-200 pb-3">
      <h3 id={`facette-${title}`} className="mb-2 text-sm font-semibold text-slate-900">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{emptyLabel}</p>
      ) : (
        <>
          <FacetItems items={shown} />
          {rest.length > 0 && (
            <details className="mt-1">
              <summary className="cursor-pointer text-sm text-marine-700">Voir {rest.length} de plus</summary>
              <FacetItems items={rest} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

function FacetItems({ items, nested = false }: { items: FacetLink[]; nested?: boolean }) {
  return (
    <ul className={nested ? "ml-4 mt-1 space-y-0.5 border-l border-slate-200 pl-2" : "space-y-0.5"}>
      {items.map((item) => (
        <li key={item.key}>
          <Link
            href={item.href}
            scroll={false}
            aria-current={item.selected ? "true" : undefined}
            className={`flex items-start justify-between gap-2 rounded px-1.5 py-1 text-sm no-underline hover:bg-marine-50 ${
              item.selected ? "bg-marine-100 font-semibold text-marine-800" : "text-slate-800"
            }`}
          >
            <span>
              <span aria-hidden="true" className="mr-1.5 inline-block w-3 text-marine-700">{item.selected ? "✓" : ""}</span>
              {item.label}
              {item.selected && <span className="sr-only"> (filtre actif, cliquer pour retirer)</span>}
            </span>
            <span className="shrink-0 tabular-nums text-slate-600">{item.count.toLocaleString("fr-FR")}</span>
          </Link>
          {item.children && item.children.length > 0 && <FacetItems items={item.children} nested />}
        </li>
      ))}
    </ul>
  );
}
