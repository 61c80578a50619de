import { frenchCountryName } from "../countries";
import { PACKAGE_LICENSE } from "./license";
import { DATASET_DESCRIPTION, DATASET_TITLE, DOWNLOADS, PUBLISHER_NAME } from "./distributions";

/**
 * schema.org descriptions of the atlas's pages, for search engines (rendered as JSON-LD by
 * components/layout/JsonLd.tsx). Pure: each takes what its page already loaded, the inputs
 * typed as narrowly as the builder reads them, and the public origin for absolute URLs.
 */
const CONTEXT = "https://schema.org";

export interface ProjectInput {
  slug: string;
  title: string;
  description: string | null;
  objectives: string | null;
  startYear: number | null;
  endDate: Date | null;
  countryCodes: string[];
  partners: {
    role: string;
    nameAsWritten: string;
    collectivite: { slug: string; displayName: string; countryCode: string };
  }[];
  funding: { funder: { name: string }; amountEur: { toNumber(): number } | null; year: number | null }[];
}

export interface CollectiviteInput {
  slug: string;
  name: string;
  countryCode: string;
  countryName: string | null;
  officialCode: string | null;
  regionName: string | null;
  lat: number | null;
  lon: number | null;
  spellings: string[];
}

function country(code: string) {
  return { "@type": "Country", name: frenchCountryName(code) ?? code, identifier: code };
}

/** A grant of one funder for one year: the year bounds the amount's validity. */
function grant({ funder, amountEur, year }: ProjectInput["funding"][number]) {
  const amount =
    amountEur === null
      ? undefined
      : {
          "@type": "MonetaryAmount",
          currency: "EUR",
          value: amountEur.toNumber(),
          ...(year === null ? {} : { validFrom: `${year}-01-01`, validThrough: `${year}-12-31` }),
        };
  return {
    "@type": "MonetaryGrant",
    funder: { "@type": "Organization", name: funder.name },
    ...(amount ? { amount } : {}),
  };
}

export function projectSchema(project: ProjectInput, origin: string) {
  const summary = project.description || project.objectives;
  return {
    "@context": CONTEXT,
    "@type": "Project",
    name: project.title,
    url: `${origin}/projets/${project.slug}`,
    ...(summary ? { description: summary.slice(0, 500) } : {}),
    ...(project.startYear === null ? {} : { foundingDate: String(project.startYear) }),
    ...(project.endDate === null ? {} : { dissolutionDate: project.endDate.toISOString().slice(0, 10) }),
    member: project.partners.map((p) => ({
      "@type": "GovernmentOrganization",
      name: p.collectivite.displayName,
      url: `${origin}/collectivites/${p.collectivite.slug}`,
      ...(p.collectivite.countryCode
        ? { address: { "@type": "PostalAddress", addressCountry: p.collectivite.countryCode } }
        : {}),
    })),
    funding: project.funding.map(grant),
    areaServed: project.countryCodes.map(country),
  };
}

export function collectiviteSchema(c: CollectiviteInput, origin: string) {
  return {
    "@context": CONTEXT,
    "@type": "GovernmentOrganization",
    name: c.name,
    url: `${origin}/collectivites/${c.slug}`,
    ...(c.spellings.length > 0 ? { alternateName: c.spellings } : {}),
    ...(c.officialCode ? { identifier: c.officialCode } : {}),
    ...(c.countryCode
      ? {
          address: {
            "@type": "PostalAddress",
            addressCountry: c.countryCode,
            ...(c.regionName ? { addressRegion: c.regionName } : {}),
          },
        }
      : {}),
    ...(c.lat !== null && c.lon !== null
      ? { geo: { "@type": "GeoCoordinates", latitude: c.lat, longitude: c.lon } }
      : {}),
  };
}

export function datasetSchema(origin: string) {
  return {
    "@context": CONTEXT,
    "@type": "Dataset",
    name: DATASET_TITLE,
    description: DATASET_DESCRIPTION,
    url: `${origin}/donnees`,
    inLanguage: "fr",
    license: PACKAGE_LICENSE.path,
    isAccessibleForFree: true,
    publisher: { "@type": "Organization", name: PUBLISHER_NAME },
    distribution: DOWNLOADS.map((d) => ({
      "@type": "DataDownload",
      name: d.title,
      description: d.description,
      encodingFormat: d.mediaType,
      contentUrl: `${origin}${d.path}`,
    })),
  };
}

/** The text of a JSON-LD <script>: `<` as \u003c, so that no value ("</script>", "<!--") can end the element early. */
export function jsonLdScriptText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
