import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFiches } from "@/lib/corpus";
import { importFiches } from "@/lib/import/run";
import { PAGE_SIZE } from "@/lib/paging/list-page";
import { hasBuild, nextBuild, nextStart } from "../../scripts/support/app-server";
import { freshDatabase, withClient } from "./test-db";

/**
 * Issue 15: the long lists of the country, collectivité and post pages come a page at a time,
 * each with its own shareable parameter. The built app on a generated corpus large enough for a
 * country to have more partners than one page holds (no timing is asserted).
 */
const BUILD_TIMEOUT = 600_000;
const FICHES = 1_000;
let server: Awaited<ReturnType<typeof nextStart>>;
let url: string;
let country: { code: string; slugs: string[] };

beforeAll(async () => {
  url = (await freshDatabase()).url;
  const files = writeFiches(mkdtempSync(path.join(tmpdir(), "atlas-paging-")), "paging", FICHES).files;
  await importFiches(files, { databaseUrl: url });
  // The country with the most partner collectivités, its partners in the page's order.
  const rows = await withClient(url, (c) =>
    c
      .query<{ code: string; slugs: string[] }>(
        `SELECT code, array_agg(slug ORDER BY folded) AS slugs FROM (
           SELECT DISTINCT c.country_code AS code, c.slug, atlas_fold(c.display_name) AS folded
           FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id AND pp.role = 'foreign'
           WHERE c.country_code <> '') x
         GROUP BY code ORDER BY count(*) DESC LIMIT 1`,
      )
      .then((r) => r.rows),
  );
  country = rows[0];
  if (!hasBuild()) await nextBuild();
  server = await nextStart(url, Number(process.env.ATLAS_E2E_PORT ?? 3100));
}, BUILD_TIMEOUT);

afterAll(async () => {
  await server?.stop();
});

/** The page's HTML without React's text separators ("1<!-- -->–<!-- -->50" is "1–50"). */
async function page(route: string): Promise<{ status: number; html: string }> {
  const response = await fetch(server.url + route);
  return { status: response.status, html: (await response.text()).replace(/<!-- -->/g, "") };
}

/** Foreign partners linked from the page's markup (the mini-map's data is not markup). */
const partnerLinks = (html: string, slugs: string[]) =>
  slugs.filter((s) => html.includes(`href="/collectivites/${s}"`));

describe("a country's partner collectivités, a page at a time", () => {
  it("shows the first page with where it stands, and the next page the rest", async () => {
    const total = country.slugs.length;
    expect(total).toBeGreaterThan(PAGE_SIZE);
    expect(total).toBeLessThanOrEqual(2 * PAGE_SIZE); // two pages hold them all
    const first = await page(`/pays/${country.code}`);
    expect(first.status).toBe(200);
    expect(first.html).toContain(`1–${PAGE_SIZE} sur ${total}`);
    expect(first.html).toContain(`href="/pays/${country.code}?partenaires=2#partenaires"`);
    expect(first.html).toContain("Page suivante");
    expect(partnerLinks(first.html, country.slugs)).toEqual(country.slugs.slice(0, PAGE_SIZE));

    const second = await page(`/pays/${country.code}?partenaires=2`);
    expect(second.status).toBe(200);
    expect(second.html).toContain(`${PAGE_SIZE + 1}–${total} sur ${total}`);
    expect(second.html).toContain("Page précédente");
    expect(partnerLinks(second.html, country.slugs)).toEqual(country.slugs.slice(PAGE_SIZE));
  });

  it("reads in English on an English page, its links staying in English", async () => {
    const total = country.slugs.length;
    const first = await page(`/en/countries/${country.code}`);
    expect(first.status).toBe(200);
    expect(first.html).toContain(`aria-label="Pages: partner local authorities"`);
    expect(first.html).toContain(`1–${PAGE_SIZE} of ${total}`);
    expect(first.html).toContain("Page 1 of 2");
    expect(first.html).toContain(`href="/en/countries/${country.code}?partenaires=2#partenaires"`);
    expect(first.html).toContain("Next page");
    for (const french of ["Page suivante", `sur ${total}`, "Page 1 sur"]) expect(first.html).not.toContain(french);

    const second = await page(`/en/countries/${country.code}?partenaires=2`);
    expect(second.html).toContain(`${PAGE_SIZE + 1}–${total} of ${total}`);
    expect(second.html).toContain(`href="/en/countries/${country.code}#partenaires"`);
    expect(second.html).toContain("Previous page");

    const beyond = await page(`/en/countries/${country.code}?partenaires=40`);
    expect(beyond.html).toContain("Page 40 does not exist (partner local authorities: 2 pages).");
  });

  it("counts the directory's partner contacts the same way, in French and in English", async () => {
    const fr = await page("/contacts");
    const total = Number(/Contacts des partenaires étrangers \((\d+)\)/.exec(fr.html)?.[1]);
    expect(total).toBeGreaterThan(100); // more than one page of the directory
    const count = (locale: string) => new Intl.NumberFormat(locale).format(total);
    expect(fr.html).toContain(`1–100 sur ${count("fr")} (page 1 sur `);
    const en = await page("/en/contacts");
    expect(en.html).toContain(`1–100 of ${count("en")} (page 1 of `);
  });

  it("lists a collectivité's contacts a page at a time", async () => {
    const [top] = await withClient(url, (c) =>
      c
        .query<{ slug: string }>(
          `SELECT c.slug FROM collectivite c JOIN partner_contact pc ON pc.collectivite_id = c.id
           GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
        )
        .then((r) => r.rows),
    );
    const first = await page(`/collectivites/${top.slug}`);
    const total = Number(/Contacts \((\d+)\)/.exec(first.html)?.[1]);
    expect(total).toBeGreaterThan(0);
    const vcards = (html: string) => html.match(/href="\/api\/contacts\/vcard\/partner-\d+"/g)?.length ?? 0;
    expect(vcards(first.html)).toBe(Math.min(total, PAGE_SIZE));
    const second = await page(`/collectivites/${top.slug}?contacts=2`);
    if (total > PAGE_SIZE) {
      expect(second.html).toContain(`${PAGE_SIZE + 1}–${Math.min(total, 2 * PAGE_SIZE)} sur ${total}`);
      expect(vcards(second.html)).toBe(Math.min(total, 2 * PAGE_SIZE) - PAGE_SIZE);
    } else {
      expect(second.html).toContain("La page 2 n&#x27;existe pas (contacts : 1 page)");
      expect(vcards(second.html)).toBe(0);
    }
  });

  it("says a page past the last does not exist, and links to the last", async () => {
    const { status, html } = await page(`/pays/${country.code}?partenaires=40`);
    expect(status).toBe(200);
    expect(html).toContain("La page 40 n&#x27;existe pas");
    expect(html).toContain(`href="/pays/${country.code}?partenaires=2#partenaires"`);
    expect(partnerLinks(html, country.slugs)).toEqual([]);
  });

  it("answers garbage page numbers on every paged page with the first page or a 400, never a 500", async () => {
    const [collectivite] = await withClient(url, (c) =>
      c
        .query<{ slug: string }>(
          "SELECT c.slug FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id GROUP BY c.id ORDER BY count(*) DESC LIMIT 1",
        )
        .then((r) => r.rows),
    );
    const [post] = await withClient(url, (c) =>
      c.query<{ slug: string }>("SELECT slug FROM embassy_post ORDER BY id LIMIT 1").then((r) => r.rows),
    );
    const pages = [
      [`/pays/${country.code}`, ["partenaires", "francaises"]],
      [`/collectivites/${collectivite.slug}`, ["projets", "partenaires", "francaises", "reseau", "contacts"]],
      [`/postes/${post.slug}`, ["projets"]],
      ["/contacts", ["page"]],
    ] as const;
    const garbage = ["abc", "-1", "0", "1e9", "2.5", "99999999999", "%00", "%FF", "toutes", "1&partenaires=2"];
    for (const [route, keys] of pages)
      for (const key of keys)
        for (const value of garbage) {
          const { status } = await page(`${route}?${key}=${value}`);
          expect([200, 400], `${route}?${key}=${value}`).toContain(status);
        }
  }, 120_000);
});
