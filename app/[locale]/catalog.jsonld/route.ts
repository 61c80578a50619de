import type { NextRequest } from "next/server";
import { withDataETag } from "@/lib/http/conditional";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { catalogFacts } from "@/lib/open-data/catalog-facts";
import { dcatCatalog } from "@/lib/open-data/dcat";

// GET /catalog.jsonld: the DCAT-AP catalogue of the open data (dataset, downloads, API), in JSON-LD.
export async function GET(request: NextRequest) {
  return withDataETag(
    request,
    async () =>
      new Response(`${JSON.stringify(dcatCatalog(publicOrigin(request), await catalogFacts()), null, 2)}\n`, {
        headers: { "Content-Type": "application/ld+json; charset=utf-8" },
      }),
  );
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
