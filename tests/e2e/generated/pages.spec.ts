import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "../axe";
import { countriesByProjects, rows } from "./corpus-db";

/** Project, collectivité, country and statistics pages on the generated corpus (issue 14.3). */
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };

/** The project with the most funding rows: the longest tables and the widest charts. */
async function fundedProject() {
  const [project] = await rows<{ slug: string; title: string }>(
    `SELECT p.slug, p.title FROM project p JOIN funding f ON f.project_id = p.id
      GROUP BY p.id ORDER BY count(*) DESC, p.slug LIMIT 1`,
  );
  return project;
}

/** The French collectivité in the most projects. */
async function busiestFrench() {
  const [french] = await rows<{ slug: string; display_name: string; projects: number }>(
    `SELECT c.slug, c.display_name, count(DISTINCT pp.project_id)::int AS projects
       FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id
      WHERE c.side = 'french' GROUP BY c.id ORDER BY 3 DESC, c.slug LIMIT 1`,
  );
  return french;
}

/** Elements of main that scroll sideways, whether the keyboard reaches them and a hint says so. */
const sidewaysScrollers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter(
        (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1,
      )
      .map((el, i) => ({
        mark: Object.assign((el as HTMLElement).dataset, { scroller: String(i) }) && i,
        what: el.outerHTML.slice(0, 80),
        focusable: (el as HTMLElement).tabIndex >= 0,
        hint: (el.parentElement?.textContent ?? "").includes("Faites défiler"),
      })),
  );

test("a project page opens on its summary, in the first screen, before the funding section", async ({ page }) => {
  const project = await fundedProject();
  await page.setViewportSize(DESKTOP);
  await page.goto(`/projets/${project.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(project.title);
  const summary = page.locator("section[aria-labelledby=en-bref]");
  const funding = summary.locator("[data-figure=financement] dd");
  await expect(funding).toContainText("€");
  expect((await funding.boundingBox())!.y + 20).toBeLessThan(DESKTOP.height);
  const section = page.locator("section[aria-labelledby=financement]");
  expect((await summary.boundingBox())!.y).toBeLessThan((await section.boundingBox())!.y);
  await summary
    .getByRole("navigation", { name: "Sections du projet" })
    .getByRole("link", { name: "Financement" })
    .click();
  await expect(page.locator("#financement")).toBeInViewport();
});

test("on a phone, the charts and tables that scroll sideways take the focus and say so", async ({ page }) => {
  const project = await fundedProject();
  await page.setViewportSize(PHONE);
  for (const url of [`/projets/${project.slug}`, "/statistiques"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    const scrollers = await sidewaysScrollers(page);
    expect(scrollers.length, url).toBeGreaterThan(0);
    for (const s of scrollers) expect(s, `${url}: ${s.what}`).toMatchObject({ focusable: true, hint: true });
  }
  // The keyboard scrolls them: the first of the statistics page takes the arrow keys.
  const scroller = page.locator('[data-scroller="0"]');
  await scroller.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test("a French collectivité's page lists all its projects", async ({ page }) => {
  const french = await busiestFrench();
  expect(french.projects).toBeGreaterThan(1);
  await page.goto(`/collectivites/${french.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(french.display_name);
  await expect(page.getByRole("heading", { level: 2, name: `Projets (${french.projects})` })).toBeVisible();
});

test("the statistics and country pages count each country's projects as the database does", async ({ page }) => {
  const [busiest] = await countriesByProjects();
  await page.goto("/statistiques");
  const row = page.locator("section[aria-labelledby=pays] table tr").filter({ hasText: busiest.name }).first();
  await expect(row).toContainText(String(busiest.projects));
  await page.goto(`/pays/${busiest.code}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(busiest.name);
});

for (const viewport of [DESKTOP, PHONE]) {
  test(`at ${viewport.width} px the project, collectivité, country and statistics pages pass axe`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(viewport);
    const [project, french, [busiest]] = await Promise.all([fundedProject(), busiestFrench(), countriesByProjects()]);
    for (const url of [
      `/projets/${project.slug}`,
      `/collectivites/${french.slug}`,
      `/pays/${busiest.code}`,
      "/statistiques",
    ]) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page);
    }
  });
}
