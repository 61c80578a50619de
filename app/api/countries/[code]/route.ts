import { NextResponse, type NextRequest } from "next/server";
import { notFound } from "@/lib/http/api-error";
import { withDataETag } from "@/lib/http/conditional";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { countryCodeSegment, readSegment } from "@/lib/http/route-params";
import { countryRecord } from "@/lib/open-data/countries";

// GET /api/countries/{code}: a country (ISO alpha-2, any case), its projects, partners, funding and themes.
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  return withDataETag(request, async () => {
    const code = readSegment(countryCodeSegment, (await params).code);
    const record = code === null ? null : await countryRecord(code, publicOrigin(request));
    return record ? NextResponse.json(record) : notFound("L'atlas ne connaît aucun projet ni poste dans ce pays.");
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
