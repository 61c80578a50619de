import { NextResponse, type NextRequest } from "next/server";

/**
 * A malformed percent-escape in the path (e.g. `/pays/%E0%A4%A`) makes Next's router throw
 * while decoding route params, which would surface as a 500. Answer it with a plain 400 here,
 * before routing; every other request passes through untouched.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return new NextResponse("Adresse invalide : séquence d'échappement (%) mal formée.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}

export const config = {
  // Only a path with an escape can be malformed: the others skip the proxy, which cost about
  // 2 ms a request.
  matcher: ["/:path(.*%.*)"],
};
