import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";

/** What the directory shows when no post and no partner contact matches the search. */
export function NoContactMatch() {
  const t = useTranslations("contacts.noMatch");
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
      <p className="font-medium">{t("title")}</p>
      <p className="mt-2 text-sm text-slate-700">
        {t.rich("hint", { link: (chunks) => <Link href="/contacts">{chunks}</Link> })}
      </p>
    </div>
  );
}
