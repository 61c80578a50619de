import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

export const IATI_SCHEMA = path.resolve("tests/fixtures/iati-2.03/iati-activities-schema.xsd");

/** xmllint's verdict on the document against the official IATI 2.03 schema ("" when valid). */
export function schemaErrors(xml: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "atlas-iati-")), "activities.xml");
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", IATI_SCHEMA, file], { stdio: "pipe", maxBuffer: 64 * 1024 * 1024 });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).slice(0, 4000);
  }
}

const ALWAYS_LISTS = new Set([
  "iati-activity",
  "participating-org",
  "activity-date",
  "recipient-country",
  "location",
  "sector",
  "tag",
  "budget",
  "document-link",
  "narrative",
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ALWAYS_LISTS.has(name),
});

// biome-ignore lint/suspicious/noExplicitAny: parsed XML is checked field by field in the tests.
export type Activity = Record<string, any>;

export function activitiesOf(xml: string): Activity[] {
  return parser.parse(xml)["iati-activities"]["iati-activity"] ?? [];
}

export const narrativeText = (node: Activity) => {
  const first = node.narrative[0];
  return typeof first === "string" ? first : first["#text"];
};
