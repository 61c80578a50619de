import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * French stays where it was; English lives under /en. The French page paths the README names are
 * read from the README itself, their placeholders filled with seed values, so a documented URL
 * that stops answering in French fails here.
 */
const SEED_VALUES: Record<string, string> = {
  "<slug>": "",
  "<ISO>": "TN",
  "<code>": "TN",
  "<id>": "1",
};
const PAGE_PREFIXES =
  /^\/(projets|carte|reseau|contacts|postes|pays|collectivites|statistiques|qualite|donnees|integrer)\b/;

function readmePagePaths(): string[] {
  const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
  const paths = [...readme.matchAll(/`(\/[^`\s]*)`/g)].map((match) => match[1]);
  return [...new Set(paths.filter((p) => PAGE_PREFIXES.test(p) && !p.includes("…") && !p.includes("source")))];
}

test("every French page path of the README answers in French at the same URL", async ({ page, request }) => {
  await page.goto("/projets?country=TN");
  const projectHref = await page.locator('a[href^="/projets/"]:not([href*=".atom"])').first().getAttribute("href");
  const postHref = await (await request.get("/postes"))
    .text()
    .then((html) => /href="(\/postes\/[^"]+)"/.exec(html)?.[1]);
  const paths = readmePagePaths();
  expect(paths.length).toBeGreaterThan(10);
  for (const documented of paths) {
    let url = documented;
    if (url.startsWith("/projets/<slug>")) url = url.replace("/projets/<slug>", projectHref ?? "");
    else if (url.startsWith("/postes/<slug>")) url = postHref ?? url;
    // Examples name generated collectivités and countries (région Occitanie, Dakar, Senegal): seed ones stand in.
    else if (/^\/(integrer\/)?collectivites\/[^/?]+/.test(url))
      url = url.replace(/[^/?]+(?=\?|$)/, "romans-sur-isere-fr");
    else if (/^\/(integrer\/)?pays\/[A-Z]{2}\b/.test(url)) url = url.replace(/[A-Z]{2}(?=\?|$)/, "TN");
    for (const [placeholder, value] of Object.entries(SEED_VALUES)) url = url.replace(placeholder, value);
    const response = await request.get(url, { maxRedirects: 0 });
    expect({ url, status: response.status() }).toEqual({ url, status: 200 });
    expect(await response.text(), url).toContain('<html lang="fr"');
  }
});

test("English pages live under /en with English path names and <html lang=en>", async ({ request }) => {
  for (const url of ["/en", "/en/projects", "/en/map", "/en/statistics", "/en/data", "/en/countries/TN", "/en/posts"]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect({ url, status: response.status() }).toEqual({ url, status: 200 });
    expect(await response.text(), url).toContain('<html lang="en"');
  }
  // A French path name under /en, or an English one without it, leads to the page's real address.
  const mixed = await request.get("/en/projets?country=TN", { maxRedirects: 0 });
  expect(mixed.headers().location).toMatch(/\/en\/projects\?country=TN$/);
});

test("pages name their other-language version (hreflang) both ways", async ({ request }) => {
  for (const url of ["/pays/TN", "/en/countries/TN"]) {
    const link = (await request.get(url)).headers().link ?? "";
    expect(link, url).toMatch(/\/pays\/TN>; rel="alternate"; hreflang="fr"/);
    expect(link, url).toMatch(/\/en\/countries\/TN>; rel="alternate"; hreflang="en"/);
  }
});

test("the language switch keeps the page and its search, and the choice sticks for the home page", async ({ page }) => {
  await page.goto("/projets?country=TN");
  await page.getByRole("link", { name: "Read this page in English" }).click();
  await expect(page).toHaveURL(/\/en\/projects\?country=TN$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await page.getByRole("link", { name: "Lire cette page en français" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("a first visit to / follows Accept-Language; other URLs never change language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB,en" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await page.context().clearCookies();
  await page.goto("/projets");
  await expect(page).toHaveURL(/\/projets$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();
});
