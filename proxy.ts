import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { BAD_REQUEST_HTML, BAD_REQUEST_POLICY } from "@/lib/http/bad-request-page";
import { EMBED_HEADER, EMBED_PREFIX, NONCE_HEADER, SECURITY_HEADERS, newNonce, pagePolicy } from "@/lib/http/csp";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locale-cookie";
import { homeLocale } from "@/lib/i18n/negotiation";
import { localizeHref, readPathname } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";

const routeToLanguage = createMiddleware(routing);
const leaveToRouter = (request: NextRequest) => NextResponse.next({ request: { headers: request.headers } });
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * Before routing:
 * - A malformed percent-escape in the path (e.g. `/pays/%E0%A4%A`) makes Next's router throw
 *   while decoding route params, which would surface as a 500: answer it with a small French 400 page.
 * - next-intl maps the visible path to the page of its language (`/en/map` → `app/[locale]/carte`
 *   with locale `en`); the bare home page follows the visitor's language (lib/i18n/negotiation.ts).
 * - A page gets a Content-Security-Policy with a fresh nonce. Next reads the nonce from the
 *   request's policy and puts it on its own scripts and styles; server components read it from
 *   the `x-nonce` request header. The static headers come from next.config.mjs.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return badRequest();
  }
  // next-intl strips control characters from the path it rewrites (`/projets/%00` would become the
  // search page): such a path is left to Next's router, where no page matches it (a 404).
  const routeByLanguage = CONTROL_CHARACTERS.test(decoded) ? leaveToRouter : routeToLanguage;
  const { locale, internal } = readPathname(pathname);
  if (pathname === "/" && isPageLoad(request)) {
    const home = homeLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
    if (home !== routing.defaultLocale) {
      const response = NextResponse.redirect(new URL(localizeHref(`/${request.nextUrl.search}`, home), request.url));
      response.headers.set("Vary", "Cookie, Accept-Language");
      return response;
    }
  }
  if (!isPage(internal)) return routeByLanguage(request);

  const nonce = newNonce();
  const policy = pagePolicy({
    nonce,
    pathname: internal,
    tileUrl: process.env.NEXT_PUBLIC_TILE_URL,
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  if (internal.startsWith(EMBED_PREFIX)) requestHeaders.set(EMBED_HEADER, "1");
  else requestHeaders.delete(EMBED_HEADER);
  const response = routeByLanguage(new NextRequest(request, { headers: requestHeaders }));
  response.headers.set("Content-Security-Policy", policy);
  if (isPageLoad(request) && request.cookies.get(LOCALE_COOKIE)?.value !== locale) {
    response.cookies.set(LOCALE_COOKIE, locale, { maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", path: "/" });
  }
  return response;
}

function badRequest(): NextResponse {
  return new NextResponse(BAD_REQUEST_HTML, {
    status: 400,
    headers: [
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Security-Policy", BAD_REQUEST_POLICY],
      ...SECURITY_HEADERS.map(({ key, value }): [string, string] => [key, value]),
    ],
  });
}

/**
 * A visitor opening a page (typed, followed or reloaded), not an in-app navigation, a prefetch or
 * an embed. Browsers say so in Sec-Fetch-Dest ("document"; RSC fetches are "empty", iframes
 * "iframe"): Next does not pass its `rsc` header to the proxy, so a French prefetch from an
 * English page would otherwise reset the language cookie. Without the header (curl, crawlers), a
 * request without `rsc` counts as a page load.
 */
function isPageLoad(request: NextRequest): boolean {
  const destination = request.headers.get("sec-fetch-dest");
  return destination === null ? !request.headers.has("rsc") : destination === "document";
}

/** Raw sources get next.config.mjs's allow-nothing policy; everything else a page's nonce policy. */
function isPage(internal: string): boolean {
  return !/^\/projets\/[^/]+\/source$/.test(internal);
}

export const config = {
  // Every path but the API and Next's own files: next-intl maps each page, client navigations
  // included (RSC payloads and prefetches), to the folder of its language.
  matcher: ["/((?!api/|_next/|favicon\\.ico$|icon\\.svg$).*)"],
};
