import { describe, expect, it } from "vitest";
import { qualityExportHref, qualityFilterQuery } from "@/lib/page-data/quality-filter";

describe("the /qualite filter in the CSV exports", () => {
  it("exports the whole list when nothing is filtered", () => {
    const none = { country: "", collectivite: null, collectiviteText: "", postSlug: "" };
    expect(qualityFilterQuery(none)).toBe("");
    expect(qualityExportHref("doublons", none)).toBe("/api/quality/export?list=doublons");
  });

  it("names a matched collectivité by its slug, and keeps the country", () => {
    const filter = {
      country: "SN",
      collectivite: { slug: "strasbourg" },
      collectiviteText: "Strasbourg",
      postSlug: "",
    };
    expect(qualityExportHref("placements", filter)).toBe(
      "/api/quality/export?list=placements&country=SN&collectivite=strasbourg",
    );
  });

  it("names a post by its slug", () => {
    const filter = { country: "", collectivite: null, collectiviteText: "", postSlug: "ambassade-de-france-a-tunis" };
    expect(qualityExportHref("courriels", filter)).toBe(
      "/api/quality/export?list=courriels&post=ambassade-de-france-a-tunis",
    );
  });

  it("keeps the typed text when no collectivité matched, so the export is as empty as the page", () => {
    const filter = { country: "", collectivite: null, collectiviteText: "Saint-Étienne", postSlug: "" };
    expect(qualityFilterQuery(filter)).toBe("collectivite=Saint-%C3%89tienne");
  });
});
