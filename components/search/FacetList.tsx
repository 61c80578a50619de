import { useFormatter, useTranslations } from "next-intl";
import type React from "react";

export interface FacetLink {
  key: string;
  label: string;
  count: number;
  href: string;
  selected: boolean;
  children?: FacetLink[];
}

/** The link that unfolds a long facet (`?more=…`) or folds it back. */
export interface FacetFold {
  label: string;
  href: string;
}

/**
 * A facet as a list of links: each toggles its value in the URL, so facets work without
 * JavaScript, are shareable, and the back button undoes them. A long facet shows its most
 * frequent values (and any selected one) and a link to unfold the rest (components/search/
 * Facets.tsx): the hidden values are not rendered at all, since a facet of 120 countries was
 * most of the page's weight.
 */
export function FacetList({
  id,
  title,
  items,
  fold,
  emptyLabel,
  tools,
}: {
  id: string;
  title: string;
  items: FacetLink[];
  fold?: FacetFold;
  emptyLabel: string;
  tools?: React.ReactNode;
}) {
  return (
    // `id` names the heading: a title has spaces, and aria-labelledby reads a space-separated list of ids.
    <section aria-labelledby={id} className="border-b border-slate-200 pb-3">
      <h3 id={id} className="mb-2 text-sm font-semibold text-slate-900">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{emptyLabel}</p>
      ) : (
        <>
          {tools}
          <FacetItems items={items} />
          {fold && (
            <a href={fold.href} className="mt-1 inline-block text-sm">
              {fold.label}
              {/* Eight such links on the page: listed out of context, each says which facet it opens. */}
              <span className="sr-only"> : {title}</span>
            </a>
          )}
        </>
      )}
    </section>
  );
}

function FacetItems({ items, nested = false }: { items: FacetLink[]; nested?: boolean }) {
  const t = useTranslations("search.facet");
  const format = useFormatter();
  return (
    <ul className={nested ? "ml-4 mt-1 space-y-0.5 border-l border-slate-200 pl-2" : "space-y-0.5"}>
      {items.map((item) => (
        <li key={item.key} data-value={item.key} data-label={item.label}>
          {/* A plain link: FiltersPanel follows it client-side. Styled by .facet-link (app/globals.css):
              a hundred links repeating the same utility classes weighed on every search page. */}
          <a href={item.href} aria-current={item.selected ? "true" : undefined} className="facet-link">
            <span>
              {item.label}
              {item.selected && <span className="sr-only"> {t("selected")}</span>}
            </span>
            <span>{format.number(item.count)}</span>
          </a>
          {item.children && item.children.length > 0 && <FacetItems items={item.children} nested />}
        </li>
      ))}
    </ul>
  );
}
