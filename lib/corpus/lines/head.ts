import type { Fiche } from "../../fiche/schema";
import { BANNER, BREADCRUMB, CORRESPONDENT, COUNSELLOR, NO_CORRESPONDENT, NO_COUNSELLOR, obfuscate } from "../labels";
import { blankLine, type LineStyle } from "./table";

/** The top of a line-based fiche: breadcrumb, banner, then the embassy contacts of each post. */
export function headLines(style: LineStyle, fiche: Fiche, withBreadcrumb: boolean): string[] {
  return [
    ...(withBreadcrumb ? [BREADCRUMB, ...blankLine(style)] : []),
    BANNER,
    ...blankLine(style),
    ...embassyLines(style, fiche),
  ];
}

function embassyLines(style: LineStyle, fiche: Fiche): string[] {
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
