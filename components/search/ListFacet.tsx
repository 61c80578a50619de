import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { FacetValue } from "@/lib/search/facets";
import { emptyKey, filterTitleKey, type SearchTranslate, valueLabel, variantKey } from "@/lib/search/filter-messages";
import type { FilterValue } from "@/lib/search/filter-kinds";
import type { ListFilterOf } from "@/lib/search/filter-registry";
import { toQueryString, type SearchParams } from "@/lib/search/params";
import { foldForMatch } from "@/lib/text/fold";
import { FacetFilterBox } from "./FacetFilterBox";
import { FacetList, type FacetFold, type FacetLink } from "./FacetList";

/** Values a folded facet shows when its declaration does not say (the rest behind "Voir N de plus"). */
const FACET_VALUES_SHOWN = 8;

interface Props {
  filter: ListFilterOf;
  base: string;
  params: SearchParams;
  values: FacetValue[];
}

/** What the facet's labels and links are written in: the page's language and its "search" messages. */
interface Language {
  locale: Locale;
  t: SearchTranslate;
}

/** A URL value as the params hold it: a number for an integer column. */
function parsedValue(filter: ListFilterOf, raw: string): FilterValue {
  return filter.column.sqlType === "int" ? Number(raw) : raw;
}

function isSelected({ filter, params }: Props, raw: string): boolean {
  return (params[filter.key] as FilterValue[]).includes(parsedValue(filter, raw));
}

function hrefFor({ filter, base, params }: Props, raw: string, locale: Locale): string {
  const list: FilterValue[] = params[filter.key];
  const value = parsedValue(filter, raw);
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return localizeHref(
    `${base}${toQueryString(params, { [filter.key]: next, page: 1 } as Partial<SearchParams>)}`,
    locale,
  );
}

/**
 * The values a facet shows: its most frequent ones and any pinned one (selected, by default), or
 * all once the user unfolded it (`?more=`). Links are built for those only: a facet can hold
 * thousands of values.
 */
function visible(
  props: Props,
  { locale, t }: Language,
  values: FacetValue[],
  pinned: (v: FacetValue) => boolean = (v) => isSelected(props, v.value),
) {
  const { filter, base, params } = props;
  const limit = filter.folded ?? FACET_VALUES_SHOWN;
  const expanded = params.more.includes(filter.key);
  const shown = expanded ? inOrder(filter, values, locale) : values.filter((v, i) => i < limit || pinned(v));
  const hidden = values.length - shown.length;
  const more = expanded ? params.more.filter((k) => k !== filter.key) : [...params.more, filter.key];
  const fold: FacetFold | undefined =
    hidden > 0 || (expanded && values.length > limit)
      ? {
          label: expanded ? t("facet.less") : t("facet.more", { count: hidden }),
          href: localizeHref(`${base}${toQueryString(params, { more })}`, locale),
        }
      : undefined;
  return { shown, fold };
}

/** Unfolded, a long facet lists its values A–Z: a reader looks a country up by name, not by count. */
function inOrder(filter: ListFilterOf, values: FacetValue[], locale: Locale): FacetValue[] {
  if (!filter.searchable) return values;
  const keyed = values.map((v) => [foldForMatch(valueLabel(filter, v.value, v.label, locale)), v] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

function toLink(props: Props, locale: Locale, v: FacetValue): FacetLink {
  const label = valueLabel(props.filter, v.value, v.label, locale);
  return {
    key: v.value,
    label,
    count: v.count,
    href: hrefFor(props, v.value, locale),
    selected: isSelected(props, v.value),
  };
}

function flatLinks(props: Props, language: Language) {
  const { shown, fold } = visible(props, language, props.values);
  return { items: shown.map((v) => toLink(props, language.locale, v)), fold };
}

/** A tree facet: top values first; a value's children show once it (or one of them) is chosen. */
function treeLinks(props: Props, language: Language) {
  const byParent = new Map<string | null, FacetValue[]>();
  for (const v of props.values) {
    const parent = v.level === 1 ? null : (v.parent ?? null);
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(v);
    else byParent.set(parent, [v]);
  }
  const hasSelection = (v: FacetValue): boolean =>
    isSelected(props, v.value) || (byParent.get(v.value) ?? []).some(hasSelection);
  const treeLink = (v: FacetValue): FacetLink => ({
    ...toLink(props, language.locale, v),
    children: hasSelection(v) ? (byParent.get(v.value) ?? []).map(treeLink) : [],
  });
  // A value whose child is selected stays in view, like a selected value.
  const { shown, fold } = visible(props, language, byParent.get(null) ?? [], hasSelection);
  return { items: shown.map(treeLink), fold };
}

/** One list facet as declared in lib/search/filter-registry.ts, with its variant's toggle when it has one. */
export function ListFacet(props: Props) {
  const { filter, base, params } = props;
  const language: Language = { locale: useLocale() as Locale, t: useTranslations("search") };
  const { t, locale } = language;
  const title = t(filterTitleKey(filter));
  const links = filter.tree ? treeLinks(props, language) : flatLinks(props, language);
  // The page lists part of the facet when it is folded or limited to its `top` values: the filter box then searches them all.
  const partial = filter.top !== undefined || (links.fold !== undefined && !params.more.includes(filter.key));
  const tools = filter.searchable ? (
    <FacetFilterBox filterKey={filter.key} title={title} searchAll={partial} />
  ) : undefined;
  const list = (
    <FacetList id={`facette-${filter.key}`} title={title} emptyLabel={t(emptyKey(filter))} tools={tools} {...links} />
  );
  const { variant } = filter;
  if (!variant) return list;
  const on = params[variant.flag];
  return (
    <div>
      {list}
      <a
        href={localizeHref(`${base}${toQueryString(params, { [variant.flag]: !on, page: 1 })}`, locale)}
        aria-current={on ? "true" : undefined}
        className="mt-1 inline-block text-sm"
      >
        {t(variantKey(filter, on ? "variantOn" : "variantOff"))}
      </a>
    </div>
  );
}
