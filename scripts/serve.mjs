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
import { newTiming, serverTimingValue, timingStorage } from "../lib/http/server-timing.mjs";

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
const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (REFUSED_BEFORE_NEXT.has(req.method ?? "")) {
    res.writeHead(405, { Allow: ALLOW_READ_ONLY, "Content-Type": "text/plain; charset=utf-8" });
    res.end("Méthode non autorisée : cette adresse se consulte seulement (GET).\n");
    return;
  }
  const timing = newTiming();
  // Set as the head is written: explicitly (writeHead) or implicitly by the first write, which
  // Node routes through writeHead too.
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (!res.headersSent) res.setHeader("Server-Timing", serverTimingValue(timing));
    return writeHead.apply(this, args);
  };
  timingStorage().run(timing, () => handle(req, res));
});
server.listen(port, hostname, () => {
  console.log(`▲ Next.js ${dev ? "(dev) " : ""}prêt sur http://${hostname}:${port}`);
});

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
