import countries from "i18n-iso-countries";
import { PACKAGE_LICENSE } from "./license";
import { API_SERVICE, DATASET_DESCRIPTION, DATASET_TITLE, DOWNLOADS, PUBLISHER_NAME } from "./distributions";

/**
 * The DCAT-AP catalogue of the atlas (GET /catalog.jsonld), in JSON-LD: one dataset, its
 * downloads as distributions, the API as a dcat:DataService described by its OpenAPI document.
 * The context is written inline (prefixes only) so that a reader expands it without fetching
 * anything. Pure: the facts from the database come in as `CatalogFacts` (lib/open-data/catalog-facts.ts).
 */
export interface CatalogFacts {
  /** Newest project update (the last import), ISO 8601. */
  modified: string;
  firstStartYear: number | null;
  lastStartYear: number | null;
  /** The partner countries: ISO 3166 alpha-2 code and French name. */
  countries: { code: string; name: string }[];
}

const CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  skos: "http://www.w3.org/2004/02/skos/core#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};
const EU = "http://publications.europa.eu/resource/authority";
/** The licence's SPDX identifier URI (etalab-2.0), its page on etalab.gouv.fr as foaf:page. */
const LICENSE = {
  "@id": `http://spdx.org/licenses/${PACKAGE_LICENSE.name}`,
  "@type": "dct:LicenseDocument",
  "dct:title": PACKAGE_LICENSE.title,
  "foaf:page": { "@id": PACKAGE_LICENSE.path },
};
const french = (text: string) => ({ "@value": text, "@language": "fr" });
const ref = (iri: string) => ({ "@id": iri });

function temporal(facts: CatalogFacts) {
  if (facts.firstStartYear === null || facts.lastStartYear === null) return undefined;
  return {
    "@type": "dct:PeriodOfTime",
    "dcat:startDate": { "@value": `${facts.firstStartYear}-01-01`, "@type": "xsd:date" },
    "dcat:endDate": { "@value": `${facts.lastStartYear}-12-31`, "@type": "xsd:date" },
  };
}

/** A country as the EU country authority names it (alpha-3), or a blank location when it has no alpha-3 code (Kosovo). */
function location({ code, name }: CatalogFacts["countries"][number]) {
  const alpha3 = countries.alpha2ToAlpha3(code);
  return {
    ...(alpha3 ? { "@id": `${EU}/country/${alpha3}` } : {}),
    "@type": "dct:Location",
    "skos:prefLabel": french(name),
    "skos:notation": code,
  };
}

export function dcatCatalog(origin: string, facts: CatalogFacts) {
  const datasetId = `${origin}/donnees#jeu-de-donnees`;
  const serviceId = `${origin}${API_SERVICE.endpointPath}`;
  const publisher = {
    "@id": `${origin}/#editeur`,
    "@type": "foaf:Agent",
    "foaf:name": PUBLISHER_NAME,
    "foaf:homepage": ref(`${origin}/`),
  };
  const modified = { "@value": facts.modified, "@type": "xsd:dateTime" };
  const downloads = DOWNLOADS.map((d) => ({
    "@id": `${origin}/catalog.jsonld#${d.key}`,
    "@type": "dcat:Distribution",
    "dct:title": french(d.title),
    "dct:description": french(d.description),
    "dcat:accessURL": ref(`${origin}${d.path}`),
    "dcat:downloadURL": ref(`${origin}${d.path}`),
    "dcat:mediaType": ref(`https://www.iana.org/assignments/media-types/${d.mediaType}`),
    "dct:format": ref(`${EU}/file-type/${d.fileType}`),
    "dct:license": ref(LICENSE["@id"]),
    "dct:modified": modified,
  }));
  const api = {
    "@id": `${origin}/catalog.jsonld#api`,
    "@type": "dcat:Distribution",
    "dct:title": french(API_SERVICE.title),
    "dct:description": french(API_SERVICE.description),
    "dcat:accessURL": ref(serviceId),
    "dcat:accessService": ref(serviceId),
    "dcat:mediaType": ref("https://www.iana.org/assignments/media-types/application/json"),
    "dct:license": ref(LICENSE["@id"]),
  };
  const service = {
    "@id": serviceId,
    "@type": "dcat:DataService",
    "dct:title": french(API_SERVICE.title),
    "dct:description": french(API_SERVICE.description),
    "dcat:endpointURL": ref(serviceId),
    "dcat:endpointDescription": ref(`${origin}${API_SERVICE.descriptionPath}`),
    "dct:conformsTo": ref("https://spec.openapis.org/oas/v3.1.0"),
    "dcat:servesDataset": ref(datasetId),
    "dct:publisher": ref(publisher["@id"]),
    "dct:license": ref(LICENSE["@id"]),
  };
  const dataset = {
    "@id": datasetId,
    "@type": "dcat:Dataset",
    "dct:title": french(DATASET_TITLE),
    "dct:description": french(DATASET_DESCRIPTION),
    "dct:publisher": ref(publisher["@id"]),
    "dct:license": ref(LICENSE["@id"]),
    "dct:language": ref(`${EU}/language/FRA`),
    "dct:modified": modified,
    "dcat:landingPage": ref(`${origin}/donnees`),
    "dcat:keyword": [
      "coopération décentralisée",
      "collectivités territoriales",
      "aide au développement",
      "action extérieure",
    ].map(french),
    ...(temporal(facts) ? { "dct:temporal": temporal(facts) } : {}),
    "dct:spatial": facts.countries.map(location),
    "dcat:distribution": [...downloads, api],
  };
  return {
    "@context": CONTEXT,
    "@id": `${origin}/catalog.jsonld`,
    "@type": "dcat:Catalog",
    "dct:title": french(`Catalogue de l'${DATASET_TITLE.charAt(0).toLowerCase()}${DATASET_TITLE.slice(1)}`),
    "dct:description": french("Les données ouvertes de l'atlas : paquet de données, exports, API."),
    "dct:publisher": publisher,
    "dct:license": LICENSE,
    "dct:language": ref(`${EU}/language/FRA`),
    "dct:modified": modified,
    "foaf:homepage": ref(`${origin}/donnees`),
    "dcat:dataset": dataset,
    "dcat:service": service,
  };
}
