import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { type Fiche, parseFiche } from "../../lib/fiche";
import { renderHtml } from "../../lib/corpus/render-html";
import { Random } from "../../lib/corpus/random";

/**
 * Project pages as the official Atlas serves them, built from the seeds: the fiche rendered by
 * lib/corpus/render-html.ts, wrapped in the site's chrome (menus whose i18n keys are left
 * unresolved, a search form, a cookie notice, scripts, pagination, a footer of links), in UTF-8
 * or in ISO-8859-1 with the charset only in the HTTP header (the page declares nothing itself).
 */

const SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");

export interface SeedFiche {
  name: string;
  fiche: Fiche;
}

/** The seeds that are fiches (some seeds are other documents of the Atlas's world). */
export function seedFiches(): SeedFiche[] {
  const fiches: SeedFiche[] = [];
  for (const name of readdirSync(SEEDS_DIR)
    .filter((n) => /\.(txt|md)$/.test(n))
    .sort()) {
    const parsed = parseFiche(readFileSync(path.join(SEEDS_DIR, name), "utf8"), { fileName: name });
    if (parsed.ok) fiches.push({ name, fiche: parsed.fiche });
  }
  return fiches;
}

const HEADER_CHROME = `
<div id="cookies" class="bandeau-cookies"><p>Ce site utilise des cookies. ???commun.cookies.accepter???</p></div>
<div id="entete"><a href="/cncdext/"><img src="/cncdext/img/marianne.png" alt="République française"></a>
<ul class="menu-principal"><li><a href="/cncdext/">Accueil</a></li><li><a href="/cncdext/dyn/public/atlas/accueil.html">???menu.atlas.libelle???</a></li>
<li><a href="/cncdext/dyn/public/atlas/rechercheProjet.html">???menu.atlas.recherche.libelle???</a></li><li><a href="/cncdext/aide.html">Aide</a></li></ul>
<form action="/cncdext/dyn/public/atlas/rechercheProjet.html" method="get"><label for="q">Rechercher</label><input id="q" type="text" name="q" value="">
<select name="pays"><option value="">Tous les pays</option><option value="SN">Sénégal</option><option value="CA">Canada</option></select><button type="submit">OK</button></form></div>
<script>window.atlasConfig = { libelles: ["Titre", "Contexte", "Historique"] };</script>`;

const FOOTER_CHROME = `
<div class="pagination"><ul><li>&lt;&lt;</li><li>&lt;</li><li>pagination.page.precedent</li><li>1</li><li>pagination.page.suivant</li><li>&gt;</li><li>&gt;&gt;</li></ul></div>
<div id="pied"><ul><li><a href="/cncdext/mentions.html">Mentions légales</a></li><li><a href="/cncdext/accessibilite.html">Accessibilité : non conforme</a></li>
<li><a href="https://www.diplomatie.gouv.fr/">France Diplomatie</a></li></ul></div>
<script src="/cncdext/js/xiti.js"></script><script>xt_med("F", "1", "atlas::detailProjet");</script>`;

/** The whole page's text, in the site's chrome. */
export function projectPageText(fiche: Fiche, seed: string): string {
  return renderHtml(fiche, new Random(seed))
    .replace("<body>", `<body>${HEADER_CHROME}`)
    .replace("</body>", `${FOOTER_CHROME}\n</body>`);
}

/** What a missing id answers with on the Atlas: the chrome and an error line, 200 OK. */
export function noProjectPageText(id: number): string {
  return `<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"><title>Atlas</title></head><body>${HEADER_CHROME}
<div class="erreur"><p>???erreur.projet.inexistant??? (${id})</p><p>Le projet demandé n'existe pas ou n'est plus public.</p></div>${FOOTER_CHROME}</body></html>\n`;
}

export type PageCharset = "utf-8" | "iso-8859-1";

/**
 * The bytes served and their Content-Type. In ISO-8859-1 the page's own <meta charset> is removed
 * (only the header says it) and characters outside Latin-1 (’, œ, –…) become numeric references,
 * as a server writing Latin-1 does.
 */
export function servedPage(text: string, charset: PageCharset): { bytes: Buffer; contentType: string } {
  if (charset === "utf-8") return { bytes: Buffer.from(text, "utf8"), contentType: "text/html;charset=UTF-8" };
  const latin = text
    .replace(/<meta charset="utf-8">\n?/i, "")
    .replace(/[\u0100-\u{10ffff}]/gu, (c) => `&#${c.codePointAt(0)};`);
  return { bytes: iconv.encode(latin, "latin1"), contentType: "text/html;charset=ISO-8859-1" };
}
