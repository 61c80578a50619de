import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { LanguageSwitch } from "./LanguageSwitch";
import { SkipLinks } from "./SkipLinks";

const NAV = [
  { href: "/projets", key: "projects" },
  { href: "/carte", key: "map" },
  { href: "/reseau", key: "network" },
  { href: "/contacts", key: "contacts" },
  { href: "/postes", key: "posts" },
  { href: "/statistiques", key: "statistics" },
  { href: "/qualite", key: "quality" },
] as const;

export function SiteHeader() {
  const t = useTranslations("layout");
  return (
    <header className="border-b border-slate-200 bg-white">
      <SkipLinks />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-marine-800 no-underline">
          <span aria-hidden="true" className="inline-block h-6 w-1.5 rounded bg-marianne" />
          {t("siteName")}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <nav aria-label={t("nav.label")}>
            <ul className="flex flex-wrap gap-1 text-sm">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="rounded px-3 py-2 text-slate-700 no-underline hover:bg-marine-50 hover:text-marine-800"
                  >
                    {t(`nav.${item.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
