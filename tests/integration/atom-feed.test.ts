import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { XMLParser } from "fast-xml-parser";
import { freshDatabase } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

const ROMANS_TITLE = "Projet d'action internationale de Romans et de ses villes partenaires";
const NEW_TITLE = "Projet d'échanges scolaires entre Romans et El Jem";
let databaseUrl: string;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "category", "link"].includes(name),
});

// biome-ignore lint/suspicious/noExplicitAny: the parsed Atom is checked field by field.
type ParsedFeed = Record<string, any>;

async function fetchFeed(
  query: string,
  locale = "fr",
): Promise<{ status: number; type: string | null; feed: ParsedFeed }> {
  const { GET } = await import("../../app/[locale]/projets/flux.atom/route");
  const response = await GET(new NextRequest(`http://localhost/projets/flux.atom${query}`), {
    params: Promise.resolve({ locale }),
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    feed: parser.parse(await response.text()).feed,
  };
}

const textOf = (node: unknown) => (typeof node === "string" ? node : (node as { "#text": string })["#text"]);

beforeAll(async () => {
  const db = await freshDatabase();
  databaseUrl = db.url;
  await importPaths([SEEDS_DIR], { databaseUrl });
  process.env.DATABASE_URL = databaseUrl;
}, 120_000);

describe("Atom feed of a search", () => {
  it("?country=TN is an Atom feed holding the Romans project, with its summary and categories", async () => {
    const { status, type, feed } = await fetchFeed("?country=TN");
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/atom\+xml/);
    const entries = feed.entry;
    expect(entries.map((e: { title: unknown }) => textOf(e.title))).toEqual([ROMANS_TITLE]);
    const [romans] = entries;
    expect(romans.link[0]["@href"]).toMatch(/\/projets\/[a-z0-9-]+$/);
    expect(textOf(romans.summary)).toMatch(
      /Thématique : .+ · Partenaires : .*Romans.* · Pays : .*Tunisie.* · Années : \d{4}/,
    );
    expect(romans.category.map((c: Record<string, string>) => c["@term"])).toContain("Tunisie");
    expect(romans.published).toBeTruthy();
    expect(romans.updated).toBeTruthy();
  });

  it("in English (/en/projects/feed.atom), titles and summaries are English and links lead to English pages", async () => {
    const { feed } = await fetchFeed("?country=TN", "en");
    expect(textOf(feed.title)).toBe("Atlas of French decentralised cooperation — new projects");
    expect(feed.link.map((l: Record<string, string>) => l["@href"])).toContain(
      "http://localhost/en/projects/feed.atom?country=TN",
    );
    const [romans] = feed.entry;
    expect(textOf(romans.title)).toBe(ROMANS_TITLE);
    expect(romans.link[0]["@href"]).toMatch(/^http:\/\/localhost\/en\/projects\/[a-z0-9-]+$/);
    expect(textOf(romans.summary)).toMatch(/^Thematic: .+ · Partners: .*Romans.* · Countries: .+ · Years: \d{4}/);
  });

  it("without filters, holds every seed project, newest first", async () => {
    const { feed } = await fetchFeed("");
    expect(feed.entry.length).toBeGreaterThan(2);
    const published = feed.entry.map((e: { published: string }) => Date.parse(e.published));
    expect([...published].sort((a, b) => b - a)).toEqual(published);
  });

  it("puts a newly imported fiche matching the filter first", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "atlas-feed-"));
    const romans = readFileSync(path.join(SEEDS_DIR, "002_b057226553d068dc.txt"), "utf8");
    expect(romans).toContain(ROMANS_TITLE);
    writeFileSync(path.join(dir, "new.txt"), romans.replaceAll(ROMANS_TITLE, NEW_TITLE));
    const summary = await importPaths([dir], { databaseUrl });
    expect(summary.imported).toBe(1);
    const { feed } = await fetchFeed("?country=TN");
    expect(feed.entry.map((e: { title: unknown }) => textOf(e.title))).toEqual([NEW_TITLE, ROMANS_TITLE]);
  });
});
