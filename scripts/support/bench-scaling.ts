import { formatValue, type Budget } from "./bench-report";

/**
 * How each figure grows with the corpus: the same bench at several sizes (5,000 and 20,000
 * fiches by default, 100,000 on demand with --count 100000), one column a size and the growth
 * from the smallest to the largest. Also the one budget that compares sizes: search + facets at
 * 100,000 projects within 1.5× its 20,000-project p95.
 */
export type ScaleFigures = Record<string, number | null>;

const METRICS: { key: string; label: string; unit: string }[] = [
  { key: "import", label: "Import", unit: "fiches/s" },
  { key: "search", label: "Recherche + facettes p95", unit: "ms" },
  { key: "project", label: "Page projet p95", unit: "ms" },
  { key: "country", label: "Page pays p95", unit: "ms" },
  { key: "collectivite", label: "Page collectivité p95", unit: "ms" },
  { key: "contacts", label: "Recherche de contacts p95", unit: "ms" },
  { key: "post", label: "Page poste p95", unit: "ms" },
  { key: "statistics", label: "Page statistiques p95", unit: "ms" },
  { key: "network", label: "Page réseau p95", unit: "ms" },
  { key: "home", label: "Page d'accueil p95", unit: "ms" },
  { key: "heaviestPage", label: "Page la plus lourde (gzip)", unit: "kB" },
  { key: "mapGzip", label: "/api/map (gzip)", unit: "kB" },
  { key: "mapHtml", label: "HTML de /carte (gzip)", unit: "kB" },
  { key: "mapRender", label: "Carte : premier rendu", unit: "s" },
  { key: "rss", label: "Serveur web : RSS max", unit: "MB" },
];

export const SEARCH_GROWTH_LIMIT = 1.5;

/** The table, sizes in ascending order. */
export function scalingTable(runs: { count: number; scale: ScaleFigures }[]): string {
  const sorted = [...runs].sort((a, b) => a.count - b.count);
  const width = Math.max(...METRICS.map((m) => m.label.length)) + 2;
  const column = 16;
  const head = `${"Fiches".padEnd(width)}${sorted.map((r) => r.count.toLocaleString("fr-FR").padEnd(column)).join("")}${sorted.length > 1 ? "croissance" : ""}`;
  const lines = ["Passage à l'échelle", "-------------------", head];
  for (const m of METRICS) {
    const values = sorted.map((r) => r.scale[m.key] ?? null);
    const first = values[0];
    const last = values[values.length - 1];
    const growth = sorted.length > 1 && first && last !== null ? `×${(last / first).toFixed(2)}` : "";
    lines.push(`${m.label.padEnd(width)}${values.map((v) => formatValue(v, m.unit).padEnd(column)).join("")}${growth}`);
  }
  return lines.join("\n");
}

/** Search at 100,000 projects against 20,000: measured only when both sizes ran. */
export function searchGrowthBudget(runs: { count: number; scale: ScaleFigures }[]): Budget {
  const at = (count: number) => runs.find((r) => r.count === count)?.scale.search ?? null;
  const [small, large] = [at(20_000), at(100_000)];
  const value = small && large ? Math.round((large / small) * 100) / 100 : null;
  return {
    name: "Recherche p95 à 100 000 / à 20 000",
    value,
    limit: SEARCH_GROWTH_LIMIT,
    unit: "×",
    kind: "max",
    note: value === null ? "non mesuré (npm run bench -- --count 100000)" : undefined,
  };
}
