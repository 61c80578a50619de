import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/layout/PageTitle";
import { QualityFilterForm } from "@/components/quality/QualityFilterForm";
import { QualityListSection } from "@/components/quality/QualityListSection";
import { QualityListsNav } from "@/components/quality/QualityListsNav";
import { projectsByCountry } from "@/lib/page-data/home";
import { TITLE_LIMIT } from "@/lib/page-data/quality";
import { listMessageKey, QUALITY_LISTS, resolveQualityScope } from "@/lib/page-data/quality-lists";
import { postOptions } from "@/lib/page-data/quality-scope";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("quality");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QualityPage({ searchParams }: Props) {
  const raw = await searchParams;
  const t = await getTranslations("quality");
  const { scope, post, ...filter } = await resolveQualityScope((name) => raw[name]);
  const [countries, posts, lists] = await Promise.all([
    projectsByCountry(),
    postOptions(),
    Promise.all(
      QUALITY_LISTS.map(async (list) => ({
        key: list.key,
        title: t(`${listMessageKey(list.key)}.title`),
        description: t(`${listMessageKey(list.key)}.description`, { limit: String(TITLE_LIMIT) }),
        rows: await list.read(scope),
      })),
    ),
  ]);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
        <QualityFilterForm countries={countries} posts={posts} {...filter} />
        <QualityListsNav lists={lists} />
      </div>
      {lists.map((list) => (
        <QualityListSection key={list.key} list={list} filter={filter} />
      ))}
    </div>
  );
}
