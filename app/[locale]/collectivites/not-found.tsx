import { useTranslations } from "next-intl";
import { NotFoundNotice } from "@/components/layout/NotFoundNotice";

export default function CollectiviteNotFound() {
  const t = useTranslations("collectivite.notFound");
  return (
    <NotFoundNotice
      code={t("code")}
      title={t("title")}
      body={t("body")}
      action={{ href: "/projets", label: t("action") }}
    />
  );
}
