import { NextResponse, type NextRequest } from "next/server";
import { BAD_REQUEST_HTML, BAD_REQUEST_POLICY } from "@/lib/http/bad-request-page";
import { EMBED_HEADER, EMBED_PREFIX, NONCE_HEADER, SECURITY_HEADERS, newNonce, pagePolicy } from "@/lib/http/csp";

/**
 * Two jobs, before routing:
 * - A malformed percent-escape in the path (e.g. `/pays/%E0%A4%A`) makes Next's router throw
 *   while decoding route params, which would surface as a 500: answer it with a small French 400 page.
 * - A page gets a Content-Security-Policy with a fresh nonce. Next reads the nonce from the
 *   request's policy and puts it on its own scripts and styles; server components read it from
 *   the `x-nonce` request header. The static headers come from next.config.mjs.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse(BAD_REQUEST_HTML, {
      status: 400,
      headers: [
        ["Content-Type", "text/html; charset=utf-8"],
        ["Content-Security-Policy", BAD_REQUEST_POLICY],
        ...SECURITY_HEADERS.map(({ key, value }): [string, string] => [key, value]),
      ],
    });
  }
  if (!isPage(pathname)) return NextResponse.next();

  const nonce = newNonce();
  const policy = pagePolicy({
    nonce,
    pathname,
    tileUrl: process.env.NEXT_PUBLIC_TILE_URL,
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  if (pathname.startsWith(EMBED_PREFIX)) requestHeaders.set(EMBED_HEADER, "1");
  else requestHeaders.delete(EMBED_HEADER);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** Same split as the first matcher below (API routes and raw sources get next.config.mjs's policy). */
function isPage(pathname: string): boolean {
  return !/^\/(api\/|_next\/|favicon\.ico$|projets\/[^/]+\/source$)/.test(pathname);
}

export const config = {
  matcher: [
    // Pages, as HTML. Client navigations (RSC payloads) and prefetches hold no <script> tag and
    // skip the proxy, like assets: it costs about 2 ms a request.
    {
      source: "/((?!api/|_next/|favicon\\.ico$|projets/[^/]+/source$).*)",
      missing: [
        { type: "header", key: "rsc" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Any path with an escape, which might be malformed (the only ones the 400 check can reject).
    "/:path(.*%.*)",
  ],
};
