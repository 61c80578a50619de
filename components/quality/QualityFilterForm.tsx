import { useLocale, useTranslations } from "next-intl";
import { CountryOptions } from "@/components/layout/CountryOptions";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { ScopeCollectivite, ScopePost } from "@/lib/page-data/quality-scope";

interface Props {
  countries: { code: string; name: string }[];
  posts: Omit<ScopePost, "id">[];
  country: string;
  collectivite: ScopeCollectivite | null;
  collectiviteText: string;
  postSlug: string;
}

/** Narrows every list of /qualite to one country, embassy post or collectivité, and says which collectivité matched. */
export function QualityFilterForm({ countries, posts, country, collectivite, collectiviteText, postSlug }: Props) {
  const t = useTranslations("quality.filter");
  const locale = useLocale() as Locale;
  const named = countries.map((c) => ({ code: c.code, name: countryLabel(c.code, c.name, locale) }));
  return (
    <>
      <form method="get" action={localizeHref("/qualite", locale)} className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          {t("country")}
          <select name="country" defaultValue={country} className="rounded border border-slate-400 px-2 py-1.5">
            <CountryOptions countries={named} allLabel={t("allCountries")} />
          </select>
        </label>
        <label className="flex flex-col">
          {t("post")}
          <select name="post" defaultValue={postSlug} className="max-w-xs rounded border border-slate-400 px-2 py-1.5">
            <option value="">{t("allPosts")}</option>
            {posts.map((post) => (
              <option key={post.slug} value={post.slug} lang={contentLang(locale)}>
                {post.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          {t("collectivite")}
          <input
            name="collectivite"
            defaultValue={collectivite?.name ?? collectiviteText}
            className="rounded border border-slate-400 px-2 py-1.5"
            placeholder={t("placeholder")}
          />
        </label>
        <button type="submit" className="rounded bg-marine-700 px-3 py-1.5 font-medium text-white hover:bg-marine-800">
          {t("submit")}
        </button>
      </form>
      {collectiviteText && (
        <p className="text-sm">
          {collectivite ? t("matched", { name: collectivite.name }) : t("noMatch", { text: collectiviteText })}
        </p>
      )}
    </>
  );
}
