import { NextResponse, type NextRequest } from "next/server";
import { withDataETag } from "@/lib/http/conditional";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { countryList } from "@/lib/open-data/countries";

// GET /api/countries: every country with a foreign partner or a French embassy post, with its counts.
export async function GET(request: NextRequest) {
  return withDataETag(request, async () => NextResponse.json(await countryList(publicOrigin(request))));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
