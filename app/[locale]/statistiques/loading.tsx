import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("statistics");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-9 w-1/3 rounded bg-slate-200" />
      <div className="h-5 w-2/3 rounded bg-slate-100" />
      {[...Array(3)].map((_, i) => (
        <div key={i} className="grid gap-6 lg:grid-cols-2">
          <div className="h-64 rounded bg-slate-100" />
          <div className="h-64 rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
