import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("country");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-4 w-40 rounded bg-slate-200" />
      <div className="h-9 w-1/3 rounded bg-slate-200" />
      <div className="h-5 w-2/3 rounded bg-slate-100" />
      {[...Array(3)].map((_, i) => (
        <div key={i} className="h-40 rounded-lg bg-slate-100" />
      ))}
    </div>
  );
}
