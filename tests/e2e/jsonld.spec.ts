import { expect, test, type Page } from "@playwright/test";
import { watchPolicyComplaints } from "./policy-complaints";

/**
 * Structured data: the project, collectivité and /donnees pages each carry one parseable
 * schema.org JSON-LD block of the right type, under the page's CSP (no violation), and the
 * page still hydrates without a mismatch.
 */

const MICHELIN = /Pérennisation du Réseau International des Villes Michelin/;

async function jsonLdBlocks(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text));
}

test("project, collectivité and open-data pages carry schema.org JSON-LD, without a policy violation", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/projets");
  const project = (await page.getByRole("link", { name: MICHELIN }).getAttribute("href"))!;
  await page.goto(project);
  const collectivite = (await page.locator('main a[href^="/collectivites/"]').first().getAttribute("href"))!;

  const complaints = watchPolicyComplaints(page);
  const hydrationErrors: string[] = [];
  page.on("console", (message) => {
    if (/hydrat/i.test(message.text())) hydrationErrors.push(message.text());
  });

  const expected: [string, string][] = [
    [project, "Project"],
    [collectivite, "GovernmentOrganization"],
    ["/donnees", "Dataset"],
  ];
  for (const [url, type] of expected) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const blocks = await jsonLdBlocks(page);
    expect(
      blocks.map((b) => b["@type"]),
      url,
    ).toEqual([type]);
    expect(blocks[0]["@context"]).toBe("https://schema.org");
    expect(String(blocks[0].url), url).toMatch(new RegExp(`^https?://[^/]+${url.replace(/[?]/g, "\\?")}$`));
    await expect
      .poll(
        () => page.locator("main").evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber$"))),
        url,
      )
      .toBe(true);
    await page.waitForLoadState("networkidle");
  }

  await page.goto(project);
  const [projectData] = (await jsonLdBlocks(page)) as {
    funding: { "@type": string; funder: { name: string } }[];
    member: unknown[];
    areaServed: { identifier: string }[];
  }[];
  expect(projectData.funding.length).toBeGreaterThan(0);
  expect(projectData.funding.every((grant) => grant["@type"] === "MonetaryGrant" && grant.funder.name)).toBe(true);
  expect(projectData.member.length).toBeGreaterThan(1);
  expect(projectData.areaServed.length).toBeGreaterThan(0);

  await page.goto("/donnees");
  await expect(page.locator('link[rel="alternate"][type="application/ld+json"]')).toHaveAttribute(
    "href",
    /\/catalog\.jsonld$/,
  );
  const catalog = await page.request.get("/catalog.jsonld");
  expect(catalog.headers()["content-type"]).toMatch(/^application\/ld\+json/);
  expect((await catalog.json())["@type"]).toBe("dcat:Catalog");

  expect(complaints).toEqual([]);
  expect(hydrationErrors).toEqual([]);
});
