import { createHash } from "node:crypto";
import { foldForMatch } from "../text/fold";
import type { Fiche } from "../fiche";
import type { FrenchResolution } from "../geo/types";

/**
 * A fiche has no id of its own, so its identity is derived from what does not change when
 * the fiche is edited: title, first French collectivité, convention year and start year.
 */
export function identityKey(fiche: Fiche): string {
  const parts = [
    foldForMatch(fiche.title),
    foldForMatch(fiche.frenchPartners[0] ?? ""),
    String(fiche.conventionYear ?? ""),
    String(fiche.startYear ?? ""),
  ];
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** URL-safe words of a label: "Pérennisation du Réseau" → "perennisation-du-reseau". */
export function slugify(label: string, maxWords = 8): string {
  return (
    foldForMatch(label)
      .replace(/[^a-z0-9 ]/g, " ")
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, maxWords)
      .join("-") || "sans-titre"
  );
}

/** Readable and unique: the first words of the title and a short piece of the identity. */
export function projectSlug(fiche: Fiche, key: string): string {
  return `${slugify(fiche.title)}-${key.slice(0, 6)}`;
}

/**
 * Slugs for a batch of new records, each with a fallback for when another record already holds
 * it (see freeSlugSql): two keys can give one slug ("Montréal, Rosemont" and "Montréal
 * Rosemont"), and a slug repeated within the batch takes its fallback at once.
 */
export function slugChoices(items: { slug: string; key: string }[]): { slug: string; fallback: string }[] {
  const taken = new Set<string>();
  return items.map(({ slug, key }) => {
    const fallback = `${slug}-${sha256(key).slice(0, 6)}`;
    if (taken.has(slug)) return { slug: fallback, fallback };
    taken.add(slug);
    return { slug, fallback };
  });
}

/**
 * A French collectivité recognised without doubt is one body whatever its spelling ("Région
 * Occitanie", "Conseil régional d'Occitanie"): its key is its kind and official code (INSEE,
 * SIREN for an EPCI). A guess is not enough to merge two names: a fuzzy match, an
 * arrondissement taken for its city or an ambiguous name keeps its folded name (nameKey).
 * The migration 20261202000000_french_collectivites_by_official_code applies the same rule.
 */
function isSure(resolved: FrenchResolution | null): resolved is FrenchResolution {
  return (
    resolved !== null && !resolved.ambiguous && resolved.precision !== "fuzzy" && resolved.precision !== "city-part"
  );
}

export function collectiviteIdentity(nameKey: string, resolved: FrenchResolution | null): string {
  return isSure(resolved) ? `${resolved.kind}:${resolved.officialCode}` : nameKey;
}

/**
 * The words of a new record's slug: a body known by its code takes its official name, so its
 * address does not depend on which spelling an import happened to write first.
 */
export function collectiviteSlugName(nameKey: string, resolved: FrenchResolution | null): string {
  if (!isSure(resolved)) return nameKey;
  const unit: Partial<Record<FrenchResolution["kind"], string>> = { region: "Région", departement: "Département" };
  return [unit[resolved.kind], resolved.officialName].filter(Boolean).join(" ");
}
