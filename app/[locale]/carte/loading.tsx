import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("map");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{t("loadingPage")}</span>
      <div className="h-9 w-1/2 rounded bg-slate-200" />
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <div className="hidden space-y-3 lg:block">
          {[...Array(5)].map((_, i) => (
            <div key={i} className="h-24 rounded bg-slate-100" />
          ))}
        </div>
        <div className="space-y-4">
          <div className="h-[min(70vh,36rem)] min-h-80 rounded bg-marine-50" />
          {[...Array(4)].map((_, i) => (
            <div key={i} className="h-8 rounded bg-slate-100" />
          ))}
        </div>
      </div>
    </div>
  );
}
