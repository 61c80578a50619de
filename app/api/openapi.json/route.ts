import { NextResponse, type NextRequest } from "next/server";
import { withDataETag } from "@/lib/http/conditional";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { apiExamples } from "@/lib/open-data/examples";
import { openApiDocument } from "@/lib/open-data/openapi";

// GET /api/openapi.json: the OpenAPI 3.1 description of every route under /api, examples from the data.
export async function GET(request: NextRequest) {
  return withDataETag(request, async () =>
    NextResponse.json(openApiDocument(publicOrigin(request), await apiExamples())),
  );
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
