import type { Fiche } from "../fiche/schema";
import {
  BANNER,
  BREADCRUMB,
  CORRESPONDENT,
  COUNSELLOR,
  drawLabels,
  EVALUATION_LINES,
  FOOTER,
  frenchDate,
  NO_CORRESPONDENT,
  NO_COUNSELLOR,
  obfuscate,
  VOLUNTEERS,
} from "./labels";
import type { Random } from "./random";

/**
 * The two line-based layouts of saved fiches, as in seeds/: `text` (seeds 000, 002: tables
 * flattened to space-separated lines, blank lines around headings, icon alt-texts) and
 * `markdown` (seed 001: pipe tables, "Courriel :" on its own line, split pagination).
 */

type Style = "text" | "markdown";

const ICON = "commun.ico.loupe.alter";
const DOC_ICON = "commun.ico.doc.alter";

/** Placeholder the Atlas prints for an empty name or role. */
const NA = "NA";

function table(
  style: Style,
  header: string[],
  rows: string[][],
  width = header.length,
  icon: string | null = null,
): string[] {
  if (style === "text") {
    // Flattened: cells joined by one space, empty cells vanish; the header keeps its trailing spaces.
    const head = header.join(" ") + (icon !== null ? "  " : "");
    return [
      head,
      ...rows.map((cells) => [...cells.filter((c) => c !== ""), ...(icon !== null ? [icon] : [])].join(" ")),
    ];
  }
  const columns = Math.max(width, header.length + (icon !== null ? 1 : 0));
  const pipeRow = (cells: string[]) => {
    const padded = [...cells];
    while (padded.length < columns) padded.push("");
    return `${padded.join(" | ").replace(/\s+$/, "")} |`;
  };
  const separator = `${Array.from({ length: columns }, () => "---").join("|")}|`;
  return [pipeRow(header), separator, ...rows.map((r) => pipeRow(icon !== null ? [...r, "![]()"] : r))];
}

/** A table section: its title (printed twice in the text layout, with blank lines), header and rows. */
function tableSection(
  style: Style,
  title: string,
  header: string[],
  rows: string[][],
  icon: string | null = null,
  width?: number,
): string[] {
  const body = table(style, header, rows, width ?? header.length, icon);
  return style === "text" ? ["", title, "", title, ...body] : [title, ...body];
}

function pagination(style: Style): string[] {
  return style === "text"
    ? ["<< < pagination.page.precedent 1 pagination.page.suivant > >>"]
    : ["<<", "< pagination.page.precedent", "1", "pagination.page.suivant >", ">>"];
}

function embassyLines(style: Style, fiche: Fiche): string[] {
  const out: string[] = [];
  for (const post of fiche.embassyPosts) {
    out.push(`Contacts dans le poste diplomatique "${post.post}"`);
    if (style === "text") out.push("");
    const correspondent = post.contacts.find((c) => c.role === "correspondent");
    const counsellor = post.contacts.find((c) => c.role === "counsellor");
    const person = (role: string, c: { name: string; email: string | null }) =>
      style === "text"
        ? [role, c.name, `Courriel : ${c.email ? obfuscate(c.email) : ""}`]
        : [role, c.name, "Courriel :", ...(c.email ? [obfuscate(c.email)] : [])];
    if (correspondent) out.push(...person(CORRESPONDENT, correspondent));
    else out.push(NO_CORRESPONDENT);
    if (style === "text" && correspondent && counsellor) out.push(" ");
    if (counsellor) out.push(...person(COUNSELLOR, counsellor));
    else out.push(NO_COUNSELLOR, NO_COUNSELLOR); // the Atlas prints this one twice
  }
  return out;
}

/** Free-text or scalar section: label, then the value's lines (nothing when empty). */
function field(label: string, value: string | number | null): string[] {
  return [label, ...(value === null ? [] : String(value).split("\n"))];
}

export function renderLines(fiche: Fiche, random: Random, style: Style): string {
  const labels = drawLabels(random, fiche.startYear ?? 2015);
  const out: string[] = [];
  const blank = () => {
    if (style === "text") out.push("");
  };

  if (style === "text" || random.chance(0.3)) {
    out.push(BREADCRUMB);
    blank();
  }
  out.push(BANNER);
  blank();
  out.push(...embassyLines(style, fiche));

  out.push(...field("Titre", fiche.title));
  out.push(...field(labels.conventionYear, fiche.conventionYear));
  out.push(...field("Thématique d'intervention", fiche.thematic?.theme ?? null));
  out.push(...field("Sous-thématique d'intervention", fiche.thematic?.subTheme ?? null));
  out.push(...field("Sous-sous-thématique d'intervention", fiche.thematic?.subSubTheme ?? null));

  const other = fiche.otherThematics.map((t) => {
    const cells = [t.theme, t.subTheme ?? "", t.subSubTheme ?? "", t.priority === null ? "" : String(t.priority)];
    // The markdown export shifts the priority left when the sub-sub-theme is missing.
    return style === "markdown" ? cells.filter((c) => c !== "") : cells;
  });
  out.push(
    ...tableSection(
      style,
      "Autres thématiques mises en œuvre pour le partenariat",
      ["Thématique éligible", "Sous-thématique", "Sous-sous-thématique", "Priorité"],
      other,
    ),
  );
  out.push(...pagination(style));

  if (fiche.sdgs.length > 0) {
    const rows = fiche.sdgs.map((s) =>
      style === "text"
        ? [`${s.goal} - ${s.label}`, String(s.priority)]
        : [`${s.goal} - ${s.label}`, String(s.priority)],
    );
    out.push(
      ...tableSection(
        style,
        "Objectifs de développement durable - ODD",
        ["Objectif de développement durable", "Priorité"],
        rows,
      ),
    );
  }

  out.push(...field(labels.startYear, fiche.startYear));
  out.push(...field(style === "markdown" ? `${labels.status} :` : labels.status, fiche.status));
  out.push(...field(labels.endDate, fiche.endDate === null ? null : frenchDate(fiche.endDate)));
  out.push(...field("Contexte", fiche.context));
  out.push(...field("Historique", fiche.history));
  out.push(...field(labels.objectives, fiche.objectives));
  out.push(...field(labels.description, fiche.description));
  out.push(...field(labels.partnershipForm, fiche.partnershipForm));
  out.push("Mise en œuvre du partenariat");
  out.push(...field("Maître(s) d'œuvre", fiche.projectManagers));
  out.push(...field("Maître(s) d'ouvrage", fiche.contractingAuthorities));
  out.push(...field("Bénéficiaire(s)", fiche.beneficiaries));
  blank();

  out.push(
    ...tableSection(
      style,
      "Partenaires étrangers du partenariat",
      ["Nom de la collectivité étrangère", "Pays"],
      fiche.foreignPartners.map((p) => [p.name, p.country ?? ""]),
      ICON,
    ),
  );
  blank();
  const contacts = fiche.foreignContacts.map((c) =>
    style === "text"
      ? [c.partner, c.lastName ?? NA, c.firstName ?? NA, c.role ?? "", c.email ?? ""]
      : [c.partner, c.lastName ?? NA, c.firstName ?? NA, c.role ?? NA, c.email ?? ""],
  );
  out.push(
    ...tableSection(
      style,
      "Contacts dans les partenaires étrangers du partenariat",
      ["Nom de la collectivité étrangère", "Nom", "Prénom", "Fonction", "Courriel"],
      contacts,
    ),
  );
  blank();
  out.push(
    ...tableSection(
      style,
      "Collectivités territoriales partenaires du partenariat",
      ["Nom de la collectivité territoriale"],
      fiche.frenchPartners.map((n) => [n]),
      ICON,
    ),
  );
  if (style === "text") out.push("", "", "");

  if (fiche.triennial !== null)
    out.push(fiche.triennial ? "Le partenariat est triennal" : "Le partenariat n'est pas triennal");

  const waterHeader = style === "text" ? "Montant 1% Eau (Loi Oudin 2005)" : "Montant 1% Eau (Loi 2005)";
  const fundingRows = fiche.funding.map((f) =>
    [
      f.funder,
      f.amountEur === null ? "" : String(f.amountEur),
      f.waterAmountEur === null ? "" : String(f.waterAmountEur),
      f.year === null ? "" : String(f.year),
    ].filter((c, i) => i === 0 || c !== ""),
  );
  out.push(
    ...tableSection(
      style,
      "Financement du partenariat",
      ["Nom du financeur", "Montant en euros", waterHeader, waterHeader, waterHeader, "Année"],
      fundingRows,
      null,
      7,
    ),
  );
  if (style === "text") out.push("", "", "", "");

  blank();
  out.push("Évaluations, communication et perspectives");
  for (const line of EVALUATION_LINES) {
    blank();
    out.push(line);
  }
  if (style === "text") {
    out.push("", VOLUNTEERS, "", VOLUNTEERS, "Nom Prénom Mission Champs d'action Entité d'affectation");
  } else {
    out.push(VOLUNTEERS, "Nom | Prénom | Mission | Champs d'action | Entité d'affectation |", "---|");
  }

  if (fiche.documents.length > 0) {
    const rows = fiche.documents.map((d) => [d.title, d.sizeKb === null ? "" : String(d.sizeKb), d.fileName ?? ""]);
    if (style === "text") {
      out.push(
        "",
        "Documents",
        "",
        "Documents",
        "Titre du document Taille en Ko Nom du fichier  ",
        ...rows.map((r) => [...r.filter((c) => c !== ""), DOC_ICON].join(" ")),
      );
    } else {
      out.push(
        ...tableSection(style, "Documents", ["Titre du document", "Taille en Ko", "Nom du fichier"], rows, ICON),
      );
    }
  }

  if (style === "text") out.push("", "", "PIED DE PAGE", "", FOOTER);
  return out.join("\n");
}
