import { useLocale, useTranslations } from "next-intl";
import { Paragraphs } from "@/components/layout/Section";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A free text of the fiche (context, objectives…), in the fiche's own language (French) whatever
 * the page's; a missing one says so in the page's language.
 */
export function FicheText({ text }: { text: string | null }) {
  const t = useTranslations("project");
  const lang = contentLang(useLocale() as Locale);
  if (!text) return <p className="text-slate-600">{t("notProvidedText")}</p>;
  return (
    <div lang={lang}>
      <Paragraphs text={text} />
    </div>
  );
}

/** A short value copied from the fiche (a name, a form of partnership), marked as French inside English pages. */
export function FicheValue({ children }: { children: React.ReactNode }) {
  return <span lang={contentLang(useLocale() as Locale)}>{children}</span>;
}
