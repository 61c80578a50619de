import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { noProjectPageText, type PageCharset, projectPageText, seedFiches, servedPage } from "../support/atlas-pages";

/**
 * A stand-in for the official Atlas on 127.0.0.1: project pages built from the seeds (a distinct
 * project per id, UTF-8 or ISO-8859-1 declared in the header only), ids without a project (404 or
 * a 200 error page), and the misbehaviours a harvest must survive, each on the first request for
 * its id only: a 429 with Retry-After, a burst of 503, a page slower than the timeout, a reset
 * connection; a redirect within the site and one off it. It counts every request per id and keeps the headers of the last one.
 */

export const RANGE = { from: 1, to: 40 };
export const PROJECT_IDS = [3, 5, 9, 13, 17, 21, 26, 31, 34, 38];
export const MISSING_404 = new Set([2, 4, 6, 8, 10]);
/** A project id robots.txt forbids: never asked for, never saved. */
export const DISALLOWED_ID = 40;
export const REDIRECTED_ID = 21;
/** Redirected to another host (localhost instead of 127.0.0.1): refused, never followed. */
export const OFFSITE_ID = 23;
const RATE_LIMITED_ID = 5;
const BURST_503_ID = 9;
const SLOW_ID = 13;
const RESET_ID = 17;
export const SLOW_MS = 3_000;

export interface AtlasSite {
  baseUrl: string;
  requests: Map<number, number>;
  lastHeaders: Map<number, IncomingMessage["headers"]>;
  robotsRequests: number;
  /** Requests that followed the redirect off the site (must stay 0). */
  offsiteRequests: number;
  /** The bytes served for a project id. */
  page(id: number): { bytes: Buffer; contentType: string; etag: string };
  close(): Promise<void>;
}

function fail(message: string): never {
  throw new Error(message);
}

export async function startAtlasSite(): Promise<AtlasSite> {
  const seeds = seedFiches();
  const pages = new Map<number, { bytes: Buffer; contentType: string; etag: string }>();
  PROJECT_IDS.concat(DISALLOWED_ID).forEach((id, i) => {
    const { name, fiche } = seeds[i % seeds.length];
    const charset: PageCharset = i % 2 === 0 ? "utf-8" : "iso-8859-1";
    const served = servedPage(
      projectPageText({ ...fiche, title: `${fiche.title} (Atlas n° ${id})` }, `${name}/${id}`),
      charset,
    );
    pages.set(id, { ...served, etag: `"p${id}-v1"` });
  });
  const site: Omit<AtlasSite, "baseUrl" | "close"> = {
    requests: new Map(),
    lastHeaders: new Map(),
    robotsRequests: 0,
    offsiteRequests: 0,
    page: (id) => pages.get(id) ?? fail(`no page for ${id}`),
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/robots.txt") {
      site.robotsRequests++;
      res.writeHead(200, { "content-type": "text/plain" });
      return res.end(
        `User-agent: *\nDisallow: /cncdext/dyn/public/atlas/detailProjet.html?criteres.prjId=${DISALLOWED_ID}$\nDisallow: /cncdext/admin/\n`,
      );
    }
    const id = Number(url.searchParams.get("criteres.prjId"));
    if (url.pathname === "/cncdext/dyn/public/atlas/detailProjet.html") {
      const count = (site.requests.get(id) ?? 0) + 1;
      site.requests.set(id, count);
      site.lastHeaders.set(id, req.headers);
      if (id === RESET_ID && count === 1) return req.socket.destroy();
      if (id === RATE_LIMITED_ID && count === 1)
        return void res.writeHead(429, { "retry-after": "1" }).end("Trop de requêtes");
      if (id === BURST_503_ID && count <= 2) return void res.writeHead(503).end("Service indisponible");
      if (id === REDIRECTED_ID)
        return void res.writeHead(302, { location: `/cncdext/dyn/public/atlas/projet.html?id=${id}` }).end();
      if (id === OFFSITE_ID)
        return void res.writeHead(301, { location: `http://localhost:${req.socket.localPort}/ailleurs/${id}` }).end();
      if (id === SLOW_ID && count === 1) return void setTimeout(() => serveId(res, req, id), SLOW_MS);
      return serveId(res, req, id);
    }
    // A second site under /panne/: every page fails, for the run's stop after consecutive failures.
    if (url.pathname.startsWith("/ailleurs/")) site.offsiteRequests++;
    if (url.pathname.startsWith("/panne/")) return void res.writeHead(500).end("Erreur interne");
    if (url.pathname === "/cncdext/dyn/public/atlas/projet.html")
      return serveId(res, req, Number(url.searchParams.get("id")));
    res.writeHead(404).end();
  };

  const serveId = (res: ServerResponse, req: IncomingMessage, id: number) => {
    if (res.destroyed) return;
    const page = pages.get(id);
    if (page && req.headers["if-none-match"] === page.etag) return void res.writeHead(304, { etag: page.etag }).end();
    if (page)
      return void res
        .writeHead(200, {
          "content-type": page.contentType,
          etag: page.etag,
          "last-modified": "Mon, 02 Feb 2026 10:00:00 GMT",
        })
        .end(page.bytes);
    if (MISSING_404.has(id))
      return void res
        .writeHead(404, { "content-type": "text/html;charset=UTF-8" })
        .end("<html><body>Introuvable</body></html>");
    res.writeHead(200, { "content-type": "text/html;charset=UTF-8" }).end(noProjectPageText(id));
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(site, {
    baseUrl: `http://127.0.0.1:${port}/cncdext`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
