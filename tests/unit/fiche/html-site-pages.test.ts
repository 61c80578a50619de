import { describe, expect, it } from "vitest";
import { parseFiche } from "@/lib/fiche";
import { decodeFicheBytes } from "@/lib/import/decode";
import {
  noProjectPageText,
  type PageCharset,
  projectPageText,
  seedFiches,
  servedPage,
} from "../../support/atlas-pages";

/**
 * The harvest saves the official Atlas's pages as served: the HTML reader must find the same fiche
 * in them as in the seed they were built from, whatever the charset, the field markup and label
 * forms drawn (spans, h3 + p, dl; "projet"/"partenariat"), and the site's chrome around it (menus
 * of links, unresolved i18n keys, search form, scripts, pagination, footer links).
 */

const CHARSETS: PageCharset[] = ["utf-8", "iso-8859-1"];
const DRAWS = ["a", "b", "c", "d"];
const HEADER_CHARSET: Record<PageCharset, string> = { "utf-8": "UTF-8", "iso-8859-1": "ISO-8859-1" };

describe("the official Atlas's project pages", () => {
  const seeds = seedFiches();

  it("has fiches among the seeds to build pages from", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(3);
  });

  for (const charset of CHARSETS) {
    it(`read in ${charset} with the site's chrome give the seed's fiche`, () => {
      for (const { name, fiche } of seeds) {
        for (const draw of DRAWS) {
          const served = servedPage(projectPageText(fiche, `${name}/${draw}`), charset);
          const parsed = parseFiche(decodeFicheBytes(served.bytes, HEADER_CHARSET[charset]).text, {
            fileName: "page.html",
          });
          if (!parsed.ok) throw new Error(`${name}/${draw}: ${parsed.error.reason}`);
          expect({ ...parsed.fiche, format: fiche.format }, `${name}/${draw}`).toEqual(fiche);
        }
      }
    });
  }

  it("an id without a project answers a page that is not a fiche", () => {
    const parsed = parseFiche(noProjectPageText(42), { fileName: "page.html" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.kind).toBe("not-a-fiche");
  });
});
