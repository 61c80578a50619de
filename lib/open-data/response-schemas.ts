import { z } from "zod";
import { countrySummarySchema } from "./record-schemas";
import { id, text, year } from "./schema-fields";

/**
 * The shapes of the API's other responses: lists, pages of search results, the thematic tree,
 * the map and network payloads. Like the records (./record-schemas.ts), the OpenAPI document is
 * generated from them.
 */

export const countryListSchema = z
  .object({ total: z.number().int(), items: z.array(countrySummarySchema) })
  .meta({ id: "CountryList" });

export interface ThematicNode {
  id: number;
  label: string;
  level: number;
  projectCount: number;
  children: ThematicNode[];
}

export const thematicNodeSchema: z.ZodType<ThematicNode> = z
  .object({
    id,
    label: z.string(),
    level: z.number().int().min(1).max(3),
    projectCount: z.number().int().describe("Projets classés sous ce nœud ou ses descendants"),
    get children() {
      return z.array(thematicNodeSchema);
    },
  })
  .meta({ id: "ThematicNode" });

export const thematicTreeSchema = z.object({ items: z.array(thematicNodeSchema) }).meta({ id: "ThematicTree" });

/** One project in the API's search results and the JSON export (lib/export/projects.ts builds it). */
export const projectListItemSchema = z
  .object({
    id,
    title: z.string(),
    url: z.string(),
    startYear: year,
    conventionYear: year,
    endDate: text,
    status: text,
    thematic: text,
    frenchPartners: z.array(z.string()),
    countries: z.array(z.string()),
    countryCodes: z.array(z.string()),
  })
  .meta({ id: "ProjectListItem" });

export const projectPageSchema = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    next: z.string().nullable().describe("Adresse absolue de la page suivante, null sur la dernière"),
    q: text.describe("Texte réellement cherché (coupé à 200 caractères)"),
    queryTruncated: z.boolean(),
    items: z.array(projectListItemSchema),
  })
  .meta({ id: "ProjectPage" });

export const projectExportSchema = z
  .object({ total: z.number().int(), items: z.array(projectListItemSchema) })
  .meta({ id: "ProjectExport" });

export const mapPointsSchema = z
  .object({
    v: z.literal(2),
    i: z.array(z.number().int()).describe("Identifiants des lieux, chacun en écart au précédent"),
    y: z.array(z.number().int()).describe("Latitudes en millièmes de degré, en écart à la précédente"),
    x: z.array(z.number().int()).describe("Longitudes en millièmes de degré, en écart à la précédente"),
    n: z.array(z.string()).describe("Noms des lieux"),
    k: z.array(z.number().int()).describe("Rang du pays de chaque lieu dans cc"),
    f: z.string().describe("Une lettre par lieu : côté, précision et ambiguïté"),
    j: z.array(z.number().int()).describe("Nombre de projets correspondants de chaque lieu"),
    cc: z.array(z.string()).describe("Codes ISO des pays"),
    cn: z.array(z.string()).describe("Noms des pays, dans la langue de lang"),
    co: z.array(z.tuple([z.string(), z.string(), z.number().int()])).describe("Vue par pays : [code, nom, projets]"),
  })
  .meta({ id: "MapPoints" });

export const placeProjectsSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    countryCode: z.string(),
    countryName: z.string(),
    side: z.enum(["french", "foreign"]),
    lat: z.number(),
    lon: z.number(),
    precision: z.string(),
    ambiguous: z.boolean(),
    projectCount: z.number().int().describe("Projets correspondants en tout"),
    projects: z.array(z.object({ slug: z.string(), title: z.string() })).describe("Les 50 premiers par titre"),
  })
  .meta({ id: "PlaceProjects" });

export const facetValuesSchema = z
  .object({
    values: z.array(z.object({ value: z.union([z.string(), z.number()]), label: z.string(), count: z.number().int() })),
  })
  .meta({ id: "FacetValues" });

export const networkSchema = z
  .object({
    v: z.literal(1),
    n: z
      .array(z.array(z.unknown()))
      .describe("Collectivités : [id, slug, nom, côté (0 française, 1 étrangère), pays, projets, lon, lat]"),
    e: z
      .array(z.tuple([z.number().int(), z.number().int(), z.number().int()]))
      .describe("Liens : [rang source, rang cible, projets partagés]"),
  })
  .meta({ id: "Network" });
