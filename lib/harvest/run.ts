import { createHash } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "./atomic-write";
import type { BackoffPolicy } from "./backoff";
import { classifyPage } from "./classify";
import { type FetchedPage, FetchFailure, fetchPage, sleep } from "./fetch-page";
import { projectPageUrl, USER_AGENT } from "./identity";
import {
  isSettled,
  loadManifest,
  type Manifest,
  type ManifestEntry,
  manifestPath,
  removeStaleTemporaries,
  saveManifest,
} from "./manifest";
import { loadRobots } from "./robots";

/**
 * The harvest: one id after another, one request at a time, at the chosen pace; each answer
 * saved (project pages as served, atomically) and recorded in the manifest before the next.
 */

export interface HarvestOptions {
  ids: number[];
  outDir: string;
  baseUrl: string;
  delayMs: number;
  /** Ask again for what the manifest has, conditionally (If-None-Match / If-Modified-Since). */
  refresh: boolean;
  timeoutMs: number;
  /** The run stops after this many pages in a row failed every attempt. */
  maxConsecutiveFailures: number;
  backoff?: BackoffPolicy;
  onProgress?: (tally: HarvestTally) => void;
  log?: (line: string) => void;
}

export interface HarvestTally {
  done: number;
  total: number;
  /** Project pages held for the ids of this run (saved now or before). */
  found: number;
  absent: number;
  errors: number;
}

export interface HarvestSummary extends HarvestTally {
  /** Requests for project pages (attempts and robots.txt aside). */
  requests: number;
  skipped: number;
  saved: number;
  unchanged: number;
  disallowed: number;
  /** Project files written by this run (new or changed): what --import imports. */
  changedFiles: string[];
  /** Why the run stopped before the end, or null. */
  stopped: string | null;
  outDir: string;
  manifest: string;
}

export async function harvest(options: HarvestOptions): Promise<HarvestSummary> {
  const { outDir } = options;
  mkdirSync(outDir, { recursive: true });
  removeStaleTemporaries(outDir);
  const manifest = loadManifest(outDir, options.baseUrl);
  const fetchOptions = {
    userAgent: USER_AGENT,
    timeoutMs: options.timeoutMs,
    backoff: options.backoff,
    onRetry: (reason: string, waitMs: number, attempt: number) =>
      options.log?.(
        `${reason} : nouvelle tentative (${attempt + 1}) dans ${(waitMs / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} s`,
      ),
  };
  const robots = await loadRobots(options.baseUrl, fetchOptions);
  const pace = Math.max(options.delayMs, robots.crawlDelayMs ?? 0);
  let lastRequest = Date.now();

  const summary: HarvestSummary = {
    done: 0,
    total: options.ids.length,
    found: 0,
    absent: 0,
    errors: 0,
    requests: 0,
    skipped: 0,
    saved: 0,
    unchanged: 0,
    disallowed: 0,
    changedFiles: [],
    stopped: null,
    outDir,
    manifest: manifestPath(outDir),
  };
  let consecutiveFailures = 0;
  const tally = (kind: ManifestEntry["kind"]) => {
    summary.done++;
    if (kind === "projet") summary.found++;
    else if (kind === "absent") summary.absent++;
    else summary.errors++;
    options.onProgress?.(summary);
  };

  for (const id of options.ids) {
    const known = manifest.entries[id];
    if (!options.refresh && isSettled(outDir, known)) {
      summary.skipped++;
      tally(known.kind);
      continue;
    }
    const url = projectPageUrl(options.baseUrl, id);
    if (!robots.allows(url)) {
      summary.disallowed++;
      summary.done++;
      options.onProgress?.(summary);
      continue;
    }
    await sleep(Math.max(0, lastRequest + pace - Date.now()));
    summary.requests++;
    const conditional = options.refresh && isSettled(outDir, known) && known.kind === "projet" ? validators(known) : {};
    let page: FetchedPage | FetchFailure;
    try {
      page = await fetchPage(url, { ...fetchOptions, headers: conditional });
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      page = error;
    }
    lastRequest = Date.now();
    const entry = record(manifest, id, url, page, outDir, summary);
    tally(entry.kind);
    saveManifest(outDir, manifest);
    if (entry.kind !== "erreur") {
      consecutiveFailures = 0;
      continue;
    }
    options.log?.(`${id} : ${entry.note}`);
    if (++consecutiveFailures >= options.maxConsecutiveFailures) {
      summary.stopped =
        `Récolte arrêtée après ${consecutiveFailures} échecs consécutifs (dernier : identifiant ${id}, ${entry.note}). ` +
        "Le site est peut-être indisponible ou refuse nos requêtes : relancez plus tard, la récolte reprendra où elle s'est arrêtée.";
      break;
    }
  }
  return summary;
}

function validators(entry: ManifestEntry): Record<string, string> {
  const headers: Record<string, string> = {};
  if (entry.etag) headers["if-none-match"] = entry.etag;
  if (entry.lastModified) headers["if-modified-since"] = entry.lastModified;
  return headers;
}

/** Saves what the answer holds and writes its manifest entry; a refresh that failed keeps the page held. */
function record(
  manifest: Manifest,
  id: number,
  url: string,
  page: FetchedPage | FetchFailure,
  dir: string,
  summary: HarvestSummary,
): ManifestEntry {
  const known = manifest.entries[id];
  const fetchedAt = new Date().toISOString();
  const keep = (entry: ManifestEntry): ManifestEntry => {
    manifest.entries[id] = entry;
    return entry;
  };
  if (page instanceof FetchFailure) {
    const kind = page.offsite ? "absent" : "erreur";
    const entry: ManifestEntry = {
      id,
      url,
      status: page.status,
      fetchedAt,
      kind,
      file: null,
      etag: null,
      lastModified: null,
      sha256: null,
      charset: null,
      note: page.offsite ? `pas une page de projet : ${page.message}` : page.message,
    };
    if (kind === "erreur" && isSettled(dir, known)) return entry;
    return keep(entry);
  }
  if (page.status === 304 && known) {
    summary.unchanged++;
    return keep({ ...known, status: 304, fetchedAt });
  }
  const verdict = classifyPage(page);
  const entry: ManifestEntry = {
    id,
    url,
    status: page.status,
    fetchedAt,
    kind: verdict.kind,
    file: null,
    note: verdict.note,
    charset: verdict.charset,
    etag: page.headers.get("etag"),
    lastModified: page.headers.get("last-modified"),
    sha256: null,
  };
  if (verdict.kind === "erreur") {
    if (isSettled(dir, known)) return entry;
    return keep(entry);
  }
  if (verdict.kind === "projet") {
    entry.file = `${id}.html`;
    entry.sha256 = createHash("sha256").update(page.bytes).digest("hex");
    const file = path.join(dir, entry.file);
    if (known?.sha256 === entry.sha256 && existsSync(file)) summary.unchanged++;
    else {
      writeFileAtomic(file, page.bytes);
      summary.saved++;
      summary.changedFiles.push(file);
    }
  }
  return keep(entry);
}
