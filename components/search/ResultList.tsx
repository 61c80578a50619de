import type { ProjectHit } from "@/lib/search/queries";
import { Highlighted } from "./Highlighted";

function years(hit: ProjectHit) {
  if (hit.startYear && hit.endDate) return `${hit.startYear} – ${new Date(hit.endDate).getUTCFullYear()}`;
  return hit.startYear ? `depuis ${hit.startYear}` : null;
}

/** The French collectivités of a result, each linking to its page when the atlas knows it. */
function FrenchPartners({ partners }: { partners: ProjectHit["frenchLinks"] }) {
  return partners.map((partner, i) => (
    <span key={`${i}-${partner.name}`}>
      {i > 0 && ", "}
      {partner.slug ? <a href={`/collectivites/${partner.slug}`}>{partner.name}</a> : partner.name}
    </span>
  ));
}

/** The result list; its plain links are followed client-side by the InPlaceLinks around it (app/projets). */
export function ResultList({ items }: { items: ProjectHit[] }) {
  return (
    <ol className="space-y-4">
      {items.map((hit) => (
        // Styled by .result and its parts (app/globals.css), like the facets: twenty results repeating the same utility classes weighed on every search page.
        <li key={hit.id} className="result">
          <h3>
            <a href={`/projets/${hit.slug}`}>{hit.title}</a>
          </h3>
          <p className="result-partners">
            {hit.frenchLinks.length > 0 && (
              <span>
                <FrenchPartners partners={hit.frenchLinks} />
              </span>
            )}
            {hit.countries.length > 0 && <span>→ {hit.countries.join(", ")}</span>}
            {hit.foreignPartnerCount > 1 && <span>{hit.foreignPartnerCount} partenaires étrangers</span>}
          </p>
          <p className="result-tags">
            {hit.thematic && <span className="result-theme">{hit.thematic}</span>}
            {hit.status && <span>{hit.status}</span>}
            {years(hit) && <span>{years(hit)}</span>}
          </p>
          {hit.snippet?.includes("\u0001") && (
            <p className="result-snippet">
              … <Highlighted text={hit.snippet} /> …
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
