import { useTranslations } from "next-intl";

/** An atlas without projects says how to fill it. */
export function EmptyAtlas() {
  const t = useTranslations("home.empty");
  return (
    <section aria-labelledby="atlas-vide" className="rounded-lg border border-dashed border-slate-300 p-6">
      <h2 id="atlas-vide" className="text-xl font-semibold text-marine-800">
        {t("title")}
      </h2>
      <p className="mt-2 max-w-prose text-slate-700">{t.rich("text", { code: (chunks) => <code>{chunks}</code> })}</p>
      <pre className="mt-3 overflow-x-auto rounded bg-slate-100 p-3 text-sm">
        <code>npm run import -- {t("folder")}</code>
      </pre>
    </section>
  );
}
