import { gzipSync } from "node:zlib";

/**
 * HTTP timing for the benchmark: sequential requests against `next start` (one user, no
 * concurrency, so figures are latencies rather than throughput), percentiles, and the
 * first-load JavaScript of a page counted the way a browser receives it.
 */

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of an unsorted list of milliseconds. */
export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

export interface Timed {
  ms: number;
  status: number;
  bytes: number;
  /** The app's own figure when it sends a Server-Timing header ("total;dur=12.3"). */
  serverMs: number | null;
}

/** GET a URL and read the whole body (a streamed page is done when its last chunk arrives). */
export async function timedGet(url: string): Promise<Timed> {
  const started = performance.now();
  const res = await fetch(url); // gzip accepted, like a browser
  const body = await res.arrayBuffer();
  const ms = performance.now() - started;
  const timing = res.headers.get("server-timing");
  const dur = timing ? [...timing.matchAll(/dur=([\d.]+)/g)].reduce((s, m) => s + Number(m[1]), 0) : null;
  return { ms, status: res.status, bytes: body.byteLength, serverMs: dur };
}

/** Times each URL once, in order, after `warmup` untimed requests (first renders compile and fill caches). */
export async function timeUrls(
  urls: string[],
  warmup: number,
  onEach?: (done: number) => void,
): Promise<{ samples: Timed[]; errors: number }> {
  for (const url of urls.slice(0, warmup)) await timedGet(url).catch(() => null);
  const samples: Timed[] = [];
  let errors = 0;
  for (const [i, url] of urls.entries()) {
    const t = await timedGet(url).catch(() => null);
    if (!t || t.status >= 500) errors++;
    if (t) samples.push(t);
    onEach?.(i + 1);
  }
  return { samples, errors };
}

/** Status of one GET, to see whether a page exists yet (404 → not built). */
export async function probe(url: string): Promise<number> {
  try {
    const res = await fetch(url);
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

export interface FirstLoadJs {
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
  /** The five heaviest scripts, to see what to split or defer. */
  largest: { src: string; gzipBytes: number }[];
}

/**
 * JavaScript a first visit downloads: every <script src> of the page's HTML (except nomodule
 * polyfills), fetched and gzipped (level 9, like Next's own build report). Reading the HTML
 * works whatever the Next version's manifests look like.
 */
export async function firstLoadJs(pageUrl: string): Promise<FirstLoadJs> {
  const html = await (await fetch(pageUrl)).text();
  const sources = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    // Legacy polyfills (<script nomodule>) are skipped by every browser that runs modules.
    if (/\bnomodule\b/i.test(m[0])) continue;
    const src = /\bsrc="([^"]+)"/.exec(m[0])?.[1];
    if (src) sources.add(src.replace(/&amp;/g, "&"));
  }
  let rawBytes = 0;
  let gzipBytes = 0;
  const sizes: { src: string; gzipBytes: number }[] = [];
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer());
    const gz = gzipSync(body, { level: 9 }).byteLength;
    rawBytes += body.byteLength;
    gzipBytes += gz;
    sizes.push({ src, gzipBytes: gz });
  }
  return {
    scripts: sources.size,
    rawBytes,
    gzipBytes,
    largest: sizes.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5),
  };
}

/** Bytes of a page's HTML as sent gzipped (level 6, what a server's compression gives). */
export async function gzipSize(url: string): Promise<{ bytes: number; gzipBytes: number }> {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { bytes: body.byteLength, gzipBytes: gzipSync(body).byteLength };
}
