import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

/**
 * The network page in English (issue 18): English headings, controls, legend, counts and table,
 * none of the page's French interface words outside fiche content (names and titles, marked
 * lang="fr"), node pages opened at their English address. The filters column belongs to the
 * search page's translation and is not checked here.
 */

const CANVAS = '[data-testid="network-canvas"]';
const linkRows = (page: Page) => page.locator("#liens-titre ~ div table tbody tr");

/** The French interface words of /reseau (the page, the graph's frame and the table of links). */
const FRENCH = [
  "Réseau des collectivités",
  "Survolez une collectivité",
  "Aller au tableau",
  "Voir en liste",
  "Graphe",
  "Seuls les partenaires",
  "Trouver une collectivité",
  "Vue d'ensemble",
  "Figer la disposition",
  "Reprendre la disposition",
  "Collectivité française",
  "Partenaire étranger",
  "nombre de projets",
  "Chargement du réseau",
  "Tableau des liens",
  "liens les plus forts",
  "paires de collectivités",
  "Projets communs",
  "Partenaire",
  "collectivités ·",
  " liens",
  " lien ",
  "sélection",
  "Voir la page de",
];

/** The page's text outside fiche content (elements marked lang="fr"), the filters column and scripts. */
function interfaceText(page: Page): Promise<string> {
  return page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang="fr"], script, style')) el.remove();
    // The filters column: the grid's first child (FilteredView), translated with the search page.
    copy.querySelector("#reseau-titre")?.closest(".grid")?.firstElementChild?.remove();
    return copy.textContent ?? "";
  });
}

async function openNetwork(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator(`${CANVAS}[data-drawn="true"]`)).toBeAttached({ timeout: 30_000 });
}

for (const width of [1280, 375]) {
  test.describe(`/en/network at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the whole network: English headings, controls, legend, counts and table", async ({ page }) => {
      await openNetwork(page, "/en/network");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page).toHaveTitle(/Network of local authorities/);
      await expect(page.getByRole("heading", { level: 1, name: "Network of local authorities" })).toBeVisible();
      for (const name of ["Graph", "Table of links"])
        await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
      await expect(page.getByRole("img", { name: /^Graph of the local authorities linked/ })).toBeVisible();
      await expect(page.getByLabel("Find a local authority")).toHaveAttribute("placeholder", "e.g. Cuneo");
      for (const name of ["Zoom in", "Zoom out", "Overview", "Freeze the layout"])
        await expect(page.getByRole("button", { name, exact: true })).toBeVisible();
      const legend = page.getByRole("list", { name: "Legend" });
      await expect(legend).toContainText("French local authority");
      await expect(legend).toContainText("Foreign partner");
      await expect(legend).toContainText("Size: number of projects");
      await expect(page.getByText("36 local authorities · 33 links")).toBeVisible();
      await expect(page.locator("caption")).toHaveText(
        "33 links: pairs of local authorities and their shared projects",
      );
      for (const name of ["Local authority", "Partner", "Shared projects", "Projects"])
        await expect(page.getByRole("columnheader", { name, exact: true })).toBeVisible();
      await expect(linkRows(page)).toHaveCount(33);
      await expect(linkRows(page).first().getByRole("link").first()).toHaveAttribute("lang", "fr");
      const text = await interfaceText(page);
      expect(FRENCH.filter((word) => text.includes(word))).toEqual([]);
      await expectNoSeriousViolations(page);
    });

    test("?country=TN: the country note, one link, the table reachable by keyboard", async ({ page }) => {
      await openNetwork(page, "/en/network?country=TN");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByText("Only the foreign partners located in the chosen countries are shown")).toBeVisible();
      await expect(page.getByText("2 local authorities · 1 link")).toBeVisible();
      await expect(linkRows(page)).toHaveCount(1);
      await expect(page.locator("caption")).toHaveText("1 link: pairs of local authorities and their shared projects");
      const text = await interfaceText(page);
      expect(FRENCH.filter((word) => text.includes(word))).toEqual([]);

      await page.getByRole("link", { name: "Go to the table of links" }).focus();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      const focused = page.locator(":focus");
      await expect(focused).toHaveText("Romans sur Isère");
      await expect(focused).toHaveAttribute("href", /^\/en\/local-authorities\/[^/]+$/);
      await expectNoSeriousViolations(page);
    });
  });
}

test("/en/network: a found node is described in English and a click on it opens its English page", async ({ page }) => {
  await openNetwork(page, "/en/network");
  await page.getByRole("button", { name: "Freeze the layout" }).click();
  await expect(page.getByRole("button", { name: "Resume the layout" })).toBeVisible();
  await page.getByLabel("Find a local authority").fill("cuneo");
  await page.getByRole("button", { name: /^Cuneo \(IT\) · 1 project · 1 link$/ }).click();
  await expect(page.getByText(/· selected: Cuneo \(IT\) · 1 project · 1 link ·/)).toBeVisible();
  await expect(page.getByRole("link", { name: "See the page of Cuneo" })).toHaveAttribute(
    "href",
    /^\/en\/local-authorities\/[^/]*cuneo/i,
  );
  // The camera centres the chosen node: hover the middle of the canvas, then click it.
  await page.waitForTimeout(800); // the camera's 500 ms animation
  const box = (await page.locator(CANVAS).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByText("Cuneo (IT) · 1 project · 1 link", { exact: true }).last()).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/en\/local-authorities\/[^/]*cuneo/i);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
