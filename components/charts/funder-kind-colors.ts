import { FUNDER_KIND_COLORS, FUNDER_KINDS, type FunderKind } from "@/lib/domain/funder-kinds";
import { funderKindName } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";

/** The funder kinds' palette keyed by the label a chart shows as series in `locale`, in the legend's order. */
export function funderKindColors(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(FUNDER_KINDS) as FunderKind[]).map((kind) => [funderKindName(kind, locale), FUNDER_KIND_COLORS[kind]]),
  );
}
