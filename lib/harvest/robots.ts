import robotsParser from "robots-parser";
import { type FetchedPage, type FetchOptions, fetchPage, FetchFailure } from "./fetch-page";

/**
 * The site's robots.txt, read once at the start of a run (RFC 9309): its rules for our
 * User-Agent decide which pages may be asked for, and its Crawl-delay, when longer than ours,
 * sets the pace. A robots.txt that is missing (4xx) allows everything; one that cannot be read
 * (5xx, network) forbids everything, as the RFC says, and the run stops with that reason.
 */

export interface RobotsRules {
  allows(url: string): boolean;
  /** Crawl-delay for our User-Agent, in milliseconds, or null. */
  crawlDelayMs: number | null;
  /** Where the rules came from, for the summary. */
  source: string;
}

export function robotsUrl(baseUrl: string): string {
  return new URL("/robots.txt", baseUrl).toString();
}

/** Rules from a robots.txt body, for the User-Agent `userAgent` (its product token is matched). */
export function parseRobots(url: string, body: string, userAgent: string): RobotsRules {
  const robots = robotsParser(url, body);
  const delay = robots.getCrawlDelay(userAgent);
  return {
    // robots-parser answers undefined for another host: such a URL is never ours to ask.
    allows: (page) => robots.isAllowed(page, userAgent) === true,
    crawlDelayMs: typeof delay === "number" && delay > 0 ? delay * 1000 : null,
    source: url,
  };
}

export const ALLOW_ALL = (source: string): RobotsRules => ({ allows: () => true, crawlDelayMs: null, source });

export async function loadRobots(baseUrl: string, options: FetchOptions): Promise<RobotsRules> {
  const url = robotsUrl(baseUrl);
  let page: FetchedPage;
  try {
    page = await fetchPage(url, options);
  } catch (error) {
    const why = error instanceof FetchFailure ? error.message : String(error);
    throw new Error(`robots.txt illisible (${url} : ${why}) : par prudence, rien n'est récolté`);
  }
  if (page.status >= 400 && page.status < 500) return ALLOW_ALL(`${url} (absent, HTTP ${page.status})`);
  if (page.status !== 200)
    throw new Error(`robots.txt illisible (${url} : HTTP ${page.status}) : par prudence, rien n'est récolté`);
  return parseRobots(url, page.bytes.toString("utf8"), options.userAgent);
}
