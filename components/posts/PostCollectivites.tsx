import { Link } from "@/components/navigation/Link";
import type { CountryPartner, InvolvedFrenchCollectivite } from "@/lib/page-data/country";
import { plural } from "@/lib/text/format";

/** French and foreign collectivités active in the post's country, most involved first (the first 30 of each). */
const SHOWN = 30;

function List({ title, items }: { title: string; items: { slug: string; name: string; projectCount: number }[] }) {
  return (
    <div>
      <h3 className="font-semibold text-marine-800">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Aucune.</p>
      ) : (
        <ul className="mt-1 space-y-0.5 text-sm">
          {items.slice(0, SHOWN).map((c) => (
            <li key={c.slug}>
              <Link href={`/collectivites/${c.slug}`}>{c.name}</Link> · {plural(c.projectCount, "projet", "projets")}
            </li>
          ))}
        </ul>
      )}
      {items.length > SHOWN && <p className="mt-1 text-sm text-slate-700">… et {items.length - SHOWN} autres.</p>}
    </div>
  );
}

export function PostCollectivites({
  french,
  foreign,
}: {
  french: InvolvedFrenchCollectivite[];
  foreign: CountryPartner[];
}) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <List title="Collectivités françaises" items={french} />
      <List title="Collectivités partenaires du pays" items={foreign} />
    </div>
  );
}
