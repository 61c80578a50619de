/**
 * The web server: Next's request handler behind a plain Node HTTP server, bound to HOST.
 *   node scripts/serve.mjs start|dev -p PORT -H HOST
 *
 * Why not `next start`: Node's fetch Request refuses the TRACE and TRACK methods, and Next
 * builds one for every route handler (and for proxy.ts) before any code of the atlas runs, so
 * such a request answered 500. Here they get the 405 every route gives to a method it does not
 * serve. Everything else goes to Next unchanged. Plain JavaScript so that Node runs it as it is.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { ALLOW_READ_ONLY } from "../lib/http/static-headers.mjs";
import pg from "pg";
import { DATA_CACHE_CONTROL, DATA_VERSION_EXPRESSION, entityTag, matchesIfNoneMatch } from "../lib/http/entity-tag.mjs";
import { requestDataVersionStorage } from "../lib/http/request-data-version.mjs";
import { newTiming, serverTimingValue, timedQuery, timingStorage } from "../lib/http/server-timing.mjs";

const REFUSED_BEFORE_NEXT = new Set(["TRACE", "TRACK"]);

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string", short: "p", default: "3000" },
    hostname: { type: "string", short: "H", default: "127.0.0.1" },
  },
});
const dev = positionals[0] === "dev";
const port = Number(values.port);
const hostname = values.hostname;

// As `next start` and `next dev` do: React and Next pick their production or development builds
// from it when first loaded, so it is set before Next is imported.
process.env.NODE_ENV = dev ? "development" : "production";
const { default: next } = await import("next");
// Next writes a loopback address as `localhost` in the URLs proxy.ts sees, but compares rewrites
// with `http://<hostname>:<port>`: told 127.0.0.1, it takes next-intl's rewrite of `/projets` to
// `/fr/projets` for another site's address. Naming loopback `localhost` keeps both the same.
const LOOPBACK = new Set(["127.0.0.1", "::1", "[::1]", "localhost"]);
const app = next({ dev, hostname: LOOPBACK.has(hostname) ? "localhost" : hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// The data version from the primary (DATABASE_URL): a read of one sequence and one catalogue
// row (well under a millisecond, counted in Server-Timing's db), asked on every request so that
// every server sees an import on its next request.
const primary = process.env.DATABASE_URL ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 }) : null;
primary?.on("error", () => {});

async function currentVersion() {
  if (!primary) return null;
  try {
    const { rows } = await primary.query(`SELECT ${DATA_VERSION_EXPRESSION} AS version`);
    return rows[0].version;
  } catch {
    return null; // no version, no tag: Next answers, and reports the database's failure itself
  }
}

/**
 * Next's header for a dynamic page, which would keep it out of every shared cache. Any other
 * Cache-Control was chosen by a route, and stays.
 */
const NEXT_DYNAMIC_PAGE_CACHING = "private, no-cache, no-store, max-age=0, must-revalidate";

/** GET and HEAD, except Next's assets (their own immutable caching) and client navigations (RSC payloads, a variant of the same URL). */
function taggable(req) {
  return (req.method === "GET" || req.method === "HEAD") && !req.url?.startsWith("/_next/") && !req.headers.rsc;
}

/** Answers 304 for a current tag, else tags the 200 Next writes; returns true when answered. */
function conditional(req, res, version) {
  const tag = entityTag(version, req.url ?? "/");
  if (matchesIfNoneMatch(req.headers["if-none-match"], tag)) {
    // No CSP here: the client keeps the page it holds, with the nonce its policy named.
    res.writeHead(304, { ETag: tag, "Cache-Control": DATA_CACHE_CONTROL });
    res.end();
    return true;
  }
  onHead(res, () => {
    if (res.statusCode !== 200) return;
    if (!res.hasHeader("ETag")) res.setHeader("ETag", tag);
    const caching = res.getHeader("Cache-Control");
    if (caching === undefined || caching === NEXT_DYNAMIC_PAGE_CACHING)
      res.setHeader("Cache-Control", DATA_CACHE_CONTROL);
  });
  return false;
}

/** Runs `before` as the head is written: explicitly (writeHead) or by the first write, which Node routes through writeHead too. */
function onHead(res, before) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (!res.headersSent) before();
    return writeHead.apply(this, args);
  };
}

const server = createServer(async (req, res) => {
  if (REFUSED_BEFORE_NEXT.has(req.method ?? "")) {
    res.writeHead(405, { Allow: ALLOW_READ_ONLY, "Content-Type": "text/plain; charset=utf-8" });
    res.end("Méthode non autorisée : cette adresse se consulte seulement (GET).\n");
    return;
  }
  const timing = newTiming();
  onHead(res, () => res.setHeader("Server-Timing", serverTimingValue(timing)));
  const version = taggable(req) ? await timingStorage().run(timing, () => timedQuery(currentVersion)) : null;
  if (version !== null && conditional(req, res, version)) return;
  // Next's code reads the version from here rather than from the database again.
  const handleNext = () => handle(req, res);
  timingStorage().run(timing, () =>
    version === null ? handleNext() : requestDataVersionStorage().run(version, handleNext),
  );
});
server.listen(port, hostname, () => {
  console.log(`▲ Next.js ${dev ? "(dev) " : ""}prêt sur http://${hostname}:${port}`);
});

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
