import type { Fiche } from "../../fiche/schema";
import { blankLine, ICON, type LineStyle, tableSection } from "./table";

/** Who takes part and who pays: partner and contact tables, the triennial flag, funding. */

/** Placeholder the Atlas prints for an empty name or role. */
const NA = "NA";

export function partnerLines(style: LineStyle, fiche: Fiche): string[] {
  const contacts = fiche.foreignContacts.map((c) =>
    style === "text"
      ? [c.partner, c.lastName ?? NA, c.firstName ?? NA, c.role ?? "", c.email ?? ""]
      : [c.partner, c.lastName ?? NA, c.firstName ?? NA, c.role ?? NA, c.email ?? ""],
  );
  return [
    ...tableSection(
      style,
      "Partenaires étrangers du partenariat",
      ["Nom de la collectivité étrangère", "Pays"],
      fiche.foreignPartners.map((p) => [p.name, p.country ?? ""]),
      ICON,
    ),
    ...blankLine(style),
    ...tableSection(
      style,
      "Contacts dans les partenaires étrangers du partenariat",
      ["Nom de la collectivité étrangère", "Nom", "Prénom", "Fonction", "Courriel"],
      contacts,
    ),
    ...blankLine(style),
    ...tableSection(
      style,
      "Collectivités territoriales partenaires du partenariat",
      ["Nom de la collectivité territoriale"],
      fiche.frenchPartners.map((n) => [n]),
      ICON,
    ),
    ...(style === "text" ? ["", "", ""] : []),
  ];
}

export function fundingLines(style: LineStyle, fiche: Fiche): string[] {
  const triennial =
    fiche.triennial === null
      ? []
      : [fiche.triennial ? "Le partenariat est triennal" : "Le partenariat n'est pas triennal"];
  const waterHeader = style === "text" ? "Montant 1% Eau (Loi Oudin 2005)" : "Montant 1% Eau (Loi 2005)";
  const rows = fiche.funding.map((f) =>
    [
      f.funder,
      f.amountEur === null ? "" : String(f.amountEur),
      f.waterAmountEur === null ? "" : String(f.waterAmountEur),
      f.year === null ? "" : String(f.year),
    ].filter((c, i) => i === 0 || c !== ""),
  );
  return [
    ...triennial,
    ...tableSection(
      style,
      "Financement du partenariat",
      ["Nom du financeur", "Montant en euros", waterHeader, waterHeader, waterHeader, "Année"],
      rows,
      null,
      7,
    ),
    ...(style === "text" ? ["", "", "", ""] : []),
  ];
}
