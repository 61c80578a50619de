import { parseFiche } from "../fiche";
import { decodeFicheBytes } from "../import/decode";
import type { FetchedPage } from "./fetch-page";
import type { EntryKind } from "./manifest";

/**
 * What an answer is: a project page (saved), an id without a project, or a failure. The Atlas
 * answers unknown ids in several ways (404, or 200 with an empty or error page), so a 200 is a
 * project page only if the fiche parser finds one in it, decoded the way the importer will.
 */

export interface PageVerdict {
  kind: EntryKind;
  /** The charset label of the response's Content-Type, as written; null when none. */
  charset: string | null;
  note: string | null;
}

export const NOT_A_PROJECT = "pas une page de projet";

/** The charset parameter of a Content-Type header ("text/html; charset=ISO-8859-1" → "ISO-8859-1"). */
export function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match ? match[1] : null;
}

export function classifyPage(page: FetchedPage): PageVerdict {
  const charset = charsetOf(page.headers.get("content-type"));
  if (page.status === 404 || page.status === 410)
    return { kind: "absent", charset, note: `${NOT_A_PROJECT} (HTTP ${page.status})` };
  if (page.status !== 200) return { kind: "erreur", charset, note: `réponse inattendue : HTTP ${page.status}` };
  const text = decodeFicheBytes(page.bytes, charset).text;
  const parsed = parseFiche(text, { fileName: "page.html" });
  if (parsed.ok) return { kind: "projet", charset, note: null };
  // A page with a title that the parser cannot finish is still a project: kept for the importer to judge.
  if (parsed.error.kind === "malformed")
    return { kind: "projet", charset, note: `fiche mal formée : ${parsed.error.reason}` };
  return { kind: "absent", charset, note: `${NOT_A_PROJECT} : ${parsed.error.reason}` };
}
