import { useTranslations } from "next-intl";

/** Label → value pairs of a fiche; a missing value says so rather than leaving a blank. */
export function FactList({ items }: { items: [string, React.ReactNode][] }) {
  const t = useTranslations("project");
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      {items.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-slate-700">{k}</dt>
          <dd>{v ?? <span className="text-slate-600">{t("notProvided")}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
