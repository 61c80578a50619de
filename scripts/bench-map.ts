/**
 * Map benchmarks, called by scripts/bench.ts (or run alone: `tsx scripts/bench-map.ts [baseUrl]`
 * against a running app on an imported corpus). They measure the real app on its real data:
 * GET /api/map and the /carte HTML unfiltered (every place of the corpus), and the first
 * clustered render of all those places in headless Chromium.
 */
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import type { MapPointsWire } from "../lib/domain/map-points";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface MapRender {
  /** Navigation start to the first clustered render of every place, median of three cold runs. */
  renderMs: number;
  places: number;
}

/** /carte unfiltered, in a cold browser context (no HTTP cache), median of three runs after one warm-up of the server. */
export async function benchMapRender(baseUrl: string, chromiumPath: string): Promise<MapRender> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const once = async (): Promise<MapRender> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(`${baseUrl}/carte`);
        const map = page.locator('.leaflet-container[data-map-ready="true"]');
        await map.waitFor({ timeout: 120_000 });
        const renderMs = Number(await page.evaluate(() => document.documentElement.dataset.mapRenderMs));
        if (process.env.ATLAS_BENCH_VERBOSE) {
          const marks = await page.evaluate(() =>
            performance.getEntriesByType("mark").map((e) => `${e.name} ${Math.round(e.startTime)}`),
          );
          console.log(`[bench-map] ${marks.join(" · ")} · ready ${renderMs}`);
        }
        return { renderMs, places: Number(await map.getAttribute("data-map-places")) };
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

export interface BodySize {
  bytes: number;
  /** The body gzipped, as served compressed. */
  gzipBytes: number;
  /** Median of three warm requests. */
  ms: number;
}

async function measureBody(url: string): Promise<{ size: BodySize; body: Buffer }> {
  await fetch(url).then((r) => r.arrayBuffer()); // warm-up (first render, caches)
  const times: number[] = [];
  let body = Buffer.alloc(0);
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
    if (!response.ok) throw new Error(`${url} : HTTP ${response.status}`);
    body = Buffer.from(await response.arrayBuffer());
    times.push(performance.now() - started);
  }
  return { size: { bytes: body.length, gzipBytes: gzipSync(body).length, ms: Math.round(median(times)) }, body };
}

/** GET /api/map unfiltered: every place of the corpus. */
export async function benchMapEndpoint(baseUrl: string): Promise<BodySize & { places: number }> {
  const { size, body } = await measureBody(`${baseUrl}/api/map`);
  const data = JSON.parse(body.toString("utf8")) as MapPointsWire;
  return { ...size, places: data.i.length };
}

/** The /carte HTML unfiltered (the places table is one page of it). */
export async function benchMapHtml(baseUrl: string): Promise<BodySize> {
  return (await measureBody(`${baseUrl}/carte`)).size;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
  const chromiumPath = process.env.ATLAS_CHROMIUM ?? "/usr/bin/chromium";
  const kB = (n: number) => `${(n / 1000).toFixed(0)} kB`;
  const endpoint = await benchMapEndpoint(baseUrl);
  console.log(
    `GET /api/map, ${endpoint.places} lieux : ${kB(endpoint.bytes)}, ${kB(endpoint.gzipBytes)} gzip (cible ≤ 400 kB), ${endpoint.ms} ms`,
  );
  const html = await benchMapHtml(baseUrl);
  console.log(`/carte (HTML) : ${kB(html.bytes)}, ${kB(html.gzipBytes)} gzip (cible ≤ 150 kB), ${html.ms} ms`);
  const render = await benchMapRender(baseUrl, chromiumPath);
  console.log(`/carte, ${render.places} lieux : premier rendu groupé à ${render.renderMs} ms (cible ≤ 1 500 ms)`);
}
