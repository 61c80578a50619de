import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

type Doc = {
  openapi: string;
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, unknown> };
};
type Operation = {
  parameters: { name: string; in: string; example?: string }[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
};
type RouteModule = {
  GET: (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
};

const API_DIR = path.resolve("app/api");
let doc: Doc;

/** Every route under app/api, as its URL path ([slug] → {slug}) and its file. */
function apiRouteFiles(dir = API_DIR): { urlPath: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return apiRouteFiles(full);
    if (entry.name !== "route.ts") return [];
    const urlPath = `/api/${path.relative(API_DIR, dir).split(path.sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}");
    return [{ urlPath, file: full }];
  });
}

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  process.env.DATABASE_URL = db.url;
  const route = (await import("../../app/api/openapi.json/route")) as unknown as RouteModule;
  doc = await (
    await route.GET(new NextRequest("http://atlas.test/api/openapi.json"), { params: Promise.resolve({}) })
  ).json();
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  it("documents exactly the routes under app/api", () => {
    const routes = apiRouteFiles()
      .map((r) => r.urlPath)
      .sort();
    expect(routes.length).toBeGreaterThan(10);
    expect(Object.keys(doc.paths).sort()).toEqual(routes);
  });

  it("documents the shared search parameters with their meaning", () => {
    const names = doc.paths["/api/projects"].get.parameters.map((p) => p.name);
    for (const name of ["q", "country", "thematic", "primary", "from", "to", "funder", "sdg", "page", "pageSize"])
      expect(names).toContain(name);
  });

  it("every documented JSON GET, called with its example, answers what its schema says", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: "openapi.json", components: doc.components }, "openapi.json");
    let checked = 0;
    for (const { urlPath, file } of apiRouteFiles()) {
      const op = doc.paths[urlPath].get;
      const ref = op.responses["200"].content?.["application/json"]?.schema.$ref;
      if (!ref) continue;
      const params = Object.fromEntries(op.parameters.filter((p) => p.in === "path").map((p) => [p.name, p.example!]));
      for (const [name, value] of Object.entries(params)) expect(value, `${urlPath}: example of ${name}`).toBeTruthy();
      const url = urlPath.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(params[name]));
      const route = (await import(pathToFileURL(file).href)) as RouteModule;
      const response = await route.GET(
        new NextRequest(`http://atlas.test${url}${urlPath.endsWith("export") ? "?format=json" : ""}`),
        { params: Promise.resolve(params) },
      );
      expect(response.status, url).toBe(200);
      const validate = ajv.compile({ $ref: `openapi.json${ref}` });
      const valid = validate(await response.json());
      expect(validate.errors ?? [], url).toEqual([]);
      expect(valid).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
