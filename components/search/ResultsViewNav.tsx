import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";

export interface ResultsView {
  label: string;
  /** Where the same search shows in this view; none for the view on screen. */
  href?: string;
}

/** The views of one search (list, map, network): the others are links, the one on screen is named. */
export function ResultsViewNav({ views }: { views: ResultsView[] }) {
  const t = useTranslations("search.views");
  return (
    <nav aria-label={t("label")} className="flex gap-4 text-sm">
      {views.map((view) =>
        view.href ? (
          <Link key={view.label} href={view.href}>
            {view.label}
          </Link>
        ) : (
          <span key={view.label} aria-current="page" className="font-semibold">
            {view.label}
          </span>
        ),
      )}
    </nav>
  );
}
