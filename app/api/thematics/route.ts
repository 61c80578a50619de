import { NextResponse, type NextRequest } from "next/server";
import { withDataETag } from "@/lib/http/conditional";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { thematicTree } from "@/lib/open-data/thematics";

// GET /api/thematics: the thematic tree with project counts (ids are those of the `thematic` search filter).
export async function GET(request: NextRequest) {
  return withDataETag(request, async () => NextResponse.json(await thematicTree()));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
