import { type NextRequest, NextResponse } from "next/server";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { collectiviteByName } from "@/lib/page-data/home";
import { stripControlChars } from "@/lib/text/control-chars";

// GET /collectivites?nom=…: the home page's "Voir une collectivité" form (no JavaScript needed).
// Redirects to the collectivité the name most likely means, or to the project search for it.
// The target is built on the visitor's host (the server's own URL may name another, and the
// pages' CSP `form-action 'self'` would then block the redirect).
export async function GET(request: NextRequest) {
  const name = stripControlChars(request.nextUrl.searchParams.get("nom") ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
  const origin = publicOrigin(request);
  const target = new URL("/projets", origin);
  if (name) {
    const match = await collectiviteByName(name);
    if (match) return NextResponse.redirect(new URL(`/collectivites/${encodeURIComponent(match.slug)}`, origin), 303);
    target.searchParams.set("q", name);
  }
  return NextResponse.redirect(target, 303);
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
