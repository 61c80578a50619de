"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { foldForMatch } from "@/lib/text/fold";

interface Found {
  value: string;
  label: string;
  count: number;
}

/** Whether a label holds every word typed, accents and case folded (as /api/facets does). */
function holds(label: string, words: string[]): boolean {
  const folded = foldForMatch(label);
  return words.every((w) => folded.includes(w));
}

/** The current URL with one more value of the facet, back to page 1: what its facet link would do. */
function withValue(filterKey: string, value: string): string {
  const next = new URLSearchParams(window.location.search);
  next.delete("page");
  next.append(filterKey, value);
  return `${window.location.pathname}?${next}`;
}

/**
 * The filter box of a long facet (lib/search/filter-kinds.ts `searchable`): typing hides the
 * listed values whose label does not match, and, when the page lists only part of the facet
 * (`searchAll`), asks /api/facets/<key> for matching values it does not list. Rendered once
 * JavaScript runs: without it the facet's links and its "Voir N de plus" link still work.
 */
export function FacetFilterBox({
  filterKey,
  title,
  searchAll,
}: {
  filterKey: string;
  title: string;
  searchAll: boolean;
}) {
  const t = useTranslations("search.facet");
  const locale = useLocale();
  const format = useFormatter();
  const [mounted, setMounted] = useState(false);
  const [term, setTerm] = useState("");
  const [found, setFound] = useState<Found[]>([]);
  const box = useRef<HTMLDivElement>(null);
  const words = foldForMatch(term).split(" ").filter(Boolean);
  const key = words.join(" ");

  useEffect(() => setMounted(true), []);

  // The listed values are server-rendered links: filtering them in place keeps them plain links.
  const [visibleCount, setVisibleCount] = useState<number | null>(null);
  useEffect(() => {
    const items = box.current?.closest("section")?.querySelectorAll<HTMLLIElement>("li[data-label]") ?? [];
    let shown = 0;
    for (const item of items) {
      item.hidden = key !== "" && !holds(item.dataset.label ?? "", key.split(" "));
      if (!item.hidden) shown++;
    }
    setVisibleCount(key ? shown : null);
  });

  useEffect(() => {
    if (!searchAll || key.length < 2) return setFound([]);
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const query = new URLSearchParams(window.location.search);
      query.set("term", key);
      query.set("lang", locale);
      try {
        const response = await fetch(`/api/facets/${filterKey}?${query}`, { signal: controller.signal });
        if (response.ok) setFound(((await response.json()) as { values: Found[] }).values);
      } catch {
        // Aborted by the next keystroke, or offline: the listed values still filter.
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, searchAll, filterKey, locale]);

  if (!mounted) return <div ref={box} />;
  const listed = new Set(
    [...(box.current?.closest("section")?.querySelectorAll<HTMLLIElement>("li[data-value]") ?? [])].map(
      (li) => li.dataset.value,
    ),
  );
  const more = found.filter((f) => !listed.has(f.value));
  const id = `filtre-${filterKey}`;
  return (
    <div ref={box} className="mb-2">
      <label htmlFor={id} className="sr-only">
        {t("filterLabel", { title })}
      </label>
      <input
        id={id}
        type="search"
        value={term}
        onChange={(e) => setTerm(e.target.value)}
        placeholder={t("filterPlaceholder")}
        autoComplete="off"
        className="w-full rounded border border-slate-400 px-2 py-1 text-sm"
      />
      <p aria-live="polite" className="sr-only">
        {visibleCount !== null ? t("valueCount", { count: visibleCount + more.length }) : ""}
      </p>
      {more.length > 0 && (
        <ul
          aria-label={t("otherValues", { title })}
          className="mt-1 space-y-0.5 border-b border-dashed border-slate-300 pb-1"
        >
          {more.map((f) => (
            <li key={f.value}>
              <a href={withValue(filterKey, f.value)} className="facet-link">
                <span>{f.label}</span>
                <span>{format.number(f.count)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
