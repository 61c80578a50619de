import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityTag } from "../../lib/http/entity-tag.mjs";
import { requestDataVersionStorage } from "../../lib/http/request-data-version.mjs";
import { freshDatabase } from "./test-db";
import type * as ConditionalModule from "../../lib/http/conditional";
import type * as VersionModule from "../../lib/search/data-version";

/**
 * scripts/serve.mjs reads the data version once per request and hands it to the code inside
 * Next: the API's ETag (withDataETag) and the caches kept until the next import use that one
 * rather than reading it again. A version no database holds shows which one was used.
 */
const HANDED_DOWN = "1:999true";
let versions: typeof VersionModule;
let conditional: typeof ConditionalModule;

beforeAll(async () => {
  process.env.DATABASE_URL = (await freshDatabase()).url;
  versions = await import("../../lib/search/data-version");
  conditional = await import("../../lib/http/conditional");
});

afterAll(async () => {
  const { primaryPrisma } = await import("../../lib/db/client");
  await primaryPrisma().$disconnect();
});

describe("the data version of a request", () => {
  it("is read from the database outside a request served by serve.mjs", async () => {
    expect(await versions.dataVersion()).toMatch(/^\d+:\d+(true|false)$/);
    expect(await versions.dataVersion()).not.toBe(HANDED_DOWN);
  });

  it("is the one serve.mjs read, in the API's ETag as everywhere else", async () => {
    await requestDataVersionStorage().run(HANDED_DOWN, async () => {
      expect(await versions.dataVersion()).toBe(HANDED_DOWN);
      const request = new Request("http://atlas.test/api/projects?country=SN");
      const response = await conditional.withDataETag(request, async () => Response.json([]));
      expect(response.headers.get("etag")).toBe(entityTag(HANDED_DOWN, "/api/projects?country=SN"));
    });
  });
});
