import type { Fiche } from "../../fiche/schema";
import { frenchDate, type Labels } from "../labels";
import { blankLine, field, type LineStyle, pagination, tableSection } from "./table";

/** The project itself: title and thematics, SDGs, then dates, status and the narrative fields. */

export function thematicLines(style: LineStyle, fiche: Fiche, labels: Labels): string[] {
  const other = fiche.otherThematics.map((t) => {
    const cells = [t.theme, t.subTheme ?? "", t.subSubTheme ?? "", t.priority === null ? "" : String(t.priority)];
    // The markdown export shifts the priority left when the sub-sub-theme is missing.
    return style === "markdown" ? cells.filter((c) => c !== "") : cells;
  });
  return [
    ...field("Titre", fiche.title),
    ...field(labels.conventionYear, fiche.conventionYear),
    ...field("Thématique d'intervention", fiche.thematic?.theme ?? null),
    ...field("Sous-thématique d'intervention", fiche.thematic?.subTheme ?? null),
    ...field("Sous-sous-thématique d'intervention", fiche.thematic?.subSubTheme ?? null),
    ...tableSection(
      style,
      "Autres thématiques mises en œuvre pour le partenariat",
      ["Thématique éligible", "Sous-thématique", "Sous-sous-thématique", "Priorité"],
      other,
    ),
    ...pagination(style),
  ];
}

/** The SDG table, absent when the fiche names none. */
export function sdgLines(style: LineStyle, fiche: Fiche): string[] {
  if (fiche.sdgs.length === 0) return [];
  return tableSection(
    style,
    "Objectifs de développement durable - ODD",
    ["Objectif de développement durable", "Priorité"],
    fiche.sdgs.map((s) => [`${s.goal} - ${s.label}`, String(s.priority)]),
  );
}

export function narrativeLines(style: LineStyle, fiche: Fiche, labels: Labels): string[] {
  return [
    ...field(labels.startYear, fiche.startYear),
    ...field(style === "markdown" ? `${labels.status} :` : labels.status, fiche.status),
    ...field(labels.endDate, fiche.endDate === null ? null : frenchDate(fiche.endDate)),
    ...field("Contexte", fiche.context),
    ...field("Historique", fiche.history),
    ...field(labels.objectives, fiche.objectives),
    ...field(labels.description, fiche.description),
    ...field(labels.partnershipForm, fiche.partnershipForm),
    "Mise en œuvre du partenariat",
    ...field("Maître(s) d'œuvre", fiche.projectManagers),
    ...field("Maître(s) d'ouvrage", fiche.contractingAuthorities),
    ...field("Bénéficiaire(s)", fiche.beneficiaries),
    ...blankLine(style),
  ];
}
