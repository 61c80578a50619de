import { countryLabel, precisionName } from "../i18n/data-labels";
import type { Locale } from "../i18n/routing";
import type { QualityFinding, QualityRow } from "./quality";

/**
 * A data-quality finding in words: the message of the `quality.findings` catalogue and its values.
 * Fiche content inside a message (a title, a contact's name, the parser's warnings) sits in a
 * `<content>` tag, so the page can mark it as French and the CSV can keep it as plain text.
 */
export interface FindingMessage {
  key: string;
  values: Record<string, string | number>;
}

const END_DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

export function findingMessage(finding: QualityFinding, locale: Locale): FindingMessage {
  switch (finding.kind) {
    case "overdue":
      return { key: "overdue", values: { date: END_DATE_FORMATS[locale].format(new Date(finding.endDate)) } };
    case "length":
      return { key: "length", values: { count: finding.characters } };
    case "obfuscatedEmail":
    case "malformedEmail":
      return { key: finding.kind, values: { email: finding.email, who: finding.who } };
    case "closeTo":
      return { key: "closeTo", values: { title: finding.title } };
    case "warnings":
      return { key: "warnings", values: { warnings: finding.warnings } };
    case "placement":
      return {
        key: finding.ambiguous ? "placementAmbiguous" : "placement",
        values: { precision: precisionName(finding.precision, locale) },
      };
    default:
      return { key: finding.kind, values: {} };
  }
}

/** The row's countries in `locale`, comma-separated. */
export function rowCountries(row: QualityRow, locale: Locale): string {
  return row.countries.map((country) => countryLabel(country.code, country.name, locale)).join(", ");
}
