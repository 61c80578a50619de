import { Link } from "@/components/navigation/Link";

/** What the directory shows when no post and no partner contact matches the search. */
export function NoContactMatch() {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
      <p className="font-medium">Aucun contact ne correspond à cette recherche.</p>
      <p className="mt-2 text-sm text-slate-700">
        Essayez un nom de famille, une ville ou un pays, ou <Link href="/contacts">affichez tout l&apos;annuaire</Link>.
      </p>
    </div>
  );
}
