import { create } from "xmlbuilder2";
import type { IatiProject } from "./load";
import { activityOf } from "./activity";

export const IATI_VERSION = "2.03";

/** The `iati-activities` document (version 2.03) of the given projects, as UTF-8 XML text. */
export function iatiDocument(projects: IatiProject[], orgId: string, origin: string, generatedAt = new Date()): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("iati-activities", {
    version: IATI_VERSION,
    "generated-datetime": generatedAt.toISOString(),
  });
  for (const project of projects) root.ele({ "iati-activity": activityOf(project, orgId, origin) });
  return root.end({ prettyPrint: true });
}
