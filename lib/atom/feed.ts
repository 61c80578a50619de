import { Feed } from "feed";
import type { FeedEntry } from "./entries";

const unique = (values: string[]) => [...new Set(values)];

/** The feed's words in the language of its URL (the route takes them from the message catalogue). */
export interface FeedText {
  language: string;
  title: string;
  description: string;
  copyright: string;
  /** "Thématique : … · Partenaires : … · Pays : … · Années : …" from its four parts. */
  summary: (parts: Record<FeedSummaryPart, string>) => string;
  /** What a part says when the fiche gives nothing for it. */
  unknown: Record<FeedSummaryPart, string>;
  /** A thematic's label in the feed's language. */
  thematic: (frenchLabel: string) => string;
  /** The address of a project's page in the feed's language. */
  projectUrl: (slug: string) => string;
}

type FeedSummaryPart = "thematics" | "partners" | "countries" | "years";

/** "Thématique : … · Partenaires : … · Années : 2019 – 2022", the entry's summary. */
export function entrySummary(e: FeedEntry, text: FeedText): string {
  const years =
    e.startYear && e.endYear && e.endYear !== e.startYear
      ? `${e.startYear} – ${e.endYear}`
      : String(e.startYear ?? e.endYear ?? text.unknown.years);
  const partners = [...e.frenchPartners, ...e.foreignPartners];
  return text.summary({
    thematics: unique(e.thematics.map(text.thematic)).join(", ") || text.unknown.thematics,
    partners: partners.join(", ") || text.unknown.partners,
    countries: e.countries.join(", ") || text.unknown.countries,
    years,
  });
}

/** The Atom document of a filtered search: `selfUrl` is the feed's own address, `pageUrl` the search page it follows. */
export function atomFeed(entries: FeedEntry[], text: FeedText, selfUrl: string, pageUrl: string): string {
  const feed = new Feed({
    id: selfUrl,
    title: text.title,
    description: text.description,
    link: pageUrl,
    language: text.language,
    updated: entries.reduce((max, e) => (new Date(e.updatedAt) > max ? new Date(e.updatedAt) : max), new Date(0)),
    feedLinks: { atom: selfUrl },
    generator: "Atlas",
    copyright: text.copyright,
  });
  for (const e of entries) {
    const link = text.projectUrl(e.slug);
    feed.addItem({
      id: link,
      title: e.title,
      link,
      date: new Date(e.updatedAt),
      published: new Date(e.publishedAt),
      description: entrySummary(e, text),
      category: unique([...e.thematics.map(text.thematic), ...e.countries]).map((name) => ({ name, term: name })),
    });
  }
  return feed.atom1();
}
