import { z } from "zod";
import { FUNDER_KIND_VALUES } from "../search/filter-registry";

/**
 * The shapes of the API's full records, declared once: the route handlers build them, the
 * OpenAPI document (lib/open-data/openapi.ts) is generated from them, and the tests validate
 * real responses against that document.
 */
const id = z.number().int();
const year = z.number().int().nullable();
const text = z.string().nullable();

export const placementSchema = z.object({
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  precision: z.string().describe("Précision du placement : city, admin, country ou none"),
  ambiguous: z.boolean().describe("Vrai quand plusieurs lieux portent ce nom"),
});

export const thematicRefSchema = z.object({
  id,
  label: z.string(),
  level: z.number().int().min(1).max(3),
  path: z.array(z.string()).describe("Libellés de la racine au nœud"),
});

export const partnerSchema = z.object({
  id,
  slug: z.string(),
  url: z.string(),
  name: z.string().describe("Nom d'affichage de la collectivité"),
  nameAsWritten: z.string().describe("Nom tel qu'écrit sur la fiche"),
  countryCode: z.string().nullable().describe("ISO 3166-1 alpha-2"),
  countryLabel: text,
  kind: text,
  regionCode: text,
  regionName: text,
  placement: placementSchema,
});

export const fundingRowSchema = z.object({
  funder: z.string(),
  funderKind: z.enum(FUNDER_KIND_VALUES),
  funderKindLabel: z.string(),
  year,
  amountEur: z.number().nullable(),
  waterAmountEur: z.number().nullable().describe("Part « 1 % eau » du montant"),
});

const contactSchema = z.object({ role: z.string(), name: z.string(), email: text });

export const embassyPostSchema = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  countryCode: text,
  contacts: z.array(contactSchema).describe("Correspondant et conseiller, comme sur la page du projet"),
});

export const countryRefSchema = z.object({ code: z.string().length(2), name: z.string() });

export const projectRecordSchema = z
  .object({
    slug: z.string(),
    url: z.string(),
    title: z.string(),
    status: text,
    conventionYear: year,
    startYear: year,
    endDate: z.string().nullable().describe("AAAA-MM-JJ"),
    ficheYear: year,
    triennial: z.boolean().nullable(),
    partnershipForm: text,
    texts: z.object({
      context: text,
      history: text,
      objectives: text,
      description: text,
      projectManagers: text,
      contractingAuthorities: text,
      beneficiaries: text,
    }),
    primaryThematic: thematicRefSchema.nullable(),
    thematics: z.array(thematicRefSchema.extend({ primary: z.boolean(), priority: z.number().int().nullable() })),
    sdgs: z.array(
      z.object({ goal: z.number().int().min(1).max(17), label: text, priority: z.number().int().nullable() }),
    ),
    partners: z.object({ french: z.array(partnerSchema), foreign: z.array(partnerSchema) }),
    countries: z.array(countryRefSchema),
    funding: z.array(fundingRowSchema),
    embassyPosts: z.array(embassyPostSchema),
    partnerContacts: z.array(
      z.object({
        collectiviteId: id.nullable(),
        partnerName: z.string(),
        lastName: text,
        firstName: text,
        role: text,
        email: text,
      }),
    ),
    documents: z.array(z.object({ title: z.string(), fileName: text, sizeKb: z.number().nullable() })),
    volunteers: z.array(z.object({ lastName: text, firstName: text, mission: text, field: text, entity: text })),
    source: z.object({ format: z.string(), file: z.string(), url: z.string() }),
    updatedAt: z.string().describe("Date de la dernière importation de la fiche (ISO 8601)"),
  })
  .meta({ id: "Project" });

const fundingByYearKindSchema = z.object({
  year,
  kind: z.enum(FUNDER_KIND_VALUES),
  amount: z.number(),
  rows: z.number().int(),
});

const projectRefSchema = z.object({ slug: z.string(), title: z.string() });

export const collectiviteRecordSchema = z
  .object({
    id,
    slug: z.string(),
    url: z.string(),
    name: z.string(),
    side: z.enum(["french", "foreign"]),
    country: countryRefSchema.nullable(),
    countryLabel: text,
    kind: text,
    officialCode: text.describe("Code officiel (INSEE, SIREN…) pour une collectivité française"),
    departementCode: text,
    regionCode: text,
    regionName: text,
    placement: placementSchema.extend({ source: text, admin1: text }),
    spellings: z.array(z.string()),
    projects: z.array(
      projectRefSchema.extend({
        startYear: year,
        status: text,
        role: z.enum(["lead", "french", "foreign"]),
        countries: z.array(countryRefSchema),
      }),
    ),
    partners: z.array(
      z.object({
        id,
        slug: z.string(),
        name: z.string(),
        role: z.enum(["french", "foreign"]),
        countryCode: z.string(),
        countryName: text,
        placement: placementSchema,
        projects: z.array(projectRefSchema),
      }),
    ),
    fundingByYear: z.array(fundingByYearKindSchema),
  })
  .meta({ id: "Collectivite" });

export const countrySummarySchema = countryRefSchema.extend({
  url: z.string(),
  projectCount: z.number().int(),
  postCount: z.number().int().describe("Postes diplomatiques français du pays"),
});

export const countryListSchema = z
  .object({ total: z.number().int(), items: z.array(countrySummarySchema) })
  .meta({ id: "CountryList" });

export const countryRecordSchema = countrySummarySchema
  .extend({
    projects: z.array(
      projectRefSchema.extend({
        url: z.string(),
        startYear: year,
        status: text,
        french: z.array(z.object({ slug: z.string(), name: z.string() })),
        countries: z.array(countryRefSchema),
      }),
    ),
    partners: z.array(
      z.object({
        id,
        slug: z.string(),
        name: z.string(),
        placement: placementSchema,
        projectCount: z.number().int(),
        projects: z.array(projectRefSchema),
        frenchPartners: z.array(z.object({ slug: z.string(), name: z.string() })),
      }),
    ),
    frenchCollectivites: z.array(
      z.object({
        id,
        slug: z.string(),
        name: z.string(),
        kind: text,
        regionName: text,
        projectCount: z.number().int(),
      }),
    ),
    fundingByYear: z.array(fundingByYearKindSchema),
    thematics: z.array(
      z.object({ id, label: z.string(), level: z.number().int(), parentLabel: text, count: z.number().int() }),
    ),
  })
  .meta({ id: "Country" });

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
    cn: z.array(z.string()).describe("Noms français des pays"),
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
