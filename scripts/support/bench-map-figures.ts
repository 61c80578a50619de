import { benchMapEndpoint, benchMapHtml, benchMapRender } from "../bench-map";
import { findChromium } from "./chromium";
import { timedGet } from "./bench-http";
import { formatValue } from "./bench-report";

/**
 * Map figures of the bench, measured by scripts/bench-map.ts on the real app and the imported
 * corpus: GET /api/map and the /carte HTML unfiltered (sizes and times), and the first
 * clustered render of every place in Chromium (skipped, with the reason, without Chromium).
 */
export interface MapFigures {
  result: Record<string, unknown>;
  rows: [string, string][];
  renderSeconds: number | null;
  renderNote?: string;
  /** Gzipped sizes in kB, for the budgets. */
  endpointGzipKb: number;
  htmlGzipKb: number;
}

const kB = (bytes: number) => formatValue(bytes / 1000, "kB");

export async function mapFigures(base: string, notes: string[]): Promise<MapFigures> {
  const cold = await timedGet(`${base}/api/map`);
  const endpoint = await benchMapEndpoint(base);
  const html = await benchMapHtml(base);
  const result: Record<string, unknown> = { endpoint: { ...endpoint, coldMs: cold.ms }, html };
  const rows: [string, string][] = [
    [
      "Carte : /api/map (tous les lieux)",
      `${kB(endpoint.bytes)} (${kB(endpoint.gzipBytes)} gzip), ${formatValue(cold.ms, "ms")} à froid, ${formatValue(endpoint.ms, "ms")} ensuite, ${endpoint.places} lieux`,
    ],
    ["Carte : HTML de /carte", `${kB(html.bytes)} (${kB(html.gzipBytes)} gzip) en ${formatValue(html.ms, "ms")}`],
  ];
  const figures = {
    result,
    rows,
    endpointGzipKb: Math.round(endpoint.gzipBytes / 100) / 10,
    htmlGzipKb: Math.round(html.gzipBytes / 100) / 10,
  };

  const chromium = findChromium();
  if (!chromium) {
    notes.push("Chromium introuvable : premier rendu de la carte non mesuré.");
    return { ...figures, renderSeconds: null, renderNote: "non mesuré (pas de Chromium)" };
  }
  const render = await benchMapRender(base, chromium);
  result.render = render;
  rows.push(["Carte : premier rendu (Chromium)", `${formatValue(render.renderMs, "ms")}, ${render.places} lieux`]);
  return { ...figures, renderSeconds: render.renderMs / 1000 };
}
