import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/layout/JsonLd";
import { PageTitle } from "@/components/layout/PageTitle";
import { ApiSection } from "@/components/open-data/ApiSection";
import type { OpenApiDoc } from "@/components/open-data/ApiReference";
import { DownloadsSection, LicenceSection } from "@/components/open-data/DownloadsSection";
import { pageOrigin } from "@/lib/http/page-origin";
import { apiExamples } from "@/lib/open-data/examples";
import { openApiDocument } from "@/lib/open-data/openapi";
import { datasetSchema } from "@/lib/open-data/schema-org";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("openData");
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: { types: { "application/ld+json": [{ url: "/catalog.jsonld", title: t("catalogueTitle") }] } },
  };
}

export default async function OpenDataPage() {
  const doc = openApiDocument("", await apiExamples()) as unknown as OpenApiDoc;
  const t = await getTranslations("openData");
  return (
    <article className="space-y-10">
      <JsonLd data={datasetSchema(await pageOrigin())} />
      <header className="space-y-3">
        <PageTitle>{t("title")}</PageTitle>
        <p>{t("intro")}</p>
      </header>
      <LicenceSection />
      <DownloadsSection />
      <ApiSection doc={doc} />
    </article>
  );
}
