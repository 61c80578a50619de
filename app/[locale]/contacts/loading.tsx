import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("contacts");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-9 w-1/2 rounded bg-slate-200" />
      <div className="h-20 rounded-lg bg-slate-200" />
      <div className="grid gap-4 md:grid-cols-2">
        {[...Array(4)].map((_, i) => (
          <div key={i} className="h-48 rounded-lg bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
