import { frenchCountryName } from "../countries";
import { englishCountryLabel, englishThematicName } from "../i18n/data-labels";

/**
 * The names of a project's thematics (every level of every thematic) and of its partners'
 * countries, in French and in English, as its full-text document holds them (columns
 * search_labels and search_labels_en, see the migration english_search_labels): "water" finds
 * the projects filed under « Eau et assainissement », and « eau » does too.
 */
export interface SearchLabels {
  fr: string;
  en: string;
}

export function searchLabelsOf(thematicPaths: string[][], countryCodes: (string | null)[]): SearchLabels {
  const nodes = [...new Set(thematicPaths.flat())];
  const codes = [...new Set(countryCodes.filter((c): c is string => Boolean(c)))].sort();
  const fr = [...nodes, ...codes.map((code) => frenchCountryName(code) ?? "")];
  const en = [...nodes.map(englishThematicName), ...codes.map(englishCountryLabel)];
  return { fr: joinNames(fr), en: joinNames(en) };
}

function joinNames(names: (string | null)[]): string {
  return names.filter((name): name is string => Boolean(name)).join(" ; ");
}
