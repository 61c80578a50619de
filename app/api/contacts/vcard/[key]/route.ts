import { NextResponse, type NextRequest } from "next/server";
import { formatVCard, personToVCard } from "@/lib/export/vcard";
import { findContactPerson } from "@/lib/search/contacts";

// GET /api/contacts/vcard/embassy-12 | partner-34: one person's vCard, as linked from /contacts.
export async function GET(request: NextRequest, { params }: { params: Promise<{ key: string }> }) {
  const person = await findContactPerson((await params).key);
  if (!person) return NextResponse.json({ error: "contact introuvable" }, { status: 404 });
  const fileName = person.fullName.normalize("NFD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "contact";
  return new NextResponse(formatVCard(personToVCard(person, request.nextUrl.origin)), {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}.vcf"`,
    },
  });
}
