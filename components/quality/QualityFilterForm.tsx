import type { ScopeCollectivite } from "@/lib/page-data/quality";
import { CountryOptions } from "@/components/layout/CountryOptions";

interface Props {
  countries: { code: string; name: string }[];
  country: string;
  collectivite: ScopeCollectivite | null;
  collectiviteText: string;
}

/** Narrows every list of /qualite to one country or one collectivité, and says which collectivité matched. */
export function QualityFilterForm({ countries, country, collectivite, collectiviteText }: Props) {
  return (
    <>
      <form method="get" action="/qualite" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          Pays
          <select name="country" defaultValue={country} className="rounded border border-slate-400 px-2 py-1.5">
            <CountryOptions countries={countries} />
          </select>
        </label>
        <label className="flex flex-col">
          Collectivité
          <input
            name="collectivite"
            defaultValue={collectivite?.name ?? collectiviteText}
            className="rounded border border-slate-400 px-2 py-1.5"
            placeholder="ex. Strasbourg"
          />
        </label>
        <button type="submit" className="rounded bg-marine-700 px-3 py-1.5 font-medium text-white hover:bg-marine-800">
          Filtrer
        </button>
      </form>
      {collectiviteText && (
        <p className="text-sm">
          {collectivite
            ? `Collectivité : ${collectivite.name}.`
            : `Aucune collectivité ne correspond à « ${collectiviteText} ».`}
        </p>
      )}
    </>
  );
}
