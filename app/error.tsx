"use client";

import { useTranslations } from "next-intl";

// A failure while rendering a page: say so in the page's language and offer a way on, rather than a blank screen.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("layout.error");
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-marine-700 px-4 py-2 text-white hover:bg-marine-800"
      >
        {t("retry")}
      </button>
    </div>
  );
}
