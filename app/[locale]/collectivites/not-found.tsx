import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";

export default function CollectiviteNotFound() {
  const t = useTranslations("collectivite.notFound");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-marianne">{t("code")}</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/projets" className="rounded bg-marine-700 px-4 py-2 text-white no-underline hover:bg-marine-800">
          {t("action")}
        </Link>
      </p>
    </div>
  );
}
