import crosswalk from "./dac-crosswalk.json";
import { foldForMatch } from "../text/fold";
import { SECTOR_VOCABULARY } from "./codes";
import { evenPercentages } from "./percentages";

const DAC_BY_LABEL = new Map(Object.entries(crosswalk.codes).map(([label, code]) => [foldForMatch(label), code]));

/** A thematic node, as stored: its label, its folded path (the vocabulary-99 code) and its ancestors. */
export interface ThematicNode {
  label: string;
  path: string;
  pathKey: string;
  parent?: ThematicNode | null;
}

function ancestry(node: ThematicNode): ThematicNode[] {
  const chain: ThematicNode[] = [];
  for (let n: ThematicNode | null | undefined = node; n; n = n.parent) chain.push(n);
  return chain;
}

/** The DAC 5-digit code of a thematic path: its deepest level found in the crosswalk, or null. */
export function dacCode(node: ThematicNode): string | null {
  for (const level of ancestry(node)) {
    const code = DAC_BY_LABEL.get(foldForMatch(level.label));
    if (code) return code;
  }
  return null;
}

export interface SectorEntry {
  vocabulary: string;
  code: string;
  percentage: number;
  label: string;
}

/** One vocabulary-99 sector per thematic of the project, and the DAC sectors they cross to; each vocabulary sums to 100. */
export function sectorsOf(nodes: ThematicNode[]): SectorEntry[] {
  const own = [...new Map(nodes.map((n) => [n.pathKey, n])).values()];
  const dac = [...new Set(own.map(dacCode).filter((c): c is string => c !== null))];
  const ownShares = evenPercentages(own.length);
  const dacShares = evenPercentages(dac.length);
  return [
    ...own.map((n, i) => ({
      vocabulary: SECTOR_VOCABULARY.reportingOrganisation,
      code: n.pathKey,
      percentage: ownShares[i],
      label: n.path,
    })),
    ...dac.map((code, i) => ({ vocabulary: SECTOR_VOCABULARY.dac5, code, percentage: dacShares[i], label: code })),
  ];
}
