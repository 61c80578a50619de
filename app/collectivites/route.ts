import { NextResponse, type NextRequest } from "next/server";
import { collectiviteByName } from "@/lib/page-data/home";

// GET /collectivites?nom=…: the home page's "Voir une collectivité" form (no JavaScript needed).
// Redirects to the collectivité the name most likely means, or to the project search for it.
export async function GET(request: NextRequest) {
  const name = (request.nextUrl.searchParams.get("nom") ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
  const target = new URL("/projets", request.url);
  if (name) {
    const match = await collectiviteByName(name);
    if (match) return NextResponse.redirect(new URL(`/collectivites/${encodeURIComponent(match.slug)}`, request.url), 303);
    target.searchParams.set("q", name);
  }
  return NextResponse.redirect(target, 303);
}
