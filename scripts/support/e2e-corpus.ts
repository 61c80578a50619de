import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeFiches } from "../../lib/corpus";
import { importFiches, type ImportSummary } from "../../lib/import/run";

/**
 * The generated corpus the `generated` Playwright project runs on: a few hundred fiches, the same
 * for the same seed, imported with the real importer. Its specs read what it holds from its
 * database, so changing the generator or these numbers changes no assertion.
 */
export const E2E_CORPUS = { seed: "e2e", count: 300 } as const;

export async function importGeneratedCorpus(databaseUrl: string): Promise<ImportSummary> {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-e2e-corpus-"));
  try {
    const { files } = writeFiches(dir, E2E_CORPUS.seed, E2E_CORPUS.count);
    return await importFiches(files, { databaseUrl });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
