import { NextResponse, type NextRequest } from "next/server";
import { formatVCard, personToVCard } from "@/lib/export/vcard";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { pathSegment, readSegment } from "@/lib/http/route-params";
import { findContactPerson } from "@/lib/search/contacts";
import { withDataETag } from "@/lib/http/conditional";
import { notFound } from "@/lib/http/api-error";

// GET /api/contacts/vcard/embassy-12 | partner-34: one person's vCard, as linked from /contacts.
async function respond(request: NextRequest, { params }: { params: Promise<{ key: string }> }) {
  const key = readSegment(pathSegment, (await params).key);
  const person = key === null ? null : await findContactPerson(key);
  if (!person) return notFound("contact introuvable");
  const fileName = person.fullName.normalize("NFD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "contact";
  return new NextResponse(formatVCard(personToVCard(person, publicOrigin(request))), {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}.vcf"`,
    },
  });
}

export const GET = (request: NextRequest, { params }: { params: Promise<{ key: string }> }) => withDataETag(request, () => respond(request, { params }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
