import { EMBASSY_ROLE_LABELS, type EmbassyRole } from "@/lib/domain/embassy-roles";
import { funderKindLabel } from "@/lib/domain/funder-kinds";
import type { Locale } from "./routing";

/**
 * The labels of the data's vocabularies (thematic tree, status, funder kinds, SDGs, placement
 * precision, embassy roles, countries) in the page's language. Fiche content (titles,
 * descriptions, partner names) is never translated: mark it with `lang={contentLang(locale)}`.
 *
 * STUB: returns the French label until the data-label translation lands; call sites are final.
 */
export function thematicLabel(frenchLabel: string, _locale: Locale): string {
  return frenchLabel;
}

export function statusLabel(frenchStatus: string, _locale: Locale): string {
  return frenchStatus;
}

export function funderKindName(kind: string, _locale: Locale): string {
  return funderKindLabel(kind);
}

/** The SDG's name, from its French name as the fiche gives it ("Objectif 6 : Eau propre…" or its number). */
export function sdgName(frenchName: string, _locale: Locale): string {
  return frenchName;
}

export function precisionLabel(frenchLabel: string, _locale: Locale): string {
  return frenchLabel;
}

export function embassyRoleLabel(role: EmbassyRole, _locale: Locale): string {
  return EMBASSY_ROLE_LABELS[role];
}

/** A country's name: `fallback` (the name the data gives) when the code is unknown. */
export function countryLabel(_code: string, fallback: string, _locale: Locale): string {
  return fallback;
}

/** The `lang` attribute for fiche content: none on French pages, "fr" inside pages of another language. */
export function contentLang(locale: Locale): "fr" | undefined {
  return locale === "fr" ? undefined : "fr";
}
