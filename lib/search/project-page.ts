import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";

/** Everything the project page shows, in one Prisma read (cached per request: metadata and page share it). */
export const getProject = cache(async function getProject(slug: string) {
  return prisma().project.findUnique({
    where: { slug },
    include: {
      thematic: { include: { parent: { include: { parent: true } } } },
      thematics: { orderBy: { position: "asc" }, include: { thematic: { include: { parent: { include: { parent: true } } } } } },
      sdgs: { orderBy: { position: "asc" }, include: { sdg: true } },
      partners: { orderBy: [{ role: "asc" }, { position: "asc" }], include: { collectivite: true } },
      partnerContacts: { orderBy: { position: "asc" } },
      embassyPosts: { orderBy: { position: "asc" }, include: { post: true } },
      embassyContacts: true,
      funding: { orderBy: { position: "asc" }, include: { funder: true } },
      documents: { orderBy: { position: "asc" } },
      volunteers: { orderBy: { position: "asc" } },
    },
  });
});

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProject>>>;
