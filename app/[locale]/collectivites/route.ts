import { type NextRequest, NextResponse } from "next/server";
import { localizeHref } from "@/lib/i18n/paths";
import { isLocale, routing } from "@/lib/i18n/routing";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { collectiviteByName } from "@/lib/page-data/home";
import { stripControlChars } from "@/lib/text/control-chars";

// GET /collectivites?nom=…: the home page's "Voir une collectivité" form (no JavaScript needed).
// Redirects to the collectivité the name most likely means, or to the project search for it.
// The target is built on the visitor's host (the server's own URL may name another, and the
// pages' CSP `form-action 'self'` would then block the redirect). It leads to the page in the
// language of the form's page (`/en/local-authorities?nom=…` → `/en/local-authorities/<slug>`).
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const name = stripControlChars(request.nextUrl.searchParams.get("nom") ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
  const origin = publicOrigin(request);
  const target = new URL(localizeHref("/projets", locale), origin);
  if (name) {
    const match = await collectiviteByName(name);
    if (match)
      return NextResponse.redirect(
        new URL(localizeHref(`/collectivites/${encodeURIComponent(match.slug)}`, locale), origin),
        303,
      );
    target.searchParams.set("q", name);
  }
  return NextResponse.redirect(target, 303);
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
