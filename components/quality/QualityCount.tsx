import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";

/**
 * The data-quality items of one collectivité or post, as a count that opens /qualite filtered on
 * it (where each list says what is wrong and exports as CSV).
 */
export function QualityCount({ count, href }: { count: number; href: string }) {
  const t = useTranslations("quality.count");
  if (count === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <p className="text-sm text-slate-700">
      {t.rich("some", { count, link: (chunks) => <Link href={href}>{chunks}</Link> })}
    </p>
  );
}
