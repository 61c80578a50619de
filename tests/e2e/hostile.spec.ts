import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * Hostile and unusual requests answered over HTTP by the running app: control characters in the
 * URL, methods the atlas does not offer, an overlong query, paging, and the Host a visitor used.
 * None may give a 500.
 */

const ALLOW = "GET, HEAD, OPTIONS";
const LONG_QUERY = `Montreal ${"transition ".repeat(30)}`.trim(); // 338 characters, all words of the Strasbourg–Montréal fiche

async function json(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers });
  expect(response.status(), url).toBe(200);
  return { response, body: await response.json() };
}

async function firstProjectSlug(request: APIRequestContext): Promise<string> {
  const { body } = await json(request, "/api/projects?pageSize=1");
  return new URL(body.items[0].url).pathname.split("/").pop()!;
}

test.describe("NUL bytes in the URL", () => {
  for (const url of [
    "/projets/%00",
    "/collectivites/%00",
    "/projets/a%00b/source",
    "/pays/%00",
    "/api/contacts/vcard/%00",
    "/collectivites/a%00b",
  ]) {
    test(`${url} is an unknown page (404), not a 500`, async ({ request }) => {
      expect((await request.get(url)).status()).toBe(404);
    });
  }

  test("in search parameters they are removed: the API, map and export answer as without them", async ({ request }) => {
    const plain = await json(request, "/api/projects?q=ab");
    const withNul = await json(request, "/api/projects?q=a%00b");
    expect(withNul.body.q).toBe("ab");
    expect(withNul.body.total).toBe(plain.body.total);

    const all = await json(request, "/api/projects");
    const status = await json(request, "/api/projects?status=%00");
    expect(status.body.total).toBe(all.body.total);

    const map = await json(request, "/api/map?q=Mont%00real");
    expect(map.body).toEqual((await json(request, "/api/map?q=Montreal")).body);

    const csv = await request.get("/api/projects/export?format=csv&q=a%00b");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
  });

  for (const url of ["/projets?q=a%00b", "/carte?q=a%00b"]) {
    test(`${url} shows its page, not the error page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText("Un problème est survenu")).toHaveCount(0);
    });
  }
});

test.describe("methods the atlas does not offer", () => {
  const routes = async (request: APIRequestContext) => [
    "/api/projects",
    "/api/projects/export",
    "/api/map",
    "/api/map/base",
    "/api/countries/TN/map",
    "/api/contacts/export",
    "/api/contacts/vcard/embassy-1",
    `/projets/${await firstProjectSlug(request)}/source`,
  ];

  test("PUT, POST, PATCH and DELETE get 405 with an Allow header on every route handler", async ({ request }) => {
    for (const url of await routes(request)) {
      for (const method of ["PUT", "POST", "PATCH", "DELETE"]) {
        const response = await request.fetch(url, { method });
        expect(response.status(), `${method} ${url}`).toBe(405);
        expect(response.headers().allow, `${method} ${url}`).toBe(ALLOW);
      }
      const options = await request.fetch(url, { method: "OPTIONS" });
      expect(options.headers().allow, `OPTIONS ${url}`).toBe(ALLOW);
    }
  });

  // Next answers TRACE with 500 before any code of ours runs (Node's fetch Request refuses the
  // method); scripts/serve.mjs answers it in front of Next, on pages and routes alike.
  for (const path of ["/api/projects", "/projets", "/projets/x%41"]) {
    test(`TRACE ${path} gets 405 with an Allow header`, async ({ request }) => {
      const response = await request.fetch(path, { method: "TRACE" });
      expect(response.status()).toBe(405);
      expect(response.headers().allow).toBe(ALLOW);
    });
  }
});

test.describe("a query over 200 characters", () => {
  test("the API searches its first 200 characters and says so", async ({ request }) => {
    const all = await json(request, "/api/projects");
    const { response, body } = await json(request, `/api/projects?q=${encodeURIComponent(LONG_QUERY)}`);
    expect(body.queryTruncated).toBe(true);
    expect(response.headers()["atlas-query-truncated"]).toBe("200");
    expect(body.q.length).toBeLessThanOrEqual(200);
    expect(LONG_QUERY.startsWith(body.q)).toBe(true);
    expect(body.total).toBeGreaterThan(0);
    expect(body.total).toBeLessThan(all.body.total);

    const short = await json(request, "/api/projects?q=Montreal");
    expect(short.body.queryTruncated).toBe(false);
    expect(short.response.headers()["atlas-query-truncated"]).toBeUndefined();
    const csv = await request.get(`/api/projects/export?format=csv&q=${encodeURIComponent(LONG_QUERY)}`);
    expect(csv.headers()["atlas-query-truncated"]).toBe("200");
  });

  test("the search page tells the visitor in French", async ({ page }) => {
    await page.goto(`/projets?q=${encodeURIComponent(LONG_QUERY)}`);
    await expect(
      page.getByRole("status").filter({ hasText: "Votre recherche a été raccourcie à 200 caractères." }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /^[12] projets?$/ })).toBeVisible();
    await page.goto("/projets?q=Montreal");
    await expect(page.getByText("Votre recherche a été raccourcie")).toHaveCount(0);
  });
});

test.describe("paging of /api/projects", () => {
  test("pages of pageSize items, with the total and the absolute URL of the next page", async ({ request }) => {
    const all = (await json(request, "/api/projects/export?format=json")).body;
    expect(all.total).toBeGreaterThanOrEqual(3);
    const first = (await json(request, "/api/projects?pageSize=2")).body;
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 2 });
    expect(first.items).toHaveLength(2);
    const next = new URL(first.next);
    expect(next.searchParams.get("page")).toBe("2");
    expect(next.searchParams.get("pageSize")).toBe("2");

    const ids: number[] = first.items.map((i: { id: number }) => i.id);
    let url: string | null = first.next;
    while (url) {
      const page = (await json(request, url.replace(next.origin, ""))).body;
      ids.push(...page.items.map((i: { id: number }) => i.id));
      url = page.next;
    }
    expect(ids).toEqual(all.items.map((i: { id: number }) => i.id));
  });

  test("the default page holds 20 projects; the last page's next is null; past it, no items", async ({ request }) => {
    const first = (await json(request, "/api/projects")).body;
    expect(first.pageSize).toBe(20);
    expect(first.next).toBeNull();
    const past = (await json(request, "/api/projects?page=50&pageSize=2")).body;
    expect(past).toMatchObject({ page: 50, items: [], next: null });
  });

  for (const query of [
    "pageSize=0",
    "pageSize=101",
    "pageSize=abc",
    "pageSize=2.5",
    "page=0",
    "page=-1",
    "pageSize=",
  ]) {
    test(`?${query} is refused with a 400 and a French message`, async ({ request }) => {
      const response = await request.get(`/api/projects?${query}`);
      expect(response.status()).toBe(400);
      expect((await response.json()).error.message).toContain("pageSize");
    });
  }
});

test.describe("absolute URLs follow the visitor's host", () => {
  test("from the Host header", async ({ request }) => {
    const { body } = await json(request, "/api/projects?pageSize=1", { Host: "atlas.example.org" });
    expect(body.items[0].url).toMatch(/^http:\/\/atlas\.example\.org\/projets\//);
    expect(body.next).toMatch(/^http:\/\/atlas\.example\.org\/api\/projects\?/);
  });

  test("from X-Forwarded-Host and X-Forwarded-Proto, in the API and the exports", async ({ request }) => {
    const headers = { "X-Forwarded-Host": "atlas.diplomatie.gouv.fr", "X-Forwarded-Proto": "https" };
    const { body } = await json(request, "/api/projects?pageSize=1", headers);
    expect(body.items[0].url).toMatch(/^https:\/\/atlas\.diplomatie\.gouv\.fr\/projets\//);
    const csv = await (await request.get("/api/projects/export?format=csv", { headers })).text();
    expect(csv).toContain("https://atlas.diplomatie.gouv.fr/projets/");
    expect(csv).not.toContain("localhost");
    const contacts = await (await request.get("/api/contacts/export?format=csv", { headers })).text();
    expect(contacts).toContain("https://atlas.diplomatie.gouv.fr/projets/");
  });
});
