import "server-only";
import { prisma } from "../db/client";
import { allMatchingProjects } from "../search/queries";
import type { SearchParams } from "../search/params";

/** What one activity is built from: the project with the rows IATI speaks of. */
function readProjects(ids: number[]) {
  return prisma().project.findMany({
    where: { id: { in: ids } },
    include: {
      thematics: {
        orderBy: { position: "asc" },
        include: { thematic: { include: { parent: { include: { parent: true } } } } },
      },
      sdgs: { orderBy: { position: "asc" } },
      partners: { orderBy: [{ role: "asc" }, { position: "asc" }], include: { collectivite: true } },
      funding: { orderBy: { position: "asc" }, include: { funder: true } },
      documents: { orderBy: { position: "asc" } },
    },
  });
}

export type IatiProject = Awaited<ReturnType<typeof readProjects>>[number];

/** Rows read per query: a few hundred projects' details stay a modest result set. */
const BATCH = 300;

/** The projects matching the search (the CSV export's list, same order), with their details. */
export async function iatiProjects(params: SearchParams): Promise<IatiProject[]> {
  const ids = (await allMatchingProjects(params)).map((hit) => hit.id);
  const out: IatiProject[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const byId = new Map((await readProjects(batch)).map((p) => [p.id, p]));
    for (const id of batch) {
      const project = byId.get(id);
      if (project) out.push(project);
    }
  }
  return out;
}
