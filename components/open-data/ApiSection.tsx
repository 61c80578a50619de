import { useTranslations } from "next-intl";
import { ApiReference, type OpenApiDoc } from "@/components/open-data/ApiReference";

/** How to use the API (conditional requests, errors), then its reference. */
export function ApiSection({ doc }: { doc: OpenApiDoc }) {
  const t = useTranslations("openData.api");
  return (
    <section className="space-y-3" aria-labelledby="api">
      <h2 id="api" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>
        {t.rich("body", { code: (chunks) => <code>{chunks}</code> })}
        <code> {'{ "error": { "code", "message" } }'}</code>.
      </p>
      <ApiReference doc={doc} />
    </section>
  );
}
