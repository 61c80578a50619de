import type { Fiche } from "../fiche";
import { type SearchLabels, searchLabelsOf } from "./search-labels";
import { countryCodeFromFrenchName, frenchCountryName } from "../countries";
import {
  normalizeCollectiviteName,
  placeForeignGroup,
  resolveFrenchCollectivite,
  type Placement,
  unplaced,
} from "../geo";
import { postCountry } from "../geo/post-country";
import { foldForMatch } from "../text/fold";
import type { FunderKind } from "../domain/funder-kinds";
import { funderKind, fundingRowKind } from "./funders";
import { collectiviteIdentity, collectiviteSlugName, identityKey, projectSlug, sha256 } from "./identity";

/**
 * Everything a fiche needs computed before its transaction opens (names normalised, places
 * found, funders classified), so the transaction itself only writes and stays short.
 */
export interface PreparedCollectivite {
  /** The folded name as written (normalizeCollectiviteName). */
  nameKey: string;
  /** What makes it one record: the folded name, or a French body's kind and official code (collectiviteIdentity). */
  identity: string;
  /** The words of its slug when it is new (collectiviteSlugName). */
  slugName: string;
  countryCode: string;
  countryLabel: string | null;
  nameAsWritten: string;
  side: "french" | "foreign";
  kind: string | null;
  officialCode: string | null;
  departementCode: string | null;
  regionCode: string | null;
  regionName: string | null;
  placement: Placement;
}

export interface PreparedFunding {
  funderKey: string;
  funderName: string;
  generalKind: FunderKind;
  rowKind: FunderKind;
  amountEur: number | null;
  waterAmountEur: number | null;
  year: number | null;
}

export interface PreparedThematic {
  path: string[]; // [theme, subTheme?, subSubTheme?]
  isPrimary: boolean;
  priority: number | null;
}

export interface PreparedPost {
  name: string;
  countryCode: string | null;
  contacts: { role: string; name: string; email: string | null }[];
}

export interface PreparedFiche {
  file: string;
  fiche: Fiche;
  raw: string;
  checksum: string;
  identityKey: string;
  slug: string;
  ficheYear: number | null;
  searchNames: string;
  /** Thematic and country names in French and English, for search in either language. */
  searchLabels: SearchLabels;
  thematics: PreparedThematic[];
  foreign: PreparedCollectivite[];
  french: PreparedCollectivite[];
  funding: PreparedFunding[];
  posts: PreparedPost[];
  countries: { code: string; label: string }[];
  warnings: string[];
}

function thematicPath(t: { theme: string; subTheme: string | null; subSubTheme: string | null }): string[] {
  const path = [t.theme];
  if (t.subTheme) path.push(t.subTheme);
  if (t.subTheme && t.subSubTheme) path.push(t.subSubTheme);
  return path;
}

export function prepareFiche(file: string, raw: string, fiche: Fiche, parseWarnings: string[]): PreparedFiche {
  const warnings = parseWarnings.map((w) => `${file}: ${w}`);
  const key = identityKey(fiche);

  const foreignPlacements = placeForeignGroup(
    fiche.foreignPartners.map((p) => ({
      name: p.name,
      countryCode: p.country ? countryCodeFromFrenchName(p.country) : null,
    })),
  );
  const foreign: PreparedCollectivite[] = fiche.foreignPartners.map((p, i) => {
    const code = p.country ? countryCodeFromFrenchName(p.country) : null;
    if (p.country && !code) warnings.push(`${file}: pays inconnu « ${p.country} » pour ${p.name}`);
    const placement = foreignPlacements[i];
    if (placement.precision === "none")
      warnings.push(`${file}: ${p.name} (${p.country ?? "pays ?"}) n'a pas pu être placé`);
    const nameKey = normalizeCollectiviteName(p.name);
    return {
      nameKey,
      identity: nameKey,
      slugName: nameKey,
      countryCode: code ?? "",
      countryLabel: p.country,
      nameAsWritten: p.name,
      side: "foreign",
      kind: null,
      officialCode: null,
      departementCode: null,
      regionCode: null,
      regionName: null,
      placement,
    };
  });

  const french: PreparedCollectivite[] = fiche.frenchPartners.map((name) => {
    const resolved = resolveFrenchCollectivite(name);
    if (!resolved) warnings.push(`${file}: collectivité française non reconnue « ${name} »`);
    const nameKey = normalizeCollectiviteName(name);
    return {
      nameKey,
      identity: collectiviteIdentity(nameKey, resolved),
      slugName: collectiviteSlugName(nameKey, resolved),
      countryCode: "FR",
      countryLabel: "France",
      nameAsWritten: name,
      side: "french",
      kind: resolved?.kind ?? null,
      officialCode: resolved?.officialCode ?? null,
      departementCode: resolved?.departementCode ?? null,
      regionCode: resolved?.regionCode ?? null,
      regionName: resolved?.regionName ?? null,
      placement: resolved
        ? {
            lat: resolved.lat,
            lon: resolved.lon,
            precision: resolved.precision,
            source: resolved.source,
            admin1: resolved.regionName,
            ambiguous: false,
            matchedName: resolved.officialName,
            alternatives: [],
          }
        : unplaced(),
    };
  });

  const ownKeys = new Set(french.map((c) => c.nameKey));
  const isFrench = (name: string) => resolveFrenchCollectivite(name) !== null;
  const funding: PreparedFunding[] = fiche.funding.map((row) => {
    const funderKey = foldForMatch(row.funder);
    const generalKind = funderKind(row.funder, isFrench);
    return {
      funderKey,
      funderName: row.funder,
      generalKind,
      rowKind: fundingRowKind(generalKind, normalizeCollectiviteName(row.funder), ownKeys),
      amountEur: row.amountEur,
      waterAmountEur: row.waterAmountEur,
      year: row.year,
    };
  });

  const thematics: PreparedThematic[] = [];
  if (fiche.thematic) thematics.push({ path: thematicPath(fiche.thematic), isPrimary: true, priority: null });
  for (const t of fiche.otherThematics)
    thematics.push({ path: thematicPath(t), isPrimary: false, priority: t.priority });

  // A post's country is where its city is, never its projects' partners' (lib/geo/post-country).
  const posts: PreparedPost[] = fiche.embassyPosts.map((p) => ({
    name: p.post,
    countryCode: postCountry(p.post),
    contacts: p.contacts,
  }));

  const countries = new Map<string, string>();
  for (const c of foreign)
    if (c.countryCode)
      countries.set(c.countryCode, frenchCountryName(c.countryCode) ?? c.countryLabel ?? c.countryCode);
  for (const p of posts)
    if (p.countryCode && !countries.has(p.countryCode))
      countries.set(p.countryCode, frenchCountryName(p.countryCode) ?? p.countryCode);
  countries.set("FR", "France");

  const years = [fiche.startYear, fiche.conventionYear, ...fiche.funding.map((f) => f.year)].filter(
    (y): y is number => typeof y === "number",
  );
  const searchNames = [
    ...fiche.foreignPartners.map((p) => `${p.name} ${p.country ?? ""}`),
    ...fiche.frenchPartners,
    ...[...new Set(fiche.funding.map((f) => f.funder))],
    fiche.contractingAuthorities ?? "",
    fiche.projectManagers ?? "",
  ].join(" ; ");

  return {
    file,
    fiche,
    raw,
    checksum: sha256(raw),
    identityKey: key,
    slug: projectSlug(fiche, key),
    ficheYear: years.length ? Math.max(...years) : null,
    searchNames,
    searchLabels: searchLabelsOf(
      thematics.map((t) => t.path),
      foreign.map((c) => c.countryCode),
    ),
    thematics,
    foreign,
    french,
    funding,
    posts,
    countries: [...countries].map(([code, label]) => ({ code, label })),
    warnings,
  };
}
