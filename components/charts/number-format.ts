import type { Locale } from "@/lib/i18n/routing";

/**
 * Counts and euro amounts as readers of the page's language write them: "1 234,5" and "1 234 €"
 * in French (the narrow no-break spaces of Intl's fr-FR, as the site always printed them),
 * "1,234.5" and "€1,234" in English. The formatters are built once per language: building one
 * per call showed in pages that print a hundred figures.
 */
const INTL_LOCALE: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

export interface NumberFormats {
  /** A count or a measure, decimals kept ("12,5"). */
  count: (n: number) => string;
  /** A figure rounded to the unit (chart labels of amounts). */
  whole: (n: number) => string;
  /** Euros without cents. */
  euros: (n: number) => string;
}

function build(locale: Locale): NumberFormats {
  const tag = INTL_LOCALE[locale];
  const count = new Intl.NumberFormat(tag);
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const euros = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  return { count: (n) => count.format(n), whole: (n) => whole.format(n), euros: (n) => euros.format(n) };
}

const FORMATS = Object.fromEntries((Object.keys(INTL_LOCALE) as Locale[]).map((l) => [l, build(l)])) as Record<
  Locale,
  NumberFormats
>;

export function numberFormats(locale: Locale): NumberFormats {
  return FORMATS[locale];
}
