import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { StrongLink } from "@/lib/page-data/network";

/** The strongest links of the network as a table: the graph's alternative for keyboard and screen-reader users. */
export function LinksTable({ links, caption }: { links: StrongLink[]; caption: string }) {
  const t = useTranslations("network.table");
  // Names and titles are fiche content, in French on every page.
  const lang = contentLang(useLocale() as Locale);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">
              {t("collectivite")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("partner")}
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              {t("shared")}
            </th>
            <th scope="col" className="py-2">
              {t("projects")}
            </th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={`${link.source.slug}-${link.target.slug}`} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3">
                <Link href={`/collectivites/${link.source.slug}`} lang={lang}>
                  {link.source.name}
                </Link>
              </td>
              <td className="py-2 pr-3">
                <Link href={`/collectivites/${link.target.slug}`} lang={lang}>
                  {link.target.name}
                </Link>
              </td>
              <td className="py-2 pr-3 text-right">{link.projects.length}</td>
              <td className="py-2">
                <ul className="space-y-1">
                  {link.projects.map((project) => (
                    <li key={project.slug}>
                      <Link href={`/projets/${project.slug}`} lang={lang}>
                        {project.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
