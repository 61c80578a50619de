import { prisma } from "@/lib/db/client";

// The fiche exactly as imported, so anyone can check the atlas against its source.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const project = await prisma().project.findUnique({ where: { slug: (await params).slug }, select: { rawSource: true, format: true } });
  if (!project) return new Response("Projet introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const type = project.format === "html" ? "text/plain" : project.format === "markdown" ? "text/markdown" : "text/plain";
  return new Response(project.rawSource, { headers: { "Content-Type": `${type}; charset=utf-8`, "X-Content-Type-Options": "nosniff" } });
}
