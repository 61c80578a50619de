import { ApiReference, type OpenApiDoc } from "@/components/open-data/ApiReference";

/** How to use the API (conditional requests, errors), then its reference. */
export function ApiSection({ doc }: { doc: OpenApiDoc }) {
  return (
    <section className="space-y-3" aria-labelledby="api">
      <h2 id="api" className="text-xl font-semibold">
        Référence de l&apos;API
      </h2>
      <p>
        Chaque réponse porte un en-tête <code>ETag</code> : renvoyez-le dans <code>If-None-Match</code> pour recevoir un{" "}
        <code>304</code> tant que les données n&apos;ont pas changé. Les erreurs ont la forme
        <code> {'{ "error": { "code", "message" } }'}</code>.
      </p>
      <ApiReference doc={doc} />
    </section>
  );
}
