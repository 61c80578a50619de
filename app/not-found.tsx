import { useTranslations } from "next-intl";
import { NotFoundNotice } from "@/components/layout/NotFoundNotice";

export default function NotFound() {
  const t = useTranslations("layout.notFound");
  return (
    <NotFoundNotice
      code={t("code")}
      title={t("title")}
      body={t("body")}
      action={{ href: "/projets", label: t("action") }}
    />
  );
}
