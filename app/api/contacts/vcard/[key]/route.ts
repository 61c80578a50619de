import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { formatVCard, personToVCard } from "@/lib/export/vcard";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { findContactPerson } from "@/lib/page-data/contacts";
import { withDataETag } from "@/lib/http/conditional";
import { notFound } from "@/lib/http/api-error";

/** "embassy-12" | "partner-34": which list the person comes from, and their row id (a PostgreSQL integer). */
const ContactKey = z
  .string()
  .regex(/^(embassy|partner)-[1-9][0-9]{0,9}$/)
  .transform((key) => ({
    kind: key.startsWith("embassy") ? ("embassy" as const) : ("partner" as const),
    id: Number(key.slice(key.indexOf("-") + 1)),
  }))
  .refine(({ id }) => id <= 2_147_483_647);

// GET /api/contacts/vcard/embassy-12 | partner-34: one person's vCard, as linked from /contacts.
async function respond(request: NextRequest, { params }: { params: Promise<{ key: string }> }) {
  const key = ContactKey.safeParse((await params).key);
  const person = key.success ? await findContactPerson(key.data) : null;
  if (!person) return notFound("contact introuvable");
  const fileName =
    person.fullName
      .normalize("NFD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "contact";
  return new NextResponse(formatVCard(personToVCard(person, publicOrigin(request))), {
    headers: {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}.vcf"`,
    },
  });
}

export const GET = (request: NextRequest, { params }: { params: Promise<{ key: string }> }) =>
  withDataETag(request, () => respond(request, { params }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
