import type { NextRequest } from "next/server";
import { withDataETag } from "@/lib/http/conditional";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { dataPackageFiles, zipFiles } from "@/lib/open-data/datapackage";

// GET /donnees/atlas.zip: the whole atlas as a Frictionless Data Package (datapackage.json and one CSV per table).
export async function GET(request: NextRequest) {
  return withDataETag(
    request,
    async () =>
      new Response(new Uint8Array(zipFiles(await dataPackageFiles(publicOrigin(request)))), {
        headers: { "Content-Type": "application/zip", "Content-Disposition": 'attachment; filename="atlas.zip"' },
      }),
  );
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
