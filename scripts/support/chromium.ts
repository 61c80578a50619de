import { existsSync } from "node:fs";

/** Where a system Chromium may be; Playwright's own browser download does not work offline. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

export function findChromium(): string | null {
  if (process.env.ATLAS_CHROMIUM) return existsSync(process.env.ATLAS_CHROMIUM) ? process.env.ATLAS_CHROMIUM : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_HELP =
  "Aucun Chromium trouvé pour les tests de navigateur. Installez-le : `sudo apt-get install chromium` " +
  "(Debian/Ubuntu), ou `npx playwright install chromium` là où les téléchargements sont permis, " +
  "ou indiquez son chemin dans ATLAS_CHROMIUM.";
