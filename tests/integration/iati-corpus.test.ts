import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { writeFiches } from "@/lib/corpus";
import { importFiches } from "@/lib/import/run";
import { freshDatabase } from "./test-db";
import { activitiesOf, schemaErrors } from "./iati-xml";

const FICHES = 2000;

beforeAll(async () => {
  const { url } = await freshDatabase();
  const { files } = writeFiches(mkdtempSync(path.join(tmpdir(), "atlas-iati-")), "iati", FICHES);
  const summary = await importFiches(files, { databaseUrl: url });
  expect(summary.imported).toBeGreaterThan(FICHES * 0.9);
  process.env.DATABASE_URL = url;
}, 900_000);

it(`the IATI export of ~${FICHES} generated fiches validates against the 2.03 schema`, async () => {
  const { iatiProjects } = await import("../../lib/iati/load");
  const { iatiDocument } = await import("../../lib/iati/document");
  const { parseSearchParams } = await import("../../lib/search/params");
  const xml = iatiDocument(await iatiProjects(parseSearchParams({})), "XI-TEST", "https://atlas.example.org");
  expect(schemaErrors(xml)).toBe("");
  const activities = activitiesOf(xml);
  expect(activities.length).toBeGreaterThan(FICHES * 0.9);
  // The generated fiches carry SDGs, DAC-crossable thematics and ended projects the seeds lack.
  const tags = activities.flatMap((a) => a.tag ?? []);
  expect(tags.length).toBeGreaterThan(0);
  for (const t of tags) {
    expect(t["@vocabulary"]).toBe("2");
    expect(Number(t["@code"])).toBeGreaterThanOrEqual(1);
    expect(Number(t["@code"])).toBeLessThanOrEqual(17);
  }
  expect(activities.flatMap((a) => a.sector ?? []).some((s) => s["@vocabulary"] === "1")).toBe(true);
  expect(activities.some((a) => a["activity-status"]["@code"] === "4")).toBe(true);
}, 600_000);
