import { z } from "zod";

/**
 * Zod mirror of tests/fixtures/fiche.schema.json (the contract). Strict objects because the
 * contract says additionalProperties: false; shape order equals the contract's `required`
 * order, which is also the key order the parser emits (tests compare JSON.stringify output).
 */
const text = z.string().nullable();
const year = z.int().nullable();

export const thematicSchema = z.strictObject({
  theme: z.string(),
  subTheme: z.string().nullable(),
  subSubTheme: z.string().nullable(),
});

export const otherThematicSchema = z.strictObject({
  theme: z.string(),
  subTheme: z.string().nullable(),
  subSubTheme: z.string().nullable(),
  priority: z.int().nullable(),
});

export const sdgSchema = z.strictObject({
  goal: z.int().min(1).max(17),
  label: z.string().nullable(),
  priority: z.int().nullable(),
});

export const foreignPartnerSchema = z.strictObject({
  name: z.string(),
  country: z.string().nullable(),
});

export const foreignContactSchema = z.strictObject({
  partner: z.string(),
  lastName: z.string().nullable(),
  firstName: z.string().nullable(),
  role: z.string().nullable(),
  email: z.string().nullable(),
});

export const fundingSchema = z.strictObject({
  funder: z.string(),
  amountEur: z.number().nullable(),
  waterAmountEur: z.number().nullable(),
  year: z.int().nullable(),
});

export const volunteerSchema = z.strictObject({
  lastName: z.string().nullable(),
  firstName: z.string().nullable(),
  mission: z.string().nullable(),
  field: z.string().nullable(),
  entity: z.string().nullable(),
});

export const documentSchema = z.strictObject({
  title: z.string(),
  sizeKb: z.number().nullable(),
  fileName: z.string().nullable(),
});

export const embassyContactSchema = z.strictObject({
  role: z.enum(["correspondent", "counsellor"]),
  name: z.string(),
  email: z.string().nullable(),
});

export const embassyPostSchema = z.strictObject({
  post: z.string(),
  contacts: z.array(embassyContactSchema),
});

export const FICHE_FORMATS = ["text", "markdown", "html"] as const;

export const ficheSchema = z.strictObject({
  format: z.enum(FICHE_FORMATS),
  title: z.string().min(1),
  conventionYear: year,
  thematic: thematicSchema.nullable(),
  otherThematics: z.array(otherThematicSchema),
  sdgs: z.array(sdgSchema),
  startYear: year,
  status: z.string().nullable(),
  endDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  context: text,
  history: text,
  objectives: text,
  description: text,
  partnershipForm: z.string().nullable(),
  projectManagers: z.string().nullable(),
  contractingAuthorities: z.string().nullable(),
  beneficiaries: text,
  foreignPartners: z.array(foreignPartnerSchema),
  foreignContacts: z.array(foreignContactSchema),
  frenchPartners: z.array(z.string()),
  triennial: z.boolean().nullable(),
  funding: z.array(fundingSchema),
  volunteers: z.array(volunteerSchema),
  documents: z.array(documentSchema),
  embassyPosts: z.array(embassyPostSchema),
});

export type Fiche = z.infer<typeof ficheSchema>;
export type FicheFormat = Fiche["format"];
export type OtherThematic = z.infer<typeof otherThematicSchema>;
export type Sdg = z.infer<typeof sdgSchema>;
export type ForeignPartner = z.infer<typeof foreignPartnerSchema>;
export type ForeignContact = z.infer<typeof foreignContactSchema>;
export type Funding = z.infer<typeof fundingSchema>;
export type Volunteer = z.infer<typeof volunteerSchema>;
export type FicheDocument = z.infer<typeof documentSchema>;
export type EmbassyPost = z.infer<typeof embassyPostSchema>;
export type EmbassyContact = z.infer<typeof embassyContactSchema>;

/** Output key order (= the contract's `required` order). */
export const FICHE_KEYS = Object.keys(ficheSchema.shape) as (keyof Fiche)[];
