import { NextResponse, type NextRequest } from "next/server";
import { notFound } from "@/lib/http/api-error";
import { withDataETag } from "@/lib/http/conditional";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { pathSegment, readSegment } from "@/lib/http/route-params";
import { collectiviteRecord } from "@/lib/open-data/collectivite";

// GET /api/collectivites/{slug}: a French or foreign collectivité, its projects, partners and funding.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return withDataETag(request, async () => {
    const slug = readSegment(pathSegment, (await params).slug);
    const record = slug === null ? null : await collectiviteRecord(slug, publicOrigin(request));
    return record ? NextResponse.json(record) : notFound("Aucune collectivité ne porte cet identifiant.");
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
