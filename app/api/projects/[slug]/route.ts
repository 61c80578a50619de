import { NextResponse, type NextRequest } from "next/server";
import { badRequest, notFound } from "@/lib/http/api-error";
import { withDataETag } from "@/lib/http/conditional";
import { readLang } from "@/lib/http/lang";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { pathSegment, readSegment } from "@/lib/http/route-params";
import { projectRecord } from "@/lib/open-data/project";

// GET /api/projects/{slug}?lang=fr|en: every section of the project page, normalised (schema: Project in /api/openapi.json).
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return withDataETag(request, async () => {
    const lang = readLang(request.nextUrl.searchParams);
    if ("error" in lang) return badRequest(lang.error);
    const slug = readSegment(pathSegment, (await params).slug);
    const record = slug === null ? null : await projectRecord(slug, publicOrigin(request), lang.locale);
    return record ? NextResponse.json(record) : notFound("Aucun projet ne porte cet identifiant.");
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
