import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";

export function SiteFooter() {
  const t = useTranslations("layout.footer");
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
        <p>{t.rich("sources", { em: (chunks) => <em lang="fr">{chunks}</em> })}</p>
        <p>
          {t("openSource")} <Link href="/donnees">{t("openData")}</Link>.
        </p>
      </div>
    </footer>
  );
}
