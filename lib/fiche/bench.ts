import { hostileRows } from "./hostile-rows";
import { parseFiche } from "./index";
import { SPLITTERS } from "./splitters";

export interface BenchResult {
  /** Wall-clock throughput (what a user waits for). */
  fichesPerSecond: number;
  /** Throughput per CPU-second of this process: stable when the machine is shared. */
  cpuFichesPerSecond: number;
  fiches: number;
  ms: number;
}

/**
 * Throughput of parseFiche over given texts (pure: the caller supplies the texts). A warm-up
 * (300 ms) runs first so JIT compilation and lazy indexes (countries, taxonomy) are not counted.
 */
export function benchTexts(texts: readonly string[], iterations: number): BenchResult {
  if (texts.length === 0) return { fichesPerSecond: 0, cpuFichesPerSecond: 0, fiches: 0, ms: 0 };
  const warmUntil = performance.now() + 300;
  while (performance.now() < warmUntil) for (const t of texts) parseFiche(t);
  const cpu = globalThis.process?.cpuUsage?.();
  const start = performance.now();
  let fiches = 0;
  for (let i = 0; i < iterations; i++) {
    for (const t of texts) {
      parseFiche(t);
      fiches++;
    }
  }
  const ms = Math.max(performance.now() - start, 1e-6);
  const used = cpu ? globalThis.process.cpuUsage(cpu) : null;
  const cpuSeconds = used ? Math.max((used.user + used.system) / 1e6, 1e-9) : ms / 1000;
  return { fichesPerSecond: fiches / (ms / 1000), cpuFichesPerSecond: fiches / cpuSeconds, fiches, ms };
}

export interface SplitterTiming {
  splitter: string;
  /** The slowest hostile row for this splitter, and its time (median of the runs). */
  row: string;
  ms: number;
}

/**
 * Time of every table splitter (lib/fiche/splitters) on hostile rows of `size` characters
 * (lib/fiche/hostile-rows): for each splitter, its slowest row, median of `runs` runs after
 * one warm-up run. Rows are parsed one at a time, so the figure is a row's parse time.
 */
export function benchSplitters(size: number, runs = 5): SplitterTiming[] {
  const rows = hostileRows(size);
  return SPLITTERS.map((s) => {
    let worst: SplitterTiming = { splitter: s.name, row: "", ms: -Infinity };
    for (const row of rows) {
      s.split(row.text);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        s.split(row.text);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const ms = times[Math.floor(times.length / 2)];
      if (ms > worst.ms) worst = { splitter: s.name, row: row.name, ms };
    }
    return worst;
  });
}
