import { describe, expect, it } from "vitest";
import {
  collectiviteSchema,
  datasetSchema,
  jsonLdScriptText,
  projectSchema,
  type ProjectInput,
} from "@/lib/open-data/schema-org";

const ORIGIN = "https://atlas.example";
const euros = (n: number) => ({ toNumber: () => n });

const project: ProjectInput = {
  slug: "eau-potable-dosso",
  title: "Eau potable à Dosso </script><script>alert(1)</script>",
  description: null,
  objectives: "Améliorer l'accès à l'eau.",
  startYear: 2019,
  endDate: new Date("2022-06-30T00:00:00Z"),
  countryCodes: ["NE", "BF"],
  partners: [
    {
      role: "french",
      nameAsWritten: "Région Centre",
      collectivite: { slug: "centre-val-de-loire", displayName: "Centre-Val de Loire", countryCode: "FR" },
    },
    {
      role: "foreign",
      nameAsWritten: "Dosso",
      collectivite: { slug: "dosso", displayName: "Dosso", countryCode: "NE" },
    },
  ],
  funding: [
    { funder: { name: "MEAE" }, amountEur: euros(12_500.5), year: 2020 },
    { funder: { name: "Agence de l'eau Loire-Bretagne" }, amountEur: null, year: null },
  ],
};

describe("projectSchema", () => {
  const schema = projectSchema(project, ORIGIN);

  it("is a schema.org Project at its absolute URL, described by its objectives when it has no description", () => {
    expect(schema).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Project",
      url: `${ORIGIN}/projets/eau-potable-dosso`,
    });
    expect(schema.description).toBe("Améliorer l'accès à l'eau.");
    expect(schema).toMatchObject({ foundingDate: "2019", dissolutionDate: "2022-06-30" });
  });

  it("gives each funding row as a MonetaryGrant: funder, amount in euros, the year as the amount's validity", () => {
    expect(schema.funding[0]).toEqual({
      "@type": "MonetaryGrant",
      funder: { "@type": "Organization", name: "MEAE" },
      amount: {
        "@type": "MonetaryAmount",
        currency: "EUR",
        value: 12_500.5,
        validFrom: "2020-01-01",
        validThrough: "2020-12-31",
      },
    });
    expect(schema.funding[1]).toEqual({
      "@type": "MonetaryGrant",
      funder: { "@type": "Organization", name: "Agence de l'eau Loire-Bretagne" },
    });
  });

  it("names the partners as GovernmentOrganizations and the countries served", () => {
    expect(schema.member).toEqual([
      {
        "@type": "GovernmentOrganization",
        name: "Centre-Val de Loire",
        url: `${ORIGIN}/collectivites/centre-val-de-loire`,
        address: { "@type": "PostalAddress", addressCountry: "FR" },
      },
      {
        "@type": "GovernmentOrganization",
        name: "Dosso",
        url: `${ORIGIN}/collectivites/dosso`,
        address: { "@type": "PostalAddress", addressCountry: "NE" },
      },
    ]);
    expect(schema.areaServed).toEqual([
      { "@type": "Country", name: "Niger", identifier: "NE" },
      { "@type": "Country", name: "Burkina Faso", identifier: "BF" },
    ]);
  });
});

describe("collectiviteSchema", () => {
  it("is a GovernmentOrganization with its country, region, official code and position when known", () => {
    expect(
      collectiviteSchema(
        {
          slug: "romans-sur-isere",
          name: "Romans-sur-Isère",
          countryCode: "FR",
          countryName: "France",
          officialCode: "26281",
          regionName: "Auvergne-Rhône-Alpes",
          lat: 45.04,
          lon: 5.05,
          spellings: ["Ville de Romans"],
        },
        ORIGIN,
      ),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "GovernmentOrganization",
      name: "Romans-sur-Isère",
      url: `${ORIGIN}/collectivites/romans-sur-isere`,
      alternateName: ["Ville de Romans"],
      identifier: "26281",
      address: { "@type": "PostalAddress", addressCountry: "FR", addressRegion: "Auvergne-Rhône-Alpes" },
      geo: { "@type": "GeoCoordinates", latitude: 45.04, longitude: 5.05 },
    });
  });

  it("leaves out what is unknown rather than writing nulls", () => {
    const schema = collectiviteSchema(
      {
        slug: "x",
        name: "X",
        countryCode: "",
        countryName: null,
        officialCode: null,
        regionName: null,
        lat: null,
        lon: null,
        spellings: [],
      },
      ORIGIN,
    );
    expect(Object.keys(schema).sort()).toEqual(["@context", "@type", "name", "url"]);
  });
});

describe("datasetSchema", () => {
  it("is a Dataset under the Licence Ouverte whose DataDownloads include the data package and the CSV export", () => {
    const schema = datasetSchema(ORIGIN);
    expect(schema["@type"]).toBe("Dataset");
    expect(schema.license).toBe("https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
    expect(schema.distribution).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          "@type": "DataDownload",
          contentUrl: `${ORIGIN}/donnees/atlas.zip`,
          encodingFormat: "application/zip",
        }),
        expect.objectContaining({
          "@type": "DataDownload",
          contentUrl: `${ORIGIN}/api/projects/export?format=csv`,
          encodingFormat: "text/csv",
        }),
      ]),
    );
  });
});

describe("jsonLdScriptText", () => {
  it("writes no '<', so a title cannot close the script element, and parses back to the same data", () => {
    const data = projectSchema(project, ORIGIN);
    const text = jsonLdScriptText(data);
    expect(text).not.toContain("<");
    expect(text).toContain("\\u003c/script>");
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
  });
});
