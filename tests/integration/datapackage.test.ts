import { strFromU8, unzipSync } from "fflate";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { checkDataPackage } from "../support/table-schema-check";
import { freshDatabase } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

let files: Record<string, string>;

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  process.env.DATABASE_URL = db.url;
  const route = await import("../../app/[locale]/donnees/atlas.zip/route");
  const response = await route.GET(new NextRequest("http://atlas.test/donnees/atlas.zip"));
  expect(response.headers.get("Content-Type")).toBe("application/zip");
  const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
  files = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
});

describe("the data package written from the seeds", () => {
  it("holds the descriptor and the six CSVs", () => {
    expect(Object.keys(files).sort()).toEqual([
      "collectivites.csv",
      "datapackage.json",
      "embassy_posts.csv",
      "funding.csv",
      "partnerships.csv",
      "projects.csv",
      "thematics.csv",
    ]);
  });

  it("validates: every CSV against its Table Schema, every primary and foreign key", () => {
    const descriptor = JSON.parse(files["datapackage.json"]);
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(checkDataPackage(descriptor, files)).toEqual([]);
    expect(files["partnerships.csv"].split("\n").length).toBeGreaterThan(31);
  });

  it("the checker does catch a broken foreign key and a bad type", () => {
    const descriptor = JSON.parse(files["datapackage.json"]);
    const [header, first, ...rest] = files["projects.csv"].split("\n");
    const broken = {
      ...files,
      "projects.csv": [header, ...rest].join("\n"),
      "funding.csv": files["funding.csv"].replace(/\n(\d+),/, "\nabc,"),
    };
    const errors = checkDataPackage(descriptor, broken);
    expect(first).toBeTruthy();
    expect(errors.some((e) => e.includes("absent de projects"))).toBe(true);
    expect(errors.some((e) => e.includes("n'est pas integer"))).toBe(true);
  });

  it("carries no personal name or e-mail", () => {
    const all = Object.values(files).join("\n");
    expect(all).not.toMatch(/@|\[at\]/);
    expect(all).not.toContain("AUBERT");
  });
});
