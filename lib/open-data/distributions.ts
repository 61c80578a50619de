/**
 * The downloads the atlas publishes, declared once: the DCAT catalogue (/catalog.jsonld) and
 * the schema.org Dataset of /donnees both describe them from this list. Paths are relative to
 * the public origin.
 */
export interface Download {
  /** Fragment-free key, also the node's id suffix in the DCAT catalogue. */
  key: string;
  title: string;
  description: string;
  path: string;
  mediaType: string;
  /** The EU file-type vocabulary's code (http://publications.europa.eu/resource/authority/file-type/…). */
  fileType: string;
}

export const DOWNLOADS: readonly Download[] = [
  {
    key: "paquet",
    title: "Paquet de données complet (Data Package)",
    path: "/donnees/atlas.zip",
    description: "Toutes les tables de l'atlas en CSV, avec leur schéma (Frictionless Data Package, datapackage.json).",
    mediaType: "application/zip",
    fileType: "ZIP",
  },
  {
    key: "projets-csv",
    title: "Tous les projets (CSV)",
    path: "/api/projects/export?format=csv",
    description: "Une ligne par projet : partenaires, pays, thématiques, financements.",
    mediaType: "text/csv",
    fileType: "CSV",
  },
  {
    key: "projets-json",
    title: "Tous les projets (JSON)",
    path: "/api/projects/export?format=json",
    description: "Les fiches complètes de tous les projets.",
    mediaType: "application/json",
    fileType: "JSON",
  },
  {
    key: "iati",
    title: "Activités au format IATI (XML)",
    path: "/api/iati.xml",
    description: "Les projets comme activités IATI 2.03, pour les agrégateurs de l'aide au développement.",
    mediaType: "application/xml",
    fileType: "XML",
  },
  {
    key: "flux",
    title: "Flux Atom des nouveaux projets",
    path: "/projets/flux.atom",
    description: "Les 50 derniers projets publiés.",
    mediaType: "application/atom+xml",
    fileType: "ATOM",
  },
];

/** The API, described by its OpenAPI document. */
export const API_SERVICE = {
  title: "API de l'atlas de la coopération décentralisée",
  description: "API JSON en lecture seule : projets, collectivités, pays, thématiques, postes diplomatiques.",
  endpointPath: "/api",
  descriptionPath: "/api/openapi.json",
} as const;

export const DATASET_TITLE = "Atlas de la coopération décentralisée française";
export const DATASET_DESCRIPTION =
  "Projets de coopération décentralisée des collectivités territoriales françaises avec leurs partenaires étrangers : partenaires, pays, thématiques, financements par année.";
export const PUBLISHER_NAME = "Atlas français de la coopération décentralisée (MEAE, CNCD)";
