import type { Fiche } from "../../fiche/schema";
import { EVALUATION_LINES, FOOTER, VOLUNTEERS } from "../labels";
import { blankLine, ICON, type LineStyle, tableSection } from "./table";

/** The end of a line-based fiche: evaluation flags, the (always empty) volunteers table, documents, footer. */

const DOC_ICON = "commun.ico.doc.alter";

export function closingLines(style: LineStyle, fiche: Fiche): string[] {
  return [
    ...blankLine(style),
    "Évaluations, communication et perspectives",
    ...EVALUATION_LINES.flatMap((line) => [...blankLine(style), line]),
    ...(style === "text"
      ? ["", VOLUNTEERS, "", VOLUNTEERS, "Nom Prénom Mission Champs d'action Entité d'affectation"]
      : [VOLUNTEERS, "Nom | Prénom | Mission | Champs d'action | Entité d'affectation |", "---|"]),
    ...documentLines(style, fiche),
    ...(style === "text" ? ["", "", "PIED DE PAGE", "", FOOTER] : []),
  ];
}

function documentLines(style: LineStyle, fiche: Fiche): string[] {
  if (fiche.documents.length === 0) return [];
  const rows = fiche.documents.map((d) => [d.title, d.sizeKb === null ? "" : String(d.sizeKb), d.fileName ?? ""]);
  if (style === "markdown")
    return tableSection(style, "Documents", ["Titre du document", "Taille en Ko", "Nom du fichier"], rows, ICON);
  // The text layout ends document rows with their own icon, not the magnifier.
  return [
    "",
    "Documents",
    "",
    "Documents",
    "Titre du document Taille en Ko Nom du fichier  ",
    ...rows.map((r) => [...r.filter((c) => c !== ""), DOC_ICON].join(" ")),
  ];
}
