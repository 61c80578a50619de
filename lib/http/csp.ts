/**
 * The security headers, built in one place: the Content-Security-Policy of pages (with a fresh
 * nonce per request, set by proxy.ts), the policy of non-HTML responses (API routes, raw
 * sources), and the headers every response carries (next.config.mjs).
 *
 * Kept free of Node and Next imports: proxy.ts loads it. The headers that do not change per
 * request live in static-headers.mjs, plain JavaScript, because next.config.mjs loads them too.
 */
import { serialize } from "./static-headers.mjs";

export { RESOURCE_POLICY, SECURITY_HEADERS } from "./static-headers.mjs";

/** Request header through which proxy.ts hands the nonce to server components. */
export const NONCE_HEADER = "x-nonce";

/** Where the embeddable widgets live (app/integrer): compact pages, without the site's header. */
export const EMBED_PREFIX = "/integrer/";

/** Request header through which proxy.ts tells the root layout it renders a widget. */
export const EMBED_HEADER = "x-atlas-embed";

/**
 * Pages that another site may show in a frame: only the widgets, by any site. Every other page
 * keeps `frame-ancestors 'none'`.
 */
const EMBEDDABLE_PAGES: { path: RegExp; frameAncestors: string }[] = [
  { path: /^\/integrer\/(collectivites|pays)\/[^/]+\/?$/, frameAncestors: "*" },
];

export function frameAncestorsFor(pathname: string): string {
  return EMBEDDABLE_PAGES.find((page) => page.path.test(pathname))?.frameAncestors ?? "'none'";
}

export interface PagePolicyOptions {
  nonce: string;
  pathname: string;
  /** `NEXT_PUBLIC_TILE_URL`: a Leaflet tile template, or empty when the map draws only its offline base. */
  tileUrl?: string;
  /** `next dev` needs eval (React rebuilds server error stacks with it) and injects styles without a nonce. */
  dev?: boolean;
}

/** The policy of an HTML page. */
export function pagePolicy({ nonce, pathname, tileUrl, dev = false }: PagePolicyOptions): string {
  const tiles = tileUrl ? [tileSource(tileUrl)] : [];
  return serialize({
    "default-src": ["'self'"],
    // Next's inline scripts (RSC payload, bootstrap) and its chunk tags carry the nonce; the
    // chunks they load later (Leaflet, behind `dynamic()`) are trusted through 'strict-dynamic'.
    // 'self' only serves browsers too old for 'strict-dynamic', which ignore it otherwise.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // <style> elements (Next's own, Observable Plot's inside the server-rendered charts) need the nonce.
    "style-src-elem": ["'self'", dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    // Style attributes cannot carry a nonce, and a hash would have to list every value: Plot
    // writes `style="…"` on its SVG and legends, and React server-renders `style={…}` props.
    // (Leaflet positions its panes and markers through element.style, which CSP does not
    // restrict.) An injected attribute can restyle an element, never run code.
    "style-src-attr": ["'unsafe-inline'"],
    // Browsers without the -elem/-attr split (before Chrome 75, Firefox 108, Safari 15.4) fall
    // back to this one; with a nonce in it they would also refuse every style attribute.
    "style-src": ["'self'", "'unsafe-inline'"],
    // Leaflet draws tiles as <img>; its own icons are CSS files and bundled images.
    "img-src": ["'self'", ...tiles],
    "font-src": ["'self'"],
    // fetch(): the base map (/api/map/base), the places (/api/map), Next's RSC navigations.
    "connect-src": ["'self'"],
    // The network's force layout (graphology-layout-forceatlas2/worker) runs in a worker built
    // from its own function's source as a blob: URL (no eval). Allowed on every page, because a
    // client-side navigation to /reseau keeps the policy of the page it started from; making a
    // blob: URL already takes running script. Without this directive workers would fall back to
    // script-src, whose 'strict-dynamic' refuses them.
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": [frameAncestorsFor(pathname)],
  });
}

/** A fresh, unguessable nonce (128 random bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The CSP source allowing a Leaflet tile template's origin: `https://{s}.tile.example.org/{z}/{x}/{y}.png`
 * gives `https://*.tile.example.org` (the `{s}` subdomains). A placeholder anywhere else in the
 * host cannot be expressed in CSP and is refused, like a template that is not an http(s) URL.
 */
export function tileSource(template: string): string {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template.trim());
  if (!match) throw new Error(`NEXT_PUBLIC_TILE_URL n'est pas une adresse http(s) : ${template}`);
  const [, scheme, authority] = match;
  const [first, ...rest] = authority.split(".");
  const host = [/[{}]/.test(first) ? "*" : first, ...rest].join(".");
  if (/[{}]/.test(rest.join(".")) || (host.startsWith("*") && rest.length < 2)) {
    throw new Error(`NEXT_PUBLIC_TILE_URL : seul le premier élément du nom d'hôte peut varier ({s}) : ${template}`);
  }
  return `${scheme.toLowerCase()}://${host.toLowerCase()}`;
}
