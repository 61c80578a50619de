import { gzipSync } from "node:zlib";
import { findChromium } from "./chromium";
import { probe, timedGet } from "./bench-http";
import { formatValue } from "./bench-report";

/**
 * Map figures of the bench. The real /api/map (every place of the imported corpus) is measured
 * here; scripts/bench-map.ts, the map's own bench, adds its fixed-size endpoint figure and the
 * first clustered render in Chromium. It is imported dynamically: when it is missing, or there
 * is no Chromium, the render is reported as skipped with the reason.
 */
export async function mapFigures(base: string, notes: string[]): Promise<{ result: Record<string, unknown>; rows: [string, string][]; renderSeconds: number | null; renderNote?: string }> {
  type MapModule = {
    benchMapEndpoint?: (baseUrl: string) => Promise<unknown>;
    benchMapRender?: (baseUrl: string, chromiumPath: string) => Promise<unknown>;
  };
  const modulePath = "../bench-map.ts";
  const mod = (await import(modulePath).catch(() => null)) as MapModule | null;
  const out: [string, string][] = [];
  const result: Record<string, unknown> = {};

  // The real endpoint with every place of the imported corpus (no filter), measured here.
  if ((await probe(`${base}/api/map`)) === 200) {
    const cold = await timedGet(`${base}/api/map`);
    const warm = await timedGet(`${base}/api/map`);
    const body = Buffer.from(await (await fetch(`${base}/api/map`, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
    let places: number | null = null;
    try {
      const data = JSON.parse(body.toString("utf8")) as { p?: unknown[] } | unknown[];
      places = Array.isArray(data) ? data.length : Array.isArray(data.p) ? data.p.length : null;
    } catch {}
    const gzipBytes = gzipSync(body).byteLength;
    result.allPlaces = { bytes: body.byteLength, gzipBytes, coldMs: cold.ms, ms: warm.ms, places };
    out.push(["Carte : /api/map (tous les lieux)", `${formatValue(body.byteLength / 1000, "kB")} (${formatValue(gzipBytes / 1000, "kB")} gzip), ${formatValue(cold.ms, "ms")} à froid, ${formatValue(warm.ms, "ms")} ensuite${places !== null ? `, ${places} lieux` : ""}`]);
  } else {
    notes.push("Point d'accès /api/map absent : non mesuré.");
  }

  // The map engineer's endpoint figure (a fixed number of generated places).
  if (mod?.benchMapEndpoint) {
    const endpoint = await mod.benchMapEndpoint(base).catch((e: Error) => ({ error: e.message }));
    result.endpoint = endpoint;
    const e = endpoint as Record<string, number | string>;
    if ("error" in e) out.push(["Carte : /api/map?bench", `erreur : ${e.error}`]);
    else {
      const bytes = Number(e.bytes ?? e.sizeBytes ?? e.rawBytes);
      const gz = Number(e.gzipBytes ?? e.gzip);
      const time = Number(e.ms ?? e.timeMs ?? e.durationMs);
      out.push([`Carte : /api/map?bench (${e.places ?? e.count ?? "?"} lieux)`, `${formatValue(bytes / 1000, "kB")} (${formatValue(gz / 1000, "kB")} gzip) en ${formatValue(time, "ms")}`]);
    }
  }

  const chromium = findChromium();
  if (!mod?.benchMapRender) {
    notes.push("scripts/bench-map.ts absent : premier rendu de la carte non mesuré.");
    return { result, rows: out, renderSeconds: null, renderNote: "non mesuré (scripts/bench-map.ts absent)" };
  }
  if (!chromium) {
    notes.push("Chromium introuvable : premier rendu de la carte non mesuré.");
    return { result, rows: out, renderSeconds: null, renderNote: "non mesuré (pas de Chromium)" };
  }
  const render = await mod.benchMapRender(base, chromium).catch((e: Error) => ({ error: e.message }));
  result.render = render;
  const r = (typeof render === "number" ? { ms: render } : render) as Record<string, number | string>;
  const renderMs = Number(r.ms ?? r.firstRenderMs ?? r.renderMs ?? r.timeMs ?? r.durationMs);
  if ("error" in r || Number.isNaN(renderMs)) {
    out.push(["Carte : premier rendu", `erreur : ${String(r.error ?? "résultat illisible")}`]);
    return { result, rows: out, renderSeconds: null, renderNote: "erreur" };
  }
  const places = r.places ?? r.count ?? r.markers;
  out.push(["Carte : premier rendu (Chromium)", `${formatValue(renderMs, "ms")}${places ? `, ${places} lieux` : ""}`]);
  return { result, rows: out, renderSeconds: renderMs / 1000 };
}
