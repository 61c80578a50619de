import { expect, test } from "@playwright/test";
import { frenchInterfaceWords } from "./interface-words";

/**
 * Every English page type, walked: each answers in English (<html lang="en">) and keeps no French
 * word of the interface outside fiche content (marked lang="fr").
 */
const FIXED_PAGES = [
  "/en",
  "/en/projects",
  "/en/projects?country=TN",
  "/en/projects?q=zzzzzz",
  "/en/map",
  "/en/network",
  "/en/contacts",
  "/en/posts",
  "/en/countries/TN",
  "/en/local-authorities/clermont-ferrand-fr",
  "/en/statistics",
  "/en/quality",
  "/en/data",
  "/en/embed/countries/TN",
  "/en/embed/local-authorities/romans-sur-isere-fr",
  "/en/no-such-page",
];

test("every English page type speaks English outside fiche content", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("/en/projects?country=TN");
  const project = await page.locator('a[href^="/en/projects/"]:not([href*=".atom"])').first().getAttribute("href");
  await page.goto("/en/posts");
  const post = await page.locator('a[href^="/en/posts/"]').first().getAttribute("href");
  const pages = [...FIXED_PAGES, project, `${project}/record`, post].filter((url): url is string => Boolean(url));
  expect(pages.length).toBe(FIXED_PAGES.length + 3);

  const leftovers: Record<string, string[]> = {};
  for (const url of pages) {
    await page.goto(url);
    await expect(page.locator("html"), url).toHaveAttribute("lang", "en");
    const words = await frenchInterfaceWords(page);
    if (words.length) leftovers[url] = words;
  }
  expect(leftovers).toEqual({});
});
