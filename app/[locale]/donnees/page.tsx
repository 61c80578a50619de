import type { Metadata } from "next";
import { JsonLd } from "@/components/layout/JsonLd";
import { ApiReference, type OpenApiDoc } from "@/components/open-data/ApiReference";
import { pageOrigin } from "@/lib/http/page-origin";
import { datasetSchema } from "@/lib/open-data/schema-org";
import { apiExamples } from "@/lib/open-data/examples";
import { openApiDocument } from "@/lib/open-data/openapi";
import { PACKAGE_LICENSE } from "@/lib/open-data/datapackage";
import { PACKAGE_TABLES } from "@/lib/open-data/package-tables";

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
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Données ouvertes</h1>
        <p>
          L&apos;atlas publie toutes ses données : projets, collectivités françaises et étrangères, partenariats,
          financements, thématiques et postes diplomatiques, à télécharger ou à interroger par une API.
        </p>
      </header>
      <section className="space-y-2" aria-labelledby="licence">
        <h2 id="licence" className="text-xl font-semibold">
          Licence et sources
        </h2>
        <p>
          Réutilisation libre sous <a href={PACKAGE_LICENSE.path}>{PACKAGE_LICENSE.title}</a>, en citant la source.
          Données issues des fiches de l&apos;<em>Atlas français de la coopération décentralisée</em> (Ministère de
          l&apos;Europe et des Affaires étrangères) ; placements d&apos;après GeoNames (CC BY 4.0).
        </p>
      </section>
      <section className="space-y-2" aria-labelledby="telechargements">
        <h2 id="telechargements" className="text-xl font-semibold">
          Téléchargements
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a href="/donnees/atlas.zip" download>
              Paquet de données complet (atlas.zip)
            </a>{" "}
            : un <em>Data Package</em> Frictionless, avec le schéma de chaque fichier CSV :
            <ul className="list-[circle] pl-5">
              {PACKAGE_TABLES.map((t) => (
                <li key={t.name}>
                  <span className="font-mono">{t.name}.csv</span> : {t.title}
                </li>
              ))}
            </ul>
          </li>
          <li>
            <a href="/api/projects/export?format=csv">Tous les projets (CSV)</a> ·{" "}
            <a href="/api/projects/export?format=json">(JSON)</a>
          </li>
          <li>
            <a href="/api/openapi.json">Description OpenAPI 3.1 de l&apos;API</a>
          </li>
          <li>
            <a href="/catalog.jsonld">Catalogue DCAT-AP (JSON-LD)</a>, pour les portails de données (data.gouv.fr,
            data.europa.eu)
          </li>
        </ul>
        <p className="text-sm text-slate-700">
          Les noms et courriels des personnes ne figurent pas dans le paquet de données.
        </p>
      </section>
      <section className="space-y-3" aria-labelledby="api">
        <h2 id="api" className="text-xl font-semibold">
          Référence de l&apos;API
        </h2>
        <p>
          Chaque réponse porte un en-tête <code>ETag</code> : renvoyez-le dans <code>If-None-Match</code> pour recevoir
          un <code>304</code> tant que les données n&apos;ont pas changé. Les erreurs ont la forme
          <code> {'{ "error": { "code", "message" } }'}</code>.
        </p>
        <ApiReference doc={doc} />
      </section>
    </article>
  );
}
