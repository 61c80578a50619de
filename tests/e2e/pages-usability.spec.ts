import { expect, test, type Locator, type Page } from "@playwright/test";
import { FUNDER_KIND_COLORS, UNKNOWN_KIND_COLOR } from "../../lib/domain/funder-kinds";
import { expectNoSeriousViolations } from "./axe";

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };
const normalise = (s: string) => s.replace(/[\s\u202f\u00a0]+/g, " ").trim();

/** The Clermont-Ferrand project (29 funding rows over 2020–2021, 31 foreign partners), found by search. */
async function clermontProjectUrl(page: Page): Promise<string> {
  await page.goto("/projets?q=Michelin");
  await page.getByRole("link", { name: /Pérennisation du Réseau International des Villes Michelin/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pérennisation du Réseau International");
  return new URL(page.url()).pathname;
}

const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error("element not rendered");
  return box;
};

// 1. Key figures first.
test("a project page opens on its key figures, linked to the sections", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await clermontProjectUrl(page);
  const summary = page.locator("section[aria-labelledby=en-bref]");
  const funding = summary.locator("[data-figure=financement] dd");
  expect(normalise(await funding.innerText())).toBe("1 380 394 € (2020–2021)");
  expect((await boxOf(funding)).y + 20).toBeLessThan(DESKTOP.height); // in the first screen
  await expect(summary.locator("[data-figure=porteur]").getByRole("link", { name: "Clermont-Ferrand" })).toBeVisible();
  await expect(summary.locator("[data-figure=pays]").getByRole("link", { name: "Italie" })).toHaveAttribute(
    "href",
    "/pays/IT",
  );
  await expect(summary.locator("[data-figure=statut] dd")).toContainText(/\d{4}/);
  await expect(summary.locator("[data-figure=thematique] dd")).toContainText("Aménagement du territoire et transports");
  await summary
    .getByRole("navigation", { name: "Sections du projet" })
    .getByRole("link", { name: "Financement" })
    .click();
  await expect(page).toHaveURL(/#financement$/);
  await expect(page.locator("#financement")).toBeInViewport();
});

// 2. Charts.
test("the project funding chart uses the funder-kind palette and the width it has", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await clermontProjectUrl(page);
  const figure = page.locator("section[aria-labelledby=financement] figure").first();
  const fills = await figure
    .locator("svg rect[fill], svg g[fill] > rect")
    .evaluateAll((rects) =>
      rects
        .map((r) => r.getAttribute("fill") ?? r.parentElement?.getAttribute("fill"))
        .filter((f) => f && f !== "none" && f !== "transparent"),
    );
  expect(fills.length).toBeGreaterThan(0);
  const palette = new Set([...Object.values(FUNDER_KIND_COLORS), UNKNOWN_KIND_COLOR]);
  for (const fill of fills) expect(palette).toContain(fill);
  const svg = await boxOf(figure.locator("svg").last());
  const section = await boxOf(page.locator("section[aria-labelledby=financement]"));
  expect(svg.width).toBeGreaterThan(section.width * 0.9);
});

/** Every tick label inside its SVG, and no two labels of one axis overlapping. */
async function expectReadableAxes(figure: Locator) {
  const problems = await figure.evaluate((fig) => {
    const out: string[] = [];
    for (const svg of fig.querySelectorAll("svg")) {
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll("[aria-label$='axis'] text, g text")].map((t) => ({
        text: t.textContent,
        r: t.getBoundingClientRect(),
        axis: t.closest("g[transform]")?.parentElement,
      }));
      for (const { text, r } of boxes) {
        if (r.width === 0) continue;
        if (
          r.left < frame.left - 1 ||
          r.right > frame.right + 1 ||
          r.top < frame.top - 1 ||
          r.bottom > frame.bottom + 1
        )
          out.push(`clipped: ${text}`);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r,
            b = boxes[j].r;
          if (
            a.width === 0 ||
            b.width === 0 ||
            /^\d{4}$|^\?$/.test(boxes[i].text ?? "") === false ||
            /^\d{4}$|^\?$/.test(boxes[j].text ?? "") === false
          )
            continue;
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
            out.push(`overlap: ${boxes[i].text} / ${boxes[j].text}`);
        }
    }
    return out;
  });
  expect(problems).toEqual([]);
}

for (const viewport of [DESKTOP, PHONE]) {
  test(`at ${viewport.width} px the statistics charts keep their year labels apart and their axes inside`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/statistiques");
    for (const figure of await page.locator("figure").all()) await expectReadableAxes(figure);
  });
}

test("on a phone, whatever scrolls sideways says so and takes the keyboard focus", async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const url of ["/statistiques", await clermontProjectUrl(page)]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    const scrollers = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter(
          (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1,
        )
        .map((el) => ({
          what: el.outerHTML.slice(0, 80),
          focusable: (el as HTMLElement).tabIndex >= 0,
          hint: (el.parentElement?.textContent ?? "").includes("Faites défiler"),
        })),
    );
    expect(scrollers.length).toBeGreaterThan(0);
    for (const s of scrollers) expect(s, `${url}: ${s.what}`).toMatchObject({ focusable: true, hint: true });
    await expect(page.getByText("Faites défiler →").filter({ visible: true }).first()).toBeVisible();
  }
});

// 3. One thematic tree.
test("the statistics chart and table of themes hold themes only; sub-themes open on demand", async ({ page }) => {
  await page.goto("/statistiques");
  const section = page.locator("section[aria-labelledby=thematiques]");
  const mainTable = section.locator("table").first();
  await expect(mainTable.getByText("Economie durable")).toBeVisible();
  await expect(mainTable.getByText("Aménagement du territoire et transports")).toHaveCount(0);
  const subThemes = section.locator("details").filter({ hasText: "Economie durable" });
  await expect(subThemes.getByText("Aménagement du territoire et transports")).toBeHidden();
  await subThemes.locator("summary").click();
  await expect(subThemes.getByText("Aménagement du territoire et transports")).toBeVisible();
  await expectNoSeriousViolations(page);
});

// 4. Partners on the map.
test("a French collectivité's « ses partenaires sur la carte » opens the map filtered on it", async ({ page }) => {
  await page.goto("/collectivites/clermont-ferrand-fr");
  await page.getByRole("link", { name: "ses partenaires sur la carte" }).click();
  await expect(page).toHaveURL(/\/carte\?french=\d+$/);
  const map = page.locator(".leaflet-container[data-map-ready=true]");
  await expect(map).toBeVisible();
  // Clermont-Ferrand and the 31 partners of its project (Lexington and Greenville share… no: 31 places, all placed).
  const rows = page.locator("#tableau-lieux ~ div table tbody tr");
  await expect(rows.filter({ hasText: "Cuneo" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Clermont-Ferrand" })).toHaveCount(1);
  expect(Number(await map.getAttribute("data-map-places"))).toBeLessThan(36); // not the whole atlas
});

// 5. The fiche and the 400 page.
test("the source fiche has an HTML page in the site, and the raw download stays", async ({ page }) => {
  const projectUrl = await clermontProjectUrl(page);
  await page.getByRole("link", { name: "Voir la fiche source" }).click();
  await expect(page).toHaveURL(`${projectUrl}/fiche`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle(/Fiche source/);
  await expect(page.locator("pre")).toContainText("Réseau International des Villes Michelin");
  const raw = await page.request.get(`${projectUrl}/source`);
  expect(raw.headers()["content-type"]).toMatch(/^text\/(plain|markdown)/);
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await expectNoSeriousViolations(page);
  }
});

test("the 400 page for a malformed escape is a French page with a title that passes axe", async ({ page }) => {
  const response = await page.goto("/pays/%E0%A4%A");
  expect(response?.status()).toBe(400);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle(/Adresse invalide/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Adresse invalide");
  // Its inline style is allowed by the policy (by hash): the heading is in the site's navy.
  await expect(page.getByRole("heading", { level: 1 })).toHaveCSS("color", "rgb(20, 47, 90)");
  await expect(page.getByRole("link", { name: /accueil/i })).toHaveAttribute("href", "/");
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await expectNoSeriousViolations(page);
  }
});

// 6. Favicon.
test("the site has an SVG favicon", async ({ page }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await page.request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("<svg");
});

// 7. Country labels on the base map.
test("zoomed in, the base map names the countries; at world zoom it does not", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/carte");
  const map = page.locator(".leaflet-container[data-map-ready=true]");
  await expect(map).toBeVisible();
  const labels = page.locator(".atlas-country-label");
  await expect(labels.filter({ visible: true })).toHaveCount(0);
  // Zoom in step by step (the first view fits the places, so its zoom depends on them) until names show.
  const italy = labels.filter({ hasText: /^Italie$/ });
  for (let step = 0; step < 5 && !(await italy.isVisible()); step++) {
    await page.getByRole("button", { name: "Zoom avant" }).click();
    await page.waitForTimeout(400); // the zoom animation
  }
  await expect(italy).toBeVisible();
  expect(await labels.count()).toBeGreaterThan(150);
  await expect(page.locator(".atlas-country-labels")).toHaveAttribute("aria-hidden", "true");
});

// axe on the pages touched, at both widths.
for (const viewport of [DESKTOP, PHONE]) {
  test(`at ${viewport.width} px the project, statistics, collectivité and map pages pass axe`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    for (const url of [
      await clermontProjectUrl(page),
      "/statistiques",
      "/collectivites/clermont-ferrand-fr",
      "/carte",
    ]) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page);
    }
  });
}
