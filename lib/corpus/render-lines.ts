import type { Fiche } from "../fiche/schema";
import { drawLabels } from "./labels";
import { closingLines } from "./lines/closing";
import { headLines } from "./lines/head";
import { fundingLines, partnerLines } from "./lines/partners";
import { narrativeLines, sdgLines, thematicLines } from "./lines/project";
import type { LineStyle } from "./lines/table";
import type { Random } from "./random";

/**
 * The two line-based layouts of saved fiches, as in seeds/: `text` (seeds 000, 002: tables
 * flattened to space-separated lines, blank lines around headings, icon alt-texts) and
 * `markdown` (seed 001: pipe tables, "Courriel :" on its own line, split pagination).
 * Each section of the fiche is printed by its own module under lines/, in page order.
 */
export function renderLines(fiche: Fiche, random: Random, style: LineStyle): string {
  // Draw order is part of the corpus: labels first, then whether a markdown page kept its breadcrumb.
  const labels = drawLabels(random, fiche.startYear ?? 2015);
  const withBreadcrumb = style === "text" || random.chance(0.3);
  return [
    ...headLines(style, fiche, withBreadcrumb),
    ...thematicLines(style, fiche, labels),
    ...sdgLines(style, fiche),
    ...narrativeLines(style, fiche, labels),
    ...partnerLines(style, fiche),
    ...fundingLines(style, fiche),
    ...closingLines(style, fiche),
  ].join("\n");
}
