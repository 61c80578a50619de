import { Link } from "@/components/navigation/Link";
import type { CollectiviteDetail } from "@/lib/page-data/collectivite";

const KINDS: Record<string, { label: string; code: string }> = {
  commune: { label: "Commune", code: "Code INSEE" },
  epci: { label: "Intercommunalité (EPCI)", code: "SIREN" },
  departement: { label: "Département", code: "Code du département" },
  region: { label: "Région", code: "Code de la région" },
};

/** What the collectivité is: kind and official codes for a French one, country for a foreign one; other spellings. */
export function Identity({ c }: { c: CollectiviteDetail }) {
  const kind = c.kind ? KINDS[c.kind] : undefined;
  const items: [string, React.ReactNode][] =
    c.side === "french"
      ? [
          ["Type", kind?.label ?? c.kind ?? "Non reconnu dans le découpage administratif"],
          [kind?.code ?? "Code officiel", c.officialCode ?? "—"],
          ["Département", c.departementCode ?? "—"],
          ["Région", c.regionName ?? "—"],
        ]
      : [
          [
            "Pays",
            c.countryCode ? (
              <Link key="pays" href={`/pays/${c.countryCode}`}>
                {c.countryName ?? c.countryCode}
              </Link>
            ) : (
              (c.countryLabel ?? "Inconnu")
            ),
          ],
          ["Rôle", "Collectivité partenaire étrangère"],
        ];
  if (c.spellings.length) items.push(["Aussi écrit", c.spellings.join(" ; ")]);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      {items.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-slate-700">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
