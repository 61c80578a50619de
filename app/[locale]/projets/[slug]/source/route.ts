import { prisma } from "@/lib/db/client";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { pathSegment, readSegment } from "@/lib/http/route-params";

const notFound = () =>
  new Response("Projet introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// The fiche exactly as imported, so anyone can check the atlas against its source.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = readSegment(pathSegment, (await params).slug);
  if (slug === null) return notFound();
  const project = await prisma().project.findUnique({ where: { slug }, select: { rawSource: true, format: true } });
  if (!project) return notFound();
  const type =
    project.format === "html" ? "text/plain" : project.format === "markdown" ? "text/markdown" : "text/plain";
  return new Response(project.rawSource, {
    headers: { "Content-Type": `${type}; charset=utf-8`, "X-Content-Type-Options": "nosniff" },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
