import { type BackoffPolicy, DEFAULT_BACKOFF, isTransientStatus, retryWait, backoffDelay } from "./backoff";

/**
 * One page over HTTP, politely and stubbornly: redirects followed within the same host only,
 * a timeout per attempt, and a bounded number of attempts on what is worth another try (429 and
 * 503 with their Retry-After, other 5xx, connection resets, timeouts) with exponential backoff.
 */

export interface FetchedPage {
  /** Final status after redirects (200, 304, 404…). */
  status: number;
  /** Final URL after redirects. */
  url: string;
  headers: Headers;
  /** The body exactly as served (transfer compression aside). */
  bytes: Buffer;
}

export interface FetchOptions {
  userAgent: string;
  timeoutMs: number;
  backoff?: BackoffPolicy;
  /** Extra request headers (If-None-Match, If-Modified-Since under --refresh). */
  headers?: Record<string, string>;
  /** Called before each wait between attempts, to say why. */
  onRetry?: (reason: string, waitMs: number, attempt: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** A page that could not be had after every attempt, or a redirect off the site. */
export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly offsite = false,
  ) {
    super(message);
    this.name = "FetchFailure";
  }
}

const MAX_REDIRECTS = 5;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const policy = options.backoff ?? DEFAULT_BACKOFF;
  const wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    let reason: string;
    let waitMs: number;
    try {
      const page = await requestFollowingRedirects(url, options);
      if (!isTransientStatus(page.status)) return page;
      reason = `HTTP ${page.status}`;
      if (attempt >= policy.maxAttempts) throw new FetchFailure(`${reason} après ${attempt} tentatives`, page.status);
      waitMs = retryWait(attempt, page.headers.get("retry-after"), policy);
    } catch (error) {
      if (error instanceof FetchFailure) throw error;
      reason = networkReason(error);
      if (attempt >= policy.maxAttempts) throw new FetchFailure(`${reason} après ${attempt} tentatives`, null);
      waitMs = backoffDelay(attempt, policy);
    }
    options.onRetry?.(reason, waitMs, attempt);
    await wait(waitMs);
  }
}

async function requestFollowingRedirects(start: string, options: FetchOptions): Promise<FetchedPage> {
  const host = new URL(start).host;
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, {
      redirect: "manual",
      headers: { "user-agent": options.userAgent, accept: "text/html,application/xhtml+xml", ...options.headers },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      await response.body?.cancel();
      const next = new URL(location, url);
      if (next.host !== host)
        throw new FetchFailure(`redirection hors du site refusée (${next.host})`, response.status, true);
      if (hop >= MAX_REDIRECTS) throw new FetchFailure(`plus de ${MAX_REDIRECTS} redirections`, response.status);
      url = next.toString();
      continue;
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, url, headers: response.headers, bytes };
  }
}

/** A network failure in a few French words: what a reader of the log needs, not undici's stack. */
function networkReason(error: unknown): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return "délai d'attente dépassé";
  const code = err.cause?.code;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connexion coupée par le serveur";
  if (code === "ECONNREFUSED") return "connexion refusée";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "nom de serveur introuvable";
  return `erreur réseau : ${code ?? err.cause?.message ?? err.message ?? String(error)}`;
}
