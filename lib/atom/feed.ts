import { Feed } from "feed";
import type { FeedEntry } from "./entries";

const unique = (values: string[]) => [...new Set(values)];

/** "Thématique : … · Partenaires : … · Années : 2019 – 2022", the entry's summary. */
export function entrySummary(e: FeedEntry): string {
  const years =
    e.startYear && e.endYear && e.endYear !== e.startYear
      ? `${e.startYear} – ${e.endYear}`
      : String(e.startYear ?? e.endYear ?? "non précisées");
  const partners = [...e.frenchPartners, ...e.foreignPartners];
  return [
    `Thématique : ${unique(e.thematics).join(", ") || "non précisée"}`,
    `Partenaires : ${partners.join(", ") || "non précisés"}`,
    `Pays : ${e.countries.join(", ") || "non précisés"}`,
    `Années : ${years}`,
  ].join(" · ");
}

/** The Atom document of a filtered search: `selfUrl` is the feed's own address, `pageUrl` the search page it follows. */
export function atomFeed(entries: FeedEntry[], origin: string, selfUrl: string, pageUrl: string): string {
  const feed = new Feed({
    id: selfUrl,
    title: "Atlas de la coopération décentralisée — nouveaux projets",
    description: "Les projets de coopération décentralisée nouvellement publiés dans l'atlas, pour cette recherche.",
    link: pageUrl,
    language: "fr",
    updated: entries.reduce((max, e) => (new Date(e.updatedAt) > max ? new Date(e.updatedAt) : max), new Date(0)),
    feedLinks: { atom: selfUrl },
    generator: "Atlas",
    copyright: "Données publiques de la coopération décentralisée",
  });
  for (const e of entries) {
    const link = `${origin}/projets/${e.slug}`;
    feed.addItem({
      id: link,
      title: e.title,
      link,
      date: new Date(e.updatedAt),
      published: new Date(e.publishedAt),
      description: entrySummary(e),
      category: unique([...e.thematics, ...e.countries]).map((name) => ({ name, term: name })),
    });
  }
  return feed.atom1();
}
