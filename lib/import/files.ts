import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Extensions the Atlas fiches come in: flattened text, markdown, saved pages. */
export const FICHE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);

/**
 * Expands the command-line paths (files or folders, recursively) into fiche files, sorted so that
 * an import is reproducible. Paths that do not exist are returned in `missing`, not thrown.
 */
export function collectFicheFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (p: string) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p).sort()) {
        if (entry.startsWith(".")) continue;
        const child = path.join(p, entry);
        if (statSync(child).isDirectory() || FICHE_EXTENSIONS.has(path.extname(entry).toLowerCase())) walk(child);
      }
    } else {
      files.add(p);
    }
  };
  for (const p of paths) walk(p);
  return { files: [...files].sort(), missing };
}
