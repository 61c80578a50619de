import { getLocale, getTranslations } from "next-intl/server";
import { EmptyAtlas } from "@/components/home/EmptyAtlas";
import { atlasFigureList } from "@/components/home/figures";
import { HomeFigures } from "@/components/home/HomeFigures";
import { HomeSearch } from "@/components/home/HomeSearch";
import { RecentProjects } from "@/components/home/RecentProjects";
import { thematicHref, TopThematics } from "@/components/home/TopThematics";
import { WaysIn } from "@/components/home/WaysIn";
import { WorldMap } from "@/components/home/WorldMap";
import { homePageData } from "@/lib/page-data/home";
import { PageTitle } from "@/components/layout/PageTitle";
import { countryLabel, thematicLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";

// The figures change with each import (computed once per data version); never a build-time snapshot.
export const dynamic = "force-dynamic";

/** The home page: what the atlas holds, and a way in for each kind of visitor. */
export default async function Home() {
  const { figures, statuses, countries, thematics, recent, suggestions } = await homePageData();
  const [t, locale] = [await getTranslations("home"), (await getLocale()) as Locale];
  // A country example searches the name the fiches spell (French), whatever name it shows.
  const examples = [
    ...countries.slice(0, 3).map((c) => ({
      label: countryLabel(c.code, c.name, locale),
      href: `/projets?q=${encodeURIComponent(c.name)}`,
    })),
    ...thematics
      .slice(0, 2)
      .map((theme) => ({ label: thematicLabel(theme.label, locale), href: thematicHref(theme.id) })),
  ];

  return (
    <div className="space-y-10">
      <header className="space-y-4">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
        {figures.projects > 0 && <HomeSearch examples={examples} />}
      </header>
      {figures.projects === 0 ? (
        <EmptyAtlas />
      ) : (
        <>
          <HomeFigures figures={atlasFigureList(figures, statuses, countries)} lastImport={figures.lastImport} />
          <WorldMap countries={countries} />
          <WaysIn suggestions={suggestions} />
          <div className="grid gap-10 lg:grid-cols-2">
            <RecentProjects projects={recent} />
            <TopThematics thematics={thematics} />
          </div>
        </>
      )}
    </div>
  );
}
