import { describe, expect, it } from "vitest";
import { homeLocale } from "@/lib/i18n/negotiation";
import { localizeHref, readPathname, switchLocale } from "@/lib/i18n/paths";

describe("localized paths", () => {
  it("keeps French hrefs as they are", () => {
    for (const href of ["/", "/projets?country=TN", "/pays/SN#projets", "/collectivites/romans-sur-isere"])
      expect(localizeHref(href, "fr")).toBe(href);
  });

  it("writes English hrefs with English path names, the query and anchor kept", () => {
    expect(localizeHref("/", "en")).toBe("/en");
    expect(localizeHref("/projets?country=TN&page=2", "en")).toBe("/en/projects?country=TN&page=2");
    expect(localizeHref("/pays/SN#projets", "en")).toBe("/en/countries/SN#projets");
    expect(localizeHref("/collectivites/el-jem", "en")).toBe("/en/local-authorities/el-jem");
    expect(localizeHref("/integrer/pays/TN", "en")).toBe("/en/embed/countries/TN");
    expect(localizeHref("/projets/flux.atom", "en")).toBe("/en/projects/feed.atom");
    expect(localizeHref("/projets/un-projet", "en")).toBe("/en/projects/un-projet");
  });

  it("leaves the API, other sites and in-page links alone", () => {
    for (const href of ["/api/map?country=TN", "https://example.org/x", "#contenu", "?page=2", "//cdn.example/x"])
      expect(localizeHref(href, "en")).toBe(href);
  });

  it("reads the language and the internal path of a visible pathname", () => {
    expect(readPathname("/en/map")).toEqual({ locale: "en", internal: "/carte" });
    expect(readPathname("/en")).toEqual({ locale: "en", internal: "/" });
    expect(readPathname("/en/countries/SN")).toEqual({ locale: "en", internal: "/pays/SN" });
    expect(readPathname("/carte")).toEqual({ locale: "fr", internal: "/carte" });
    // A French path that merely starts with the letters "en" stays French.
    expect(readPathname("/entreprises")).toEqual({ locale: "fr", internal: "/entreprises" });
  });

  it("switches a page and its search to the other language and back", () => {
    expect(switchLocale("/projets", "?q=eau&country=TN", "en")).toBe("/en/projects?q=eau&country=TN");
    expect(switchLocale("/en/projects", "?q=eau&country=TN", "fr")).toBe("/projets?q=eau&country=TN");
    expect(switchLocale("/en", "", "fr")).toBe("/");
  });
});

describe("home page language", () => {
  it("follows a remembered choice first, then the browser, then French", () => {
    expect(homeLocale("en", "fr-FR")).toBe("en");
    expect(homeLocale("fr", "en-US")).toBe("fr");
    expect(homeLocale(undefined, "en-GB,en;q=0.9")).toBe("en");
    expect(homeLocale(undefined, "de-DE,fr;q=0.8,en;q=0.5")).toBe("fr");
    expect(homeLocale(undefined, "ja")).toBe("fr");
    expect(homeLocale("klingon", null)).toBe("fr");
  });
});
