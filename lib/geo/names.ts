import { foldForMatch } from "../text/fold";
import { CITY_PREFIXES, REGION_PREFIXES, SUBUNIT_MARKERS } from "./unit-prefixes";

/**
 * Name handling shared by the foreign matcher, the French resolver and de-duplication.
 * Pure string work, no data: everything here is cheap and deterministic.
 */

/** Letters NFD does not decompose (ł, ø, ß…): GeoNames writes "Łódź", fiches write "Lodz". */
const EXTRA_LETTERS: Record<string, string> = {
  ł: "l",
  ø: "o",
  ß: "ss",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŀ: "l",
  ŧ: "t",
  ƒ: "f",
};

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Comparison key: foldForMatch (accents, case, hyphens, apostrophes) plus the letters above,
 * anything left that is not a-z/0-9 turned into a space, and "st"/"ste" spelled out, so
 * "St-Étienne", "Saint Etienne" and "SAINT-ÉTIENNE" share one key.
 */
export function nameKey(value: string): string {
  // Fast path for plain ASCII (most GeoNames names): same result as foldForMatch, 3× cheaper,
  // which matters for the 600k names indexed at load.
  const folded = PLAIN_ASCII.test(value) ? value.toLowerCase() : foldForMatch(value);
  return folded
    .replace(/[łøßđðþıħŀŧƒ]/g, (c) => EXTRA_LETTERS[c] ?? c)
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\b(st|ste)\b/g, (m) => (m === "st" ? "saint" : "sainte"))
    .trim();
}

/** Key without spaces: "Phrapradaeng" ≡ "Phra Pradaeng". */
export function compactKey(key: string): string {
  return key.replace(/ /g, "");
}

/** Key with its words sorted: "Gasteiz Vitoria" ≡ "Vitoria Gasteiz". */
export function sortedKey(key: string): string {
  return key.split(" ").sort().join(" ");
}

/** What kind of unit a prefix announces, which sets the precision of a town found behind it. */
export type UnitLevel = "city" | "region";

/** Articles left after "de"/"du": "Ville du Mans" → "le mans", "Commune de la X" → "la x". */
function restoreArticle(prefix: string, rest: string): string {
  if (prefix.endsWith(" du")) return `le ${rest}`;
  return rest;
}

function stripOne(key: string, prefixes: string[]): { rest: string; prefix: string } | null {
  for (const prefix of prefixes) {
    if (key === prefix) continue;
    if (key.startsWith(`${prefix} `)) return { prefix, rest: restoreArticle(prefix, key.slice(prefix.length + 1)) };
  }
  return null;
}

/** A folded name cleared of its unit prefix, with the level that prefix announced. */
export interface CleanedName {
  key: string;
  level: UnitLevel;
  /** True when a prefix was removed (the bare key may still be tried). */
  stripped: boolean;
}

/** Removes unit prefixes ("Ville de", "Province de"…) from a key, repeatedly ("Mairie de la Ville de X"). */
export function stripUnitPrefix(key: string): CleanedName {
  let current = key;
  let level: UnitLevel = "city";
  let stripped = false;
  for (let guard = 0; guard < 4; guard++) {
    // "Mairie de la Ville de X": an article in front of a second prefix goes too.
    const article = /^(?:la|le|l|les) /.exec(current);
    if (stripped && article) {
      const rest = current.slice(article[0].length);
      if (stripOne(rest, CITY_PREFIXES) || stripOne(rest, REGION_PREFIXES)) {
        current = rest;
        continue;
      }
    }
    const city = stripOne(current, CITY_PREFIXES);
    if (city) {
      current = city.rest;
      stripped = true;
      continue;
    }
    const region = stripOne(current, REGION_PREFIXES);
    if (region) {
      current = region.rest;
      level = "region";
      stripped = true;
      continue;
    }
    break;
  }
  // "de la X" / "de l X" left after a bare prefix: keep the article, it is part of names ("La Paz").
  return { key: current, level, stripped };
}

/** True when a key opens with a sub-unit word ("arrondissement de …", "commune iv …"). */
export function isSubunitKey(key: string): boolean {
  return SUBUNIT_MARKERS.some((m) => key === m || key.startsWith(`${m} `));
}

/**
 * Splits a raw label into segments: commas, semicolons, parentheses and spaced dashes separate
 * "Ville de Montréal, Arrondissement de X" or "Oyem (Woleu-Ntem)"; a bare hyphen does not, it
 * belongs to names ("Vitoria-Gasteiz").
 */
export function splitSegments(raw: string): string[] {
  return raw
    .split(/\s*[,;()[\]]\s*|\s+[-–—]\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Key used to de-duplicate collectivités across fiches. Accents, case, hyphens and the
 * "Ville de"/"Commune de"/"Mairie de"/"Municipalité de" prefixes do not matter; what follows a
 * comma does ("Ville de Montréal, Arrondissement de Rosemont" is another body than Montréal).
 * Départements, régions and intercommunalités get one canonical spelling of their unit word.
 */
export function normalizeCollectiviteName(name: string): string {
  const segments = splitSegments(name).map((segment, index) => {
    let key = nameKey(segment);
    if (index === 0) key = canonicalUnit(key);
    return key;
  });
  return segments.filter(Boolean).join(", ");
}

const LEADING_ARTICLE = /^(?:de la|de l|des|du|de|d|la|le|les|l) /;

/** Canonical unit wording of the first segment, e.g. "conseil departemental de l isere" → "departement isere". */
function canonicalUnit(key: string): string {
  const rules: [RegExp, string][] = [
    [/^(?:conseil departemental|conseil general|departement) (.+)$/, "departement"],
    [/^(?:conseil regional|region) (.+)$/, "region"],
    [/^communaute d agglomeration (.+)$/, "ca"],
    [/^communaute de communes (.+)$/, "cc"],
    [/^communaute urbaine (.+)$/, "cu"],
  ];
  for (const [pattern, unit] of rules) {
    const m = pattern.exec(key);
    if (m) return `${unit} ${m[1].replace(LEADING_ARTICLE, "")}`;
  }
  const city = stripOne(
    key,
    CITY_PREFIXES.filter((p) => /^(ville|commune|mairie|municipalite|city of|town of)/.test(p)),
  );
  return city ? city.rest : key;
}

/** Drops a leading article or preposition: "la paz" → "paz", "de l isere" → "isere". */
export function dropLeadingArticle(key: string): string {
  return key.replace(LEADING_ARTICLE, "");
}
