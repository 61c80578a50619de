import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("search");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-9 w-2/3 rounded bg-slate-200" />
      <div className="h-12 rounded-lg bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <div className="hidden space-y-3 lg:block">
          {[...Array(6)].map((_, i) => (
            <div key={i} className="h-24 rounded bg-slate-100" />
          ))}
        </div>
        <div className="space-y-4">
          {[...Array(5)].map((_, i) => (
            <div key={i} className="h-28 rounded-lg bg-slate-100" />
          ))}
        </div>
      </div>
    </div>
  );
}
