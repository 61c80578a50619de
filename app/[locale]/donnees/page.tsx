import type { Metadata } from "next";
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
export const metadata: Metadata = {
  title: "Données ouvertes",
  description: "Télécharger les données de l'atlas et utiliser son API.",
  alternates: {
    types: { "application/ld+json": [{ url: "/catalog.jsonld", title: "Catalogue DCAT des données ouvertes" }] },
  },
};

export default async function OpenDataPage() {
  const doc = openApiDocument("", await apiExamples()) as unknown as OpenApiDoc;
  return (
    <article className="space-y-10">
      <JsonLd data={datasetSchema(await pageOrigin())} />
      <header className="space-y-3">
        <PageTitle>Données ouvertes</PageTitle>
        <p>
          L&apos;atlas publie toutes ses données : projets, collectivités françaises et étrangères, partenariats,
          financements, thématiques et postes diplomatiques, à télécharger ou à interroger par une API.
        </p>
      </header>
      <LicenceSection />
      <DownloadsSection />
      <ApiSection doc={doc} />
    </article>
  );
}
