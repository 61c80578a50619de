import { PACKAGE_LICENSE } from "@/lib/open-data/datapackage";
import { PACKAGE_TABLES } from "@/lib/open-data/package-tables";

/** Under which licence the data may be reused, and where it comes from. */
export function LicenceSection() {
  return (
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
  );
}

/** The files to download: the data package and its tables, the project exports, the API description, the catalogue. */
export function DownloadsSection() {
  return (
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
  );
}
