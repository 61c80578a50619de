import Link from "next/link";
import type { ProjectHit } from "@/lib/search/queries";
import { Highlighted } from "./Highlighted";

function years(hit: ProjectHit) {
  if (hit.startYear && hit.endDate) return `${hit.startYear} – ${new Date(hit.endDate).getUTCFullYear()}`;
  return hit.startYear ? `depuis ${hit.startYear}` : null;
}

export function ResultList({ items }: { items: ProjectHit[] }) {
  return (
    <ol className="space-y-4">
      {items.map((hit) => (
        <li key={hit.id} className="rounded-lg border border-slate-200 p-4 shadow-sm hover:border-marine-600">
          <h3 className="text-base font-semibold leading-snug">
            <Link href={`/projets/${hit.slug}`}>{hit.title}</Link>
          </h3>
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
            {hit.frenchPartners.length > 0 && <span>{hit.frenchPartners.join(", ")}</span>}
            {hit.countries.length > 0 && <span>→ {hit.countries.join(", ")}</span>}
            {hit.foreignPartnerCount > 1 && <span>{hit.foreignPartnerCount} partenaires étrangers</span>}
          </p>
          <p className="mt-1 flex flex-wrap gap-2 text-xs">
            {hit.thematic && <span className="rounded-full bg-marine-50 px-2 py-0.5 text-marine-800">{hit.thematic}</span>}
            {hit.status && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-800">{hit.status}</span>}
            {years(hit) && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-800">{years(hit)}</span>}
          </p>
          {hit.snippet && hit.snippet.includes("\u0001") && (
            <p className="mt-2 text-sm text-slate-700">
              … <Highlighted text={hit.snippet} /> …
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
