import { parseFiche } from "./index";

/**
 * Throughput of parseFiche over given texts (pure: the caller supplies the texts). A warm-up
 * (300 ms) runs first so JIT compilation and lazy indexes (countries, taxonomy) are not counted.
 */
export function benchTexts(texts: readonly string[], iterations: number): { fichesPerSecond: number; fiches: number; ms: number } {
  if (texts.length === 0) return { fichesPerSecond: 0, fiches: 0, ms: 0 };
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) for (const t of texts) parseFiche(t);
  const start = performance.now();
  let fiches = 0;
  for (let i = 0; i < iterations; i++) {
    for (const t of texts) {
      parseFiche(t);
      fiches++;
    }
  }
  const ms = Math.max(performance.now() - start, 1e-6);
  return { fichesPerSecond: fiches / (ms / 1000), fiches, ms };
}
