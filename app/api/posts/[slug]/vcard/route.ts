import { NextResponse, type NextRequest } from "next/server";
import { directoryPeople } from "@/lib/domain/contacts";
import { formatVCards, personToVCard } from "@/lib/export/vcard";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { pathSegment, readSegment } from "@/lib/http/route-params";
import { findPost } from "@/lib/page-data/posts";

const notFound = (message: string) =>
  new NextResponse(`${message}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// GET /api/posts/<slug>/vcard: one vCard file with the post's current contacts (both roles).
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = readSegment(pathSegment, (await params).slug);
  const post = slug ? await findPost(slug) : null;
  if (!post) return notFound("Poste diplomatique introuvable.");
  const people = directoryPeople([post], []);
  if (people.length === 0)
    return notFound(`Aucun contact à exporter : aucune fiche ne nomme de titulaire au poste « ${post.name} ».`);
  const origin = publicOrigin(request);
  return new NextResponse(formatVCards(people.map((p) => personToVCard(p, origin))), {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="poste-${post.slug.replace(/[^a-z0-9-]/gi, "")}.vcf"`,
    },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
