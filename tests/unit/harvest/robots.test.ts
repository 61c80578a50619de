import { describe, expect, it } from "vitest";
import { USER_AGENT, projectPageUrl } from "@/lib/harvest/identity";
import { parseRobots, robotsUrl } from "@/lib/harvest/robots";

const BASE = "https://pastel.diplomatie.gouv.fr/cncdext";

describe("robots.txt", () => {
  it("lives at the root of the site's host, whatever the base path", () => {
    expect(robotsUrl(BASE)).toBe("https://pastel.diplomatie.gouv.fr/robots.txt");
  });

  it("applies the group naming our product token, and its Crawl-delay", () => {
    const rules = parseRobots(
      robotsUrl(BASE),
      [
        "User-agent: *",
        "Disallow: /",
        "",
        "User-agent: AtlasCooperationDecentralisee-harvest",
        "Allow: /cncdext/dyn/public/atlas/",
        "Disallow: /cncdext/dyn/public/atlas/detailProjet.html?criteres.prjId=13",
        "Crawl-delay: 2",
      ].join("\n"),
      USER_AGENT,
    );
    expect(rules.allows(projectPageUrl(BASE, 12))).toBe(true);
    expect(rules.allows(projectPageUrl(BASE, 13))).toBe(false);
    expect(rules.allows(projectPageUrl(BASE, 130))).toBe(false); // a prefix rule, as the RFC reads it
    // Our group replaces the * group entirely: what it does not forbid is allowed.
    expect(rules.allows(`${BASE}/dyn/private/x`)).toBe(true);
    expect(rules.crawlDelayMs).toBe(2000);
  });

  it("falls back to the * group, and allows everything when nothing forbids", () => {
    const star = parseRobots(
      robotsUrl(BASE),
      "User-agent: *\nDisallow: /cncdext/dyn/public/atlas/detailProjet",
      USER_AGENT,
    );
    expect(star.allows(projectPageUrl(BASE, 1))).toBe(false);
    expect(star.crawlDelayMs).toBeNull();
    expect(parseRobots(robotsUrl(BASE), "", USER_AGENT).allows(projectPageUrl(BASE, 1))).toBe(true);
  });

  it("never allows a page of another host", () => {
    expect(parseRobots(robotsUrl(BASE), "", USER_AGENT).allows("https://example.org/x")).toBe(false);
  });
});
