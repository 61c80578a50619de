import { NextResponse, type NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { atomFeed, type FeedText } from "@/lib/atom/feed";
import { feedEntries } from "@/lib/atom/entries";
import { loadMessages } from "@/lib/i18n/catalogue";
import { thematicLabel } from "@/lib/i18n/data-labels";
import { localizeHref } from "@/lib/i18n/paths";
import { isLocale, type Locale, routing } from "@/lib/i18n/routing";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { parseSearchParams, toQueryString } from "@/lib/search/params";

/** The feed's words and links in the language of its URL. */
async function feedText(locale: Locale, origin: string): Promise<FeedText> {
  const { project } = (await loadMessages(locale)) as { project: { feed: Record<string, string> } };
  const t = createTranslator({ locale, messages: project.feed });
  return {
    language: locale,
    title: t("title"),
    description: t("description"),
    copyright: t("copyright"),
    summary: (parts) => t("summary", parts),
    unknown: {
      thematics: t("unknownThematics"),
      partners: t("unknownPartners"),
      countries: t("unknownCountries"),
      years: t("unknownYears"),
    },
    thematic: (label) => thematicLabel(label, locale),
    projectUrl: (slug) => `${origin}${localizeHref(`/projets/${slug}`, locale)}`,
  };
}

// GET /projets/flux.atom?<search params> (/en/projects/feed.atom): the newest 50 matching projects as an Atom feed.
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const search = parseSearchParams(request.nextUrl.searchParams, locale);
  const origin = publicOrigin(request);
  const query = toQueryString(search, { page: 1, more: [] });
  const xml = atomFeed(
    await feedEntries(search),
    await feedText(locale, origin),
    `${origin}${localizeHref("/projets/flux.atom", locale)}${query}`,
    `${origin}${localizeHref("/projets", locale)}${query}`,
  );
  return new NextResponse(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
