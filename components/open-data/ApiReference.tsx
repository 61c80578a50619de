import { useLocale, useTranslations } from "next-intl";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The API reference, rendered on the server from the OpenAPI document itself (no script, so it
 * works under the site's CSP and without JavaScript): each route, its parameters and responses.
 */
type Parameter = {
  name: string;
  in: string;
  description?: string;
  required?: boolean;
  example?: string;
  schema?: { type?: string; items?: { type?: string } };
};
type Operation = {
  summary: string;
  description?: string;
  parameters: Parameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: { $ref?: string } }> }>;
};
export type OpenApiDoc = { paths: Record<string, { get: Operation }> };

function exampleUrl(path: string, parameters: Parameter[]): string {
  return path.replace(/\{(\w+)\}/g, (whole, name) => parameters.find((p) => p.name === name)?.example ?? whole);
}

/** The OpenAPI document's own texts (summaries, descriptions) are written in French. */
export function ApiReference({ doc }: { doc: OpenApiDoc }) {
  const t = useTranslations("openData.api");
  const lang = contentLang(useLocale() as Locale);
  const typeOf = (p: Parameter) =>
    p.schema?.type === "array" ? t("listOf", { type: p.schema.items?.type ?? t("values") }) : (p.schema?.type ?? "");
  return (
    <div className="space-y-6" id="reference-api">
      {Object.entries(doc.paths).map(([path, { get }]) => (
        <section key={path} className="rounded border border-slate-200 p-4" aria-labelledby={`api-${path}`}>
          <h3 id={`api-${path}`} className="font-mono text-base font-semibold">
            GET {path}
          </h3>
          <p className="mt-1" lang={lang}>
            {get.summary}
          </p>
          {get.description && (
            <p className="mt-1 text-sm text-slate-700" lang={lang}>
              {get.description}
            </p>
          )}
          {!path.includes("{") || get.parameters.some((p) => p.example) ? (
            <p className="mt-1 text-sm">
              {t("example")}{" "}
              <a href={exampleUrl(path, get.parameters)} className="font-mono">
                {exampleUrl(path, get.parameters)}
              </a>
            </p>
          ) : null}
          {get.parameters.length > 0 && (
            <table className="mt-3 w-full text-sm">
              <thead>
                <tr className="border-b text-left">
                  <th scope="col">{t("parameter")}</th>
                  <th scope="col">{t("where")}</th>
                  <th scope="col">{t("type")}</th>
                  <th scope="col">{t("meaning")}</th>
                </tr>
              </thead>
              <tbody>
                {get.parameters.map((p) => (
                  <tr key={`${p.in}-${p.name}`} className="border-b border-slate-100">
                    <td className="py-1 pr-2 font-mono">
                      {p.name}
                      {p.required && " *"}
                    </td>
                    <td className="pr-2">{t(p.in === "path" ? "inPath" : "inQuery")}</td>
                    <td className="pr-2">{typeOf(p)}</td>
                    <td lang={lang}>{p.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ul className="mt-3 text-sm">
            {Object.entries(get.responses).map(([status, r]) => (
              <li key={status}>
                <span className="font-mono">{status}</span> : <span lang={lang}>{r.description}</span>
                {Object.entries(r.content ?? {}).map(([type, c]) => (
                  <span key={type} className="text-slate-600">
                    {" "}
                    ({type}
                    {c.schema?.$ref ? t("schema", { name: c.schema.$ref.split("/").pop() ?? "" }) : ""})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
