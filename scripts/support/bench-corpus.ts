import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { GENERATOR_VERSION, writeFiches } from "../../lib/corpus";
import { progress } from "./bench-progress";

/**
 * The benchmark corpus, generated once per (seed, count, generator version) under
 * bench/cache/ (gitignored) and reused by later runs.
 */

export interface BenchCorpus {
  dir: string;
  files: string[];
  bytes: number;
  defects: number;
  /** Seconds spent generating, or null when the cache was used. */
  generatedIn: number | null;
}

interface Manifest {
  count: number;
  bytes: number;
  defects: number;
}

export function cachedCorpus(root: string, seed: string, count: number): BenchCorpus {
  const cacheRoot = path.join(root, "bench", "cache");
  const stem = `${seed.replace(/[^\w-]/g, "_")}-${count}-v`;
  const dir = path.join(cacheRoot, `${stem}${GENERATOR_VERSION}`);
  const manifestFile = path.join(dir, "manifest.json");
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
    const files = readdirSync(dir)
      .filter((f) => f !== "manifest.json")
      .sort()
      .map((f) => path.join(dir, f));
    if (files.length === manifest.count)
      return { dir, files, bytes: manifest.bytes, defects: manifest.defects, generatedIn: null };
  }
  // A partial folder is regenerated from scratch; corpora of older generator versions are dropped.
  rmSync(dir, { recursive: true, force: true });
  for (const old of existsSync(cacheRoot) ? readdirSync(cacheRoot) : []) {
    if (old.startsWith(stem)) rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
  }
  const started = performance.now();
  const bar = progress("Génération du corpus", count);
  const written = writeFiches(dir, seed, count, (done) => bar.update(done));
  bar.stop();
  const manifest: Manifest = { count, bytes: written.bytes, defects: written.defects };
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return {
    dir,
    files: written.files,
    bytes: written.bytes,
    defects: written.defects,
    generatedIn: (performance.now() - started) / 1000,
  };
}
