import { expect, test, type Page } from "@playwright/test";
import { EMBASSY_CITIES } from "../../../lib/corpus/countries";
import { expectNoSeriousViolations } from "../axe";
import { rows } from "./corpus-db";

/** Embassy posts and contacts on the generated corpus (issue 14.1). */
/** The posts the directory lists: as cards, then (past the first ones) by name. */
const cards = (page: Page) => page.locator("main [data-post]");
const cardNames = (page: Page) => cards(page).evaluateAll((a) => a.map((el) => el.getAttribute("data-post")!).sort());

/** Posts with no one named in `role`, or with someone: what the directory must list. */
const postsWhere = (holder: "some" | "none", role: string) =>
  rows<{ name: string }>(
    `SELECT name FROM embassy_post p
      WHERE ${holder === "none" ? "NOT" : ""} EXISTS (SELECT 1 FROM embassy_contact c WHERE c.post_id = p.id AND c.role = $1)
      ORDER BY name`,
    [role],
  ).then((r) => r.map((p) => p.name));

test("each post is filed under the country of its city, whatever the partners of its fiches", async ({ page }) => {
  // The three posts with the most projects, whose fiches name the most other countries.
  const busiest = await rows<{ name: string; country_code: string }>(
    `SELECT p.name, p.country_code FROM embassy_post p JOIN project_embassy_post l ON l.post_id = p.id
      GROUP BY p.id ORDER BY count(*) DESC, p.name LIMIT 3`,
  );
  expect(busiest).toHaveLength(3);
  for (const post of busiest) {
    // The generator placed the embassy in that city: its country is the truth, not the database's.
    const code = Object.keys(EMBASSY_CITIES).find((c) => post.name === `Ambassade de France à ${EMBASSY_CITIES[c]}`);
    expect(code, post.name).toBeDefined();
    await page.goto(`/contacts?country=${code}`);
    const card = page.locator(`article[data-post="${post.name}"]`);
    await expect(card.getByRole("link").first()).toHaveAttribute("href", `/pays/${code}`);
    // Under this country's filter, every post shown is this country's.
    for (const href of await cards(page)
      .locator('a[href^="/pays/"]')
      .evaluateAll((a) => a.map((l) => l.getAttribute("href"))))
      expect(href).toBe(`/pays/${code}`);
  }
});

test("the vacant-post filter lists exactly the posts missing a correspondent or a counsellor", async ({ page }) => {
  const [noCorrespondent, noCounsellor] = await Promise.all([
    postsWhere("none", "correspondent"),
    postsWhere("none", "counsellor"),
  ]);
  const vacant = [...new Set([...noCorrespondent, ...noCounsellor])].sort();
  expect(vacant.length).toBeGreaterThan(1);
  await page.goto("/contacts");
  await page.getByRole("link", { name: `Postes vacants (${vacant.length})` }).click();
  await expect(page).toHaveURL(/vacants=1/);
  await expect(cards(page)).toHaveCount(vacant.length);
  expect(await cardNames(page)).toEqual(vacant);
  // Each says which role is vacant.
  for (const card of (await cards(page).all()).slice(0, 5))
    await expect(card.getByText("poste vacant").first()).toBeVisible();
});

test("searching a function finds the posts that have someone in it", async ({ page }) => {
  const withCorrespondent = await postsWhere("some", "correspondent");
  await page.goto("/contacts?q=correspondant");
  await expect(cards(page)).toHaveCount(withCorrespondent.length);
  expect(await cardNames(page)).toEqual(withCorrespondent);
});

test("the directory shows the first posts as cards and names the others, each linking to its page", async ({
  page,
}) => {
  const all = await rows<{ name: string; slug: string }>("SELECT name, slug FROM embassy_post ORDER BY name");
  await page.goto("/contacts");
  const cardsShown = Math.min(24, all.length);
  await expect(page.locator("main article[data-post]")).toHaveCount(cardsShown);
  const named = page.locator("main li[data-post]");
  await expect(named).toHaveCount(all.length - cardsShown);
  if (all.length > cardsShown) {
    const first = named.first();
    const name = await first.getAttribute("data-post");
    const post = all.find((p) => p.name === name);
    await expect(first.getByRole("link", { name: post!.name })).toHaveAttribute("href", `/postes/${post!.slug}`);
  }
});

test("/postes lists every post and leads to a post's dashboard", async ({ page }) => {
  const [post] = await rows<{ name: string; slug: string; n: number }>(
    `SELECT p.name, p.slug, count(*)::int AS n FROM embassy_post p JOIN project_embassy_post l ON l.post_id = p.id
      GROUP BY p.id ORDER BY count(*) DESC, p.name LIMIT 1`,
  );
  const all = await rows<{ name: string }>("SELECT name FROM embassy_post");
  await page.goto("/postes");
  await expect(page.locator("tr[data-post]")).toHaveCount(all.length);
  await page.goto(`/postes/${post.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(post.name);
});

for (const width of [1280, 375]) {
  test(`at ${width} px the directory and the posts pages pass axe`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const [post] = await rows<{ slug: string }>("SELECT slug FROM embassy_post ORDER BY name LIMIT 1");
    for (const url of ["/contacts", "/contacts?vacants=1", "/postes", `/postes/${post.slug}`]) {
      await page.goto(url);
      await expectNoSeriousViolations(page);
    }
    // Nothing scrolls sideways on a phone, however long the directory.
    await page.goto("/contacts");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
