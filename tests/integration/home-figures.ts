import { expect } from "vitest";
import type { Figure } from "../../components/home/figures";

/**
 * Each home figure against the page its link leads to, computed by lib/search from the link's
 * own parameters: a project count is the search's total, a collectivité count what the map
 * places on that side, the country count the values of the unfolded country facet, the funding
 * the statistics' total. Modules are loaded after DATABASE_URL is set.
 */
export async function expectFiguresMatchTheirLinks(figures: Figure[]): Promise<void> {
  const { parseSearchParams } = await import("../../lib/search/params");
  const { searchProjects } = await import("../../lib/search/queries");
  const { facetCounts } = await import("../../lib/search/facets");
  const { mapPlaces } = await import("../../lib/search/map");
  const { statsTotals } = await import("../../lib/page-data/statistics");
  for (const figure of figures) {
    const url = new URL(figure.href, "http://atlas.test");
    const params = parseSearchParams(url.searchParams);
    let behindLink: number;
    switch (figure.kind) {
      case "projects":
        expect(url.pathname).toBe("/projets");
        behindLink = (await searchProjects(params)).total;
        break;
      case "countries":
        expect(url.pathname).toBe("/projets");
        expect(params.more).toContain("country");
        behindLink = (await facetCounts(params)).country.length;
        break;
      case "french":
      case "foreign": {
        expect(url.pathname).toBe("/carte");
        const { places, unplaced } = await mapPlaces(params);
        behindLink = [...places, ...unplaced].filter((p) => p.side === figure.kind).length;
        break;
      }
      case "funding":
        expect(url.pathname).toBe("/statistiques");
        behindLink = (await statsTotals()).fundingTotal;
        break;
    }
    expect(figure.value, `${figure.key} → ${figure.href}`).toBeCloseTo(behindLink, 2);
  }
}
