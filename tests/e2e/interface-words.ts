import type { Page } from "@playwright/test";

/**
 * French words of the interface that have no place in an English page: labels, headings, buttons,
 * sentences of the site itself. Fiche content (titles, descriptions, names) is marked lang="fr" and
 * left out of the check, as are <script>/<style> and the hidden parts of the page. Words that
 * place names often hold (« du », « des », « sur ») are not listed: they cannot tell a name from a sentence.
 */
export const FRENCH_INTERFACE_WORDS = new Set([
  "accueil",
  "aller",
  "année",
  "années",
  "aucun",
  "aucune",
  "avec",
  "carte",
  "cette",
  "chargement",
  "collectivité",
  "collectivités",
  "conseiller",
  "correspondant",
  "dans",

  "données",

  "effacer",
  "en cours",
  "financement",
  "financements",
  "fiche",
  "filtrer",
  "filtres",
  "les",
  "partenaire",
  "partenaires",
  "pays",
  "pour",
  "poste",
  "postes",
  "précédente",
  "projet",
  "projets",
  "qualité",
  "rechercher",
  "recherche",
  "réseau",
  "résultat",
  "résultats",
  "sans",
  "statistiques",
  "statut",
  "suivante",

  "télécharger",
  "thématique",
  "thématiques",
  "tous",
  "toutes",
  "trier",
  "une",
  "voir",
]);

/** The French interface words in the page's own (non-French) text and accessible labels. */
export async function frenchInterfaceWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const isFrench = (element: Element | null) => element?.closest("[lang]")?.getAttribute("lang")?.startsWith("fr");
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template, [hidden]") || isFrench(parent)) continue;
      if (node.textContent?.trim()) found.push(node.textContent);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder], img[alt]")) {
      if (isFrench(element)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
    }
    return found;
  });
  const words = new Set<string>();
  for (const text of texts) {
    const lower = ` ${text
      .toLowerCase()
      .replace(/[^\p{L}\s-]/gu, " ")
      .replace(/\s+/g, " ")} `;
    for (const word of FRENCH_INTERFACE_WORDS)
      if (lower.includes(` ${word} `)) words.add(`${word} ← « ${text.trim().slice(0, 80)} »`);
  }
  return [...words].sort();
}
