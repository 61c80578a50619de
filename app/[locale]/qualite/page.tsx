import type { Metadata } from "next";
import { PageTitle } from "@/components/layout/PageTitle";
import { QualityFilterForm } from "@/components/quality/QualityFilterForm";
import { QualityListSection } from "@/components/quality/QualityListSection";
import { QualityListsNav } from "@/components/quality/QualityListsNav";
import { projectsByCountry } from "@/lib/page-data/home";
import { QUALITY_LISTS, resolveQualityScope } from "@/lib/page-data/quality-lists";

export const metadata: Metadata = {
  title: "Qualité des données",
  description:
    "Les fiches à revoir : projets échus, titres coupés, financements ou contacts manquants, partenaires mal placés, adresses invalides, doublons.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QualityPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { scope, ...filter } = await resolveQualityScope((name) => raw[name]);
  const [countries, lists] = await Promise.all([
    projectsByCountry(),
    Promise.all(QUALITY_LISTS.map(async (list) => ({ ...list, rows: await list.read(scope) }))),
  ]);

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <PageTitle>Qualité des données</PageTitle>
        <p className="max-w-prose text-slate-700">
          Les fiches et les partenaires à revoir, liste par liste, chacune exportable en CSV.
        </p>
        <QualityFilterForm countries={countries} {...filter} />
        <QualityListsNav lists={lists} />
      </div>
      {lists.map((list) => (
        <QualityListSection key={list.key} list={list} filter={filter} />
      ))}
    </div>
  );
}
