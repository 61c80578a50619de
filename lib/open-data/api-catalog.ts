import { z } from "zod";
import { countryCodeSegment, pathSegment, placeIdSegment } from "../http/route-params";
import { routing } from "../i18n/routing";
import { collectiviteRecordSchema, countryRecordSchema, projectRecordSchema } from "./record-schemas";
import {
  countryListSchema,
  facetValuesSchema,
  mapPointsSchema,
  networkSchema,
  placeProjectsSchema,
  projectExportSchema,
  projectPageSchema,
  thematicTreeSchema,
} from "./response-schemas";

/**
 * Every GET route under app/api, described once for the OpenAPI document (lib/open-data/openapi.ts):
 * its path parameters, whether it reads the shared search parameters, its other query parameters
 * and its response, as zod schemas. A test checks that this list and the app/api folder agree.
 */
export type ExampleKey =
  | "project"
  | "collectivite"
  | "country"
  | "contact"
  | "place"
  | "countryPlace"
  | "facet"
  | "post";

export interface ApiOperation {
  path: string;
  summary: string;
  description?: string;
  pathParams?: Record<string, { schema: z.ZodType; description: string; example: ExampleKey }>;
  searchParams?: boolean;
  query?: Record<string, { schema: z.ZodType; description: string }>;
  response: { mediaType: string; schema?: z.ZodType; description: string };
  errors: number[];
}

const slug = (what: string, example: ExampleKey) => ({
  schema: pathSegment,
  description: `Identifiant (slug) ${what}, tel que dans l'adresse de sa page`,
  example,
});

const countryCode = {
  schema: countryCodeSegment,
  description: "Code ISO 3166-1 alpha-2 (majuscules ou minuscules)",
  example: "country" as const,
};

/** `?lang=` (lib/http/lang.ts): the language of labels, CSV headers and of the text query. */
const lang = {
  schema: z.enum(routing.locales).default("fr"),
  description:
    "Langue des libellés (statut, thématique, pays, type de financeur, ODD), des en-têtes CSV et de la lecture de q ; les clés JSON ne changent pas",
};

/**
 * The two routes of a page's map (GET {page}/map, the places, and {page}/map/places/{id}, one
 * place's popup), served when the page has too many places to carry them.
 */
function pageMapOperations(
  page: string,
  pathParams: NonNullable<ApiOperation["pathParams"]>,
  texts: { map: string; place: string; placeId: { description: string; example: ExampleKey } },
): ApiOperation[] {
  return [
    {
      path: `${page}/map`,
      summary: texts.map,
      description:
        "Même format que /api/map, sans vue par pays (co vide). La page la charge quand elle a trop de lieux pour les inclure.",
      pathParams,
      query: { lang },
      response: { mediaType: "application/json", schema: mapPointsSchema, description: "Les lieux de la carte" },
      errors: [404],
    },
    {
      path: `${page}/map/places/{id}`,
      summary: texts.place,
      pathParams: { ...pathParams, id: { schema: placeIdSegment, ...texts.placeId } },
      query: { lang },
      response: {
        mediaType: "application/json",
        schema: placeProjectsSchema,
        description: "Le lieu et ses 50 premiers projets",
      },
      errors: [404],
    },
  ];
}

export const API_OPERATIONS: ApiOperation[] = [
  {
    path: "/api/projects",
    summary: "Projets correspondant à une recherche, page par page",
    searchParams: true,
    query: {
      page: { schema: z.coerce.number().int().min(1).max(10_000).default(1), description: "Page, à partir de 1" },
      pageSize: {
        schema: z.coerce.number().int().min(1).max(100).default(20),
        description: "Projets par page (1 à 100)",
      },
      lang,
    },
    response: { mediaType: "application/json", schema: projectPageSchema, description: "Une page de résultats" },
    errors: [400],
  },
  {
    path: "/api/projects/export",
    summary: "Tous les projets correspondant à une recherche, à télécharger",
    searchParams: true,
    query: { format: { schema: z.enum(["csv", "json"]).default("csv"), description: "Format du fichier" }, lang },
    response: {
      mediaType: "application/json",
      schema: projectExportSchema,
      description: "Les projets (format=json ; text/csv pour format=csv)",
    },
    errors: [400],
  },
  {
    path: "/api/projects/{slug}",
    summary: "Fiche complète d'un projet",
    description:
      "Toutes les sections de la page du projet : thématiques, partenaires (avec identifiants, pays et placements), financements par année et type de financeur, postes diplomatiques, documents, contacts.",
    pathParams: { slug: slug("du projet", "project") },
    query: { lang },
    response: { mediaType: "application/json", schema: projectRecordSchema, description: "Le projet" },
    errors: [404],
  },
  {
    path: "/api/collectivites/{slug}",
    summary: "Une collectivité française ou étrangère, ses projets et partenaires",
    pathParams: { slug: slug("de la collectivité", "collectivite") },
    response: { mediaType: "application/json", schema: collectiviteRecordSchema, description: "La collectivité" },
    errors: [404],
  },
  ...pageMapOperations(
    "/api/collectivites/{slug}",
    { slug: slug("de la collectivité", "collectivite") },
    {
      map: "La carte de la page d'une collectivité : elle-même et ses partenaires placés, en colonnes",
      place: "Un lieu de la carte d'une collectivité et les projets qu'il partage avec elle (la bulle d'un marqueur)",
      placeId: { description: "Identifiant du lieu, tel que dans la carte", example: "place" },
    },
  ),
  {
    path: "/api/countries",
    summary: "Pays des partenaires étrangers et des postes diplomatiques",
    response: { mediaType: "application/json", schema: countryListSchema, description: "Les pays" },
    errors: [],
  },
  {
    path: "/api/countries/{code}",
    summary: "Un pays : projets, partenaires, collectivités françaises, financements, thématiques",
    pathParams: { code: countryCode },
    response: { mediaType: "application/json", schema: countryRecordSchema, description: "Le pays" },
    errors: [404],
  },
  ...pageMapOperations(
    "/api/countries/{code}",
    { code: countryCode },
    {
      map: "La carte de la page d'un pays : ses collectivités partenaires placées, en colonnes",
      place: "Une collectivité partenaire de la carte d'un pays et ses projets (la bulle d'un marqueur)",
      placeId: { description: "Identifiant du lieu, tel que dans la carte du pays", example: "countryPlace" },
    },
  ),
  {
    path: "/api/thematics",
    summary: "L'arbre des thématiques, avec le nombre de projets",
    response: {
      mediaType: "application/json",
      schema: thematicTreeSchema,
      description: "Les thématiques racines et leurs descendants",
    },
    errors: [],
  },
  {
    path: "/api/map",
    summary: "Lieux de la carte, en colonnes (ce que la vue groupée dessine)",
    searchParams: true,
    query: { lang },
    response: { mediaType: "application/json", schema: mapPointsSchema, description: "Les lieux des projets trouvés" },
    errors: [],
  },
  {
    path: "/api/map/places/{id}",
    summary: "Un lieu de la carte et ses projets correspondants (la bulle d'un marqueur)",
    searchParams: true,
    query: { lang },
    pathParams: {
      id: {
        schema: pathSegment,
        description: "Identifiant du lieu (de la collectivité), tel que dans /api/map",
        example: "place",
      },
    },
    response: {
      mediaType: "application/json",
      schema: placeProjectsSchema,
      description: "Le lieu et ses 50 premiers projets",
    },
    errors: [404],
  },
  {
    path: "/api/facets/{key}",
    summary: "Valeurs d'une facette dont le libellé contient un texte, comptées pour une recherche",
    searchParams: true,
    pathParams: {
      key: { schema: pathSegment, description: "Clé de la facette (country, french, thematic…)", example: "facet" },
    },
    query: {
      lang,
      term: { schema: z.string().max(100), description: "Texte cherché dans les libellés (accents et casse ignorés)" },
    },
    response: {
      mediaType: "application/json",
      schema: facetValuesSchema,
      description: "20 valeurs au plus, les plus fréquentes d'abord",
    },
    errors: [404],
  },
  {
    path: "/api/network",
    summary: "Réseau des collectivités liées par des projets communs",
    searchParams: true,
    query: { lang },
    response: { mediaType: "application/json", schema: networkSchema, description: "Collectivités et liens pondérés" },
    errors: [],
  },
  {
    path: "/api/iati.xml",
    summary: "Les projets trouvés au format IATI 2.03 (iati-activities)",
    searchParams: true,
    response: { mediaType: "application/xml", description: "Un document iati-activities" },
    errors: [],
  },
  {
    path: "/api/quality/export",
    summary: "Une liste de la page Qualité des données, à télécharger",
    query: {
      list: {
        schema: z.string(),
        description:
          "La liste (en-cours-echus, titres-coupes, sans-financement, sans-contacts, placements, courriels, doublons, avertissements)",
      },
      lang,
      country: { schema: z.string().regex(/^[A-Za-z]{2}$/), description: "Pays (code ISO alpha-2)" },
      collectivite: { schema: z.string(), description: "Collectivité (slug ou nom)" },
    },
    response: { mediaType: "text/csv", description: "La liste en CSV" },
    errors: [400],
  },
  {
    path: "/api/map/base",
    summary: "Fond de carte hors ligne (pays du monde, GeoJSON simplifié)",
    response: { mediaType: "application/json", description: "Une FeatureCollection GeoJSON" },
    errors: [],
  },
  {
    path: "/api/contacts/export",
    summary: "Annuaire des contacts, à télécharger",
    query: {
      format: { schema: z.enum(["csv", "vcf"]).default("csv"), description: "Format du fichier" },
      q: { schema: z.string(), description: "Texte cherché dans l'annuaire" },
      country: { schema: z.string().regex(/^[A-Za-z]{2}$/), description: "Pays (code ISO alpha-2)" },
      lang,
    },
    response: { mediaType: "text/csv", description: "Les contacts (text/vcard pour format=vcf)" },
    errors: [400],
  },
  {
    path: "/api/contacts/vcard/{key}",
    summary: "La carte de visite (vCard) d'un contact",
    pathParams: {
      key: {
        schema: pathSegment,
        description: "embassy-<id> ou partner-<id>, comme sur /contacts",
        example: "contact",
      },
    },
    response: { mediaType: "text/vcard", description: "Une vCard" },
    errors: [404],
  },
  {
    path: "/api/posts/{slug}/vcard",
    summary: "Les cartes de visite (vCard) des contacts actuels d'un poste diplomatique",
    pathParams: { slug: slug("du poste", "post") },
    response: { mediaType: "text/vcard", description: "Une vCard par contact" },
    errors: [404],
  },
  {
    path: "/api/openapi.json",
    summary: "Ce document OpenAPI",
    response: { mediaType: "application/json", description: "La description OpenAPI 3.1 de l'API" },
    errors: [],
  },
];
