/**
 * Map benchmarks, called by scripts/bench.ts (or run alone: `tsx scripts/bench-map.ts [baseUrl]`
 * against a running app). Both use the map's benchmark mode (`?bench=N`: N generated places,
 * see lib/search/map.ts), so 10,000 places need no big database.
 */
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

export const BENCH_PLACES = 10_000;
const CHROMIUM_ARGS = [
  "--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Time from navigation start to the first clustered render of /carte with 10,000 places, in a
 * cold browser context (no HTTP cache), median of three runs after one warm-up of the server.
 */
export async function benchMapRender(baseUrl: string, chromiumPath: string): Promise<{ renderMs: number; places: number }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const once = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${baseUrl}/carte?bench=${BENCH_PLACES}`);
        const map = page.locator('.leaflet-container[data-map-ready="true"]');
        await map.waitFor({ timeout: 60_000 });
        const renderMs = Number(await page.evaluate(() => document.documentElement.dataset.mapRenderMs));
        if (process.env.ATLAS_BENCH_VERBOSE) {
          const marks = await page.evaluate(() =>
            [...performance.getEntriesByType("mark"), ...performance.getEntriesByName(location.origin + "/api/map?bench=10000")]
              .map((e) => `${e.name.replace(location.origin, "")} ${Math.round(e.startTime)}${"responseEnd" in e ? `→${Math.round((e as PerformanceResourceTiming).responseEnd)}` : ""}`),
          );
          console.log(`[bench-map] ${marks.join(" · ")} · ready ${renderMs}`);
        }
        const places = Number(await map.getAttribute("data-map-places"));
        return { renderMs, places };
      } finally {
        await context.close();
      }
    };
    await once();
    const runs = [await once(), await once(), await once()];
    return { renderMs: median(runs.map((r) => r.renderMs)), places: runs[0].places };
  } finally {
    await browser.close();
  }
}

/** Size and time of GET /api/map for 10,000 places: raw bytes, gzip bytes (as served compressed), ms. */
export async function benchMapEndpoint(baseUrl: string): Promise<{ bytes: number; gzipBytes: number; ms: number; places: number }> {
  const url = `${baseUrl}/api/map?bench=${BENCH_PLACES}`;
  await fetch(url).then((r) => r.arrayBuffer()); // warm-up
  const times: number[] = [];
  let body = Buffer.alloc(0);
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
    body = Buffer.from(await response.arrayBuffer());
    times.push(performance.now() - started);
  }
  const data = JSON.parse(body.toString("utf8")) as { p: unknown[] };
  return { bytes: body.length, gzipBytes: gzipSync(body).length, ms: Math.round(median(times)), places: data.p.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
  const chromiumPath = process.env.ATLAS_CHROMIUM ?? "/usr/bin/chromium";
  const endpoint = await benchMapEndpoint(baseUrl);
  console.log(`GET /api/map, ${endpoint.places} lieux : ${(endpoint.bytes / 1024).toFixed(0)} Kio, ${(endpoint.gzipBytes / 1024).toFixed(0)} Kio gzip, ${endpoint.ms} ms`);
  const render = await benchMapRender(baseUrl, chromiumPath);
  console.log(`/carte, ${render.places} lieux : premier rendu groupé à ${render.renderMs} ms (cible ≤ 1 500 ms)`);
}
