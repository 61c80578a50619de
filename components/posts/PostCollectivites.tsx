import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { CountryPartner, InvolvedFrenchCollectivite } from "@/lib/page-data/country";

/** French and foreign collectivités active in the post's country, most involved first (the first 30 of each). */
const SHOWN = 30;

function List({ title, items }: { title: string; items: { slug: string; name: string; projectCount: number }[] }) {
  const t = useTranslations();
  const lang = contentLang(useLocale() as Locale);
  return (
    <div>
      <h3 className="font-semibold text-marine-800">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("posts.collectivites.none")}</p>
      ) : (
        <ul className="mt-1 space-y-0.5 text-sm">
          {items.slice(0, SHOWN).map((c) => (
            <li key={c.slug}>
              <Link href={`/collectivites/${c.slug}`} lang={lang}>
                {c.name}
              </Link>{" "}
              · {t("places.projectCount", { count: c.projectCount })}
            </li>
          ))}
        </ul>
      )}
      {items.length > SHOWN && (
        <p className="mt-1 text-sm text-slate-700">
          {t("posts.collectivites.more", { count: String(items.length - SHOWN) })}
        </p>
      )}
    </div>
  );
}

export function PostCollectivites({
  french,
  foreign,
}: {
  french: InvolvedFrenchCollectivite[];
  foreign: CountryPartner[];
}) {
  const t = useTranslations("posts.collectivites");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <List title={t("french")} items={french} />
      <List title={t("foreign")} items={foreign} />
    </div>
  );
}
