/** A thematic as Prisma loads it: its label and up to two ancestors (the deepest loaded one has no `parent` field). */
export interface ThematicNode {
  label: string;
  parent?: ThematicNode | null;
}

/** Labels from the root theme down to this one ("Culture › Patrimoine › Musées"); none for no thematic. */
export function thematicPath(node: ThematicNode | null): string[] {
  const labels: string[] = [];
  for (let n = node; n; n = n.parent ?? null) labels.unshift(n.label);
  return labels;
}
