import { requestNonce } from "@/lib/http/nonce";
import { jsonLdScriptText } from "@/lib/open-data/schema-org";

/** Structured data for search engines: a `<script type="application/ld+json">` with the page's nonce. */
export async function JsonLd({ data }: { data: object }) {
  const nonce = await requestNonce();
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON text, escaped by jsonLdScriptText; React would HTML-escape it as a child.
    <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdScriptText(data) }} />
  );
}
