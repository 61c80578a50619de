import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { collectFicheFiles } from "../../lib/import/files";
import { importFiches, type ImportOptions } from "../../lib/import/run";

export const SEEDS_DIR = path.resolve("seeds");

/** A scratch copy of the seeds a test may edit. */
export function copySeeds(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-seeds-"));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

export function importPaths(paths: string[], options: ImportOptions) {
  return importFiches(collectFicheFiles(paths).files, options);
}
