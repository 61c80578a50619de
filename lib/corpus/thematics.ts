import taxonomy from "../fiche/taxonomy.json" with { type: "json" };
import type { Random } from "./random";

/** The primary and other thematics of a synthetic fiche, drawn from the Atlas taxonomy (older themes before 2015). */

interface TaxonomyFile {
  themes: { label: string; subThemes: { label: string; subSubThemes: string[] }[] }[];
}

const THEMES = (taxonomy as TaxonomyFile).themes;
const CURRENT_THEMES = THEMES.filter((t) => t.subThemes.length > 0);
const OLD_THEMES = THEMES.filter((t) => t.subThemes.length === 0);

export type Thematic = { theme: string; subTheme: string | null; subSubTheme: string | null };

export function drawThematic(random: Random, startYear: number): Thematic {
  const old = startYear < 2015 && random.chance(0.35);
  const theme = old ? random.pick(OLD_THEMES) : random.pick(CURRENT_THEMES);
  if (theme.subThemes.length === 0 || random.chance(0.08))
    return { theme: theme.label, subTheme: null, subSubTheme: null };
  const sub = random.pick(theme.subThemes);
  const subSub = sub.subSubThemes.length > 0 && random.chance(0.5) ? random.pick(sub.subSubThemes) : null;
  return { theme: theme.label, subTheme: sub.label, subSubTheme: subSub };
}
