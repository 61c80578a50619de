/**
 * The IATI codes the atlas speaks, as data: each table maps one atlas notion to an IATI 2.03
 * codelist (https://iatistandard.org/en/iati-standard/203/codelists/). The README's IATI table
 * is written from these.
 */

/** OrganisationType: 11 Government (local), 10 Government (the Ministry). */
export const ORGANISATION_TYPE = { localGovernment: "11", government: "10" } as const;

/** OrganisationRole: 1 Funding, 3 Extending (the carrying collectivité), 4 Implementing. */
export const ORGANISATION_ROLE = { funding: "1", extending: "3", implementing: "4" } as const;

/** ActivityStatus by the fiche's status (folded): 2 Implementation, 4 Post-completion. */
export const ACTIVITY_STATUS: Record<string, string> = { termine: "4", "termine(e)": "4", acheve: "4", clos: "4" };
export const DEFAULT_ACTIVITY_STATUS = "2";

/** ActivityDateType: 2 Actual start, 3 Planned end, 4 Actual end. */
export const ACTIVITY_DATE_TYPE = { actualStart: "2", plannedEnd: "3", actualEnd: "4" } as const;

/** SectorVocabulary: 1 OECD DAC CRS 5-digit, 99 Reporting organisation (the atlas's thematic tree). */
export const SECTOR_VOCABULARY = { dac5: "1", reportingOrganisation: "99" } as const;

/** TagVocabulary 2: UN Sustainable Development Goals, code = the goal's number. */
export const SDG_TAG_VOCABULARY = "2";

/** BudgetType 1 Original, BudgetStatus 2 Committed (the fiche states what was granted). */
export const BUDGET = { type: "1", status: "2", currency: "EUR" } as const;

/** GeographicExactness by the atlas's placement precision: 1 Exact, 2 Approximate; no location without coordinates. */
export const LOCATION_EXACTNESS: Record<string, string> = {
  exact: "1",
  fuzzy: "2",
  "city-part": "2",
  region: "2",
  country: "2",
};

/** GeographicLocationClass 2 Populated place; feature designation PPL (populated place) for cities. */
export const LOCATION_CLASS = "2";
export const LOCATION_FEATURE = "PPL";

/** DocumentCategory A12 Activity web page: the atlas page lists the document (files are not online). */
export const DOCUMENT_CATEGORY = "A12";

/** The funder kinds (lib/domain/funder-kinds.ts) that appear as funding participating-orgs. */
export const FUNDING_KINDS = ["meae", "french-collectivite"] as const;
export const MINISTRY_NAME = "Ministère de l'Europe et des Affaires étrangères";
/** The Ministry's IATI organisation identifier (France, SIREN-style registry FR-3). */
export const MINISTRY_REF = "FR-3";
