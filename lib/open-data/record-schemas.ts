import { z } from "zod";
import { FUNDER_KIND_VALUES } from "../search/filter-registry";

import { id, text, year } from "./schema-fields";

/**
 * The shapes of the API's full records (a project, a collectivité, a country) and of their parts,
 * declared once: the route handlers build them, the OpenAPI document (lib/open-data/openapi.ts)
 * is generated from them, and the tests validate real responses against that document.
 */

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

/** A collectivité named on another record's page (its partners, its country's collectivités). */
const collectiviteRefSchema = z.object({ id, slug: z.string(), name: z.string() });

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
      collectiviteRefSchema.extend({
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
      collectiviteRefSchema.extend({
        placement: placementSchema,
        projectCount: z.number().int(),
        projects: z.array(projectRefSchema),
        frenchPartners: z.array(z.object({ slug: z.string(), name: z.string() })),
      }),
    ),
    frenchCollectivites: z.array(
      collectiviteRefSchema.extend({
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
