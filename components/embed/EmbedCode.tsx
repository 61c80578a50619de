"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/**
 * "Intégrer sur votre site": the <iframe> code of a widget (app/integrer), with a copy button.
 * `path` is the widget's internal path; the code frames it in the page's language. The address
 * is made absolute in the browser, where the visitor's origin is known.
 */
export function EmbedCode({ path, title }: { path: string; title: string }) {
  const t = useTranslations("embed.code");
  const src = localizeHref(path, useLocale() as Locale);
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const code = `<iframe src="${origin}${src}" title="${title.replaceAll('"', "&quot;")}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
  };
  return (
    <section aria-labelledby="integrer" className="space-y-2">
      <h2 id="integrer" className="text-xl font-semibold text-marine-800">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <textarea
        readOnly
        value={code}
        rows={3}
        aria-label={t("label")}
        className="w-full rounded border border-slate-300 p-2 font-mono text-xs"
      />
      <button type="button" onClick={copy} className="rounded bg-marine-800 px-3 py-1 text-sm text-white">
        {copied ? t("copied") : t("copy")}
      </button>
    </section>
  );
}
