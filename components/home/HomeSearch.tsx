import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

export interface ExampleQuery {
  label: string;
  href: string;
}

/** A plain GET form to the search (works without JavaScript), with examples taken from the data. */
export function HomeSearch({ examples }: { examples: ExampleQuery[] }) {
  const t = useTranslations("home.search");
  const locale = useLocale() as Locale;
  return (
    <div className="space-y-2">
      <form role="search" method="get" action={localizeHref("/projets", locale)} className="flex gap-2">
        <label htmlFor="accueil-recherche" className="sr-only">
          {t("label")}
        </label>
        <input
          id="accueil-recherche"
          type="search"
          name="q"
          autoComplete="off"
          placeholder={t("placeholder")}
          className="min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-4 py-3 text-base shadow-sm focus:border-marine-600"
        />
        <button type="submit" className="rounded-lg bg-marine-700 px-4 py-2 font-medium text-white hover:bg-marine-800">
          {t("submit")}
        </button>
      </form>
      {examples.length > 0 && (
        <p className="text-sm text-slate-700">
          {t("examples")}{" "}
          {examples.map((e, i) => (
            <span key={e.href}>
              {i > 0 && " · "}
              <Link href={e.href}>{e.label}</Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
