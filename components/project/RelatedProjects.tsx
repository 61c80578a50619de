import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { RelatedProject } from "@/lib/page-data/project";

/** Projects sharing partners or thematics, with what they share. */
export function RelatedProjects({ related }: { related: RelatedProject[] }) {
  const t = useTranslations("project.related");
  const lang = contentLang(useLocale() as Locale);
  if (related.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ul className="space-y-1">
      {related.map((r) => (
        <li key={r.slug}>
          <Link href={`/projets/${r.slug}`} lang={lang}>
            {r.title}
          </Link>
          <span className="text-sm text-slate-600">
            {" "}
            · {r.sharedPartners > 0 ? t("sharedPartners", { count: r.sharedPartners }) : t("sameThematic")}
          </span>
        </li>
      ))}
    </ul>
  );
}
